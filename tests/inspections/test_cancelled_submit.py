"""A submit cancelled at any of its calls into the database driver (a server stopping, a timeout) writes all or
nothing: before its COMMIT no hazard, no audit entry, no outbox event, no half-updated row; the app keeps answering
and the same submit then succeeds. One cancel per driver call, BEGIN and COMMIT included (24 on SQLite, 23 on
MariaDB); about 3 s on SQLite, 6 s on MariaDB."""

import asyncio

from tortoise import connections

from inspections.models import Hazard, Inspection
from core.models import OutboxEvent

from tests import builders
from tests.cancelling import assert_chain_verifies, changed_tables, run_cancelled, snapshot
from tests.inspections.test_inspections_api import fill, start


def connections_held() -> int:
    """Connections checked out of the MySQL pool (SQLite has one shared connection and no pool)."""
    pool = getattr(connections.get("default"), "_pool", None)
    return 0 if pool is None else pool.size - pool.freesize


async def test_a_submit_cancelled_at_any_driver_call_writes_all_or_nothing(client, street):
    checklist = (await start(client, street)).json()
    evidence = await builders.photo(street.inspector)
    await fill(client, street, checklist, {1: {"result": "fail", "note": "灭火器过期"},
                                           3: {"result": "fail", "photo_ids": [evidence.id], "severity": "major"}})
    url, headers = f"/api/v1/inspections/{checklist['id']}/submit", builders.auth(street.inspector)

    call, cancelled_in, done_by_the_cancelled_commit = 0, [], False
    while True:
        call += 1
        before = await snapshot()
        during, outcome = await run_cancelled(lambda: client.post(url, headers=headers), call)
        if during is None:
            break  # it made fewer calls than that: it ran to the end
        cancelled_in.append(during)
        assert isinstance(outcome, asyncio.CancelledError), (during, outcome)
        assert connections_held() == 0, during  # the dead request gave its connection back to the pool
        reread = await asyncio.wait_for(client.get(f"/api/v1/inspections/{checklist['id']}", headers=headers), 20)
        assert reread.status_code == 200, (during, reread.text)
        if reread.json()["status"] == "submitted":
            assert "commit" in during.lower(), during  # only a cancel in the COMMIT itself may leave it done
            done_by_the_cancelled_commit = True
            break
        assert changed_tables(before, await snapshot()) == [], during

    if not done_by_the_cancelled_commit:
        assert outcome.status_code == 200, outcome.text
    assert any("BEGIN" in during for during in cancelled_in)
    assert any("INSERT INTO" in during and "hazard" in during for during in cancelled_in)
    assert (await Inspection.get(id=checklist["id"])).status == "submitted"
    assert await Hazard.filter(inspection_id=checklist["id"]).count() == 2
    assert await OutboxEvent.filter(name="hazard.reported").count() == 2
    await assert_chain_verifies()
    print(f"submit cancelled at each of its {len(cancelled_in)} driver calls")


async def test_a_one_shot_submit_cancelled_at_any_driver_call_writes_all_or_nothing(client, street):
    """The answers, the idempotency claim and the submit are one transaction: a cancel before its COMMIT leaves no
    answer behind, and the phone's retry with the same key then submits."""
    checklist = (await start(client, street)).json()
    evidence = await builders.photo(street.inspector)
    first, _, photo_item, _ = checklist["items"]
    body = {"answers": [{"item_id": first["id"], "result": "fail", "note": "灭火器过期"},
                        {"item_id": photo_item["id"], "result": "fail", "photo_ids": [evidence.id]}],
            "rest_passed": True}
    url = f"/api/v1/inspections/{checklist['id']}/submit"
    headers = {**builders.auth(street.inspector), "Idempotency-Key": "offline-cancelled"}

    call, cancelled_in, outcome = 0, [], None
    while True:
        call += 1
        before = await snapshot()
        during, outcome = await run_cancelled(lambda: client.post(url, json=body, headers=headers), call)
        if during is None:
            break
        cancelled_in.append(during)
        reread = await asyncio.wait_for(client.get(f"/api/v1/inspections/{checklist['id']}", headers=headers), 20)
        if reread.json()["status"] == "submitted":
            assert "commit" in during.lower(), during
            break
        assert changed_tables(before, await snapshot()) == [], during
    again = await client.post(url, json=body, headers=headers)  # the retry: submits, or answers the committed one
    assert again.status_code == 200, again.text
    assert [i["result"] for i in again.json()["inspection"]["items"]] == ["fail", "pass", "fail", "pass"]
    assert any("UPDATE" in during and "inspection_item" in during for during in cancelled_in)
    assert await Hazard.filter(inspection_id=checklist["id"]).count() == 2
    await assert_chain_verifies()
    print(f"one-shot submit cancelled at each of its {len(cancelled_in)} driver calls")
