"""A submit cancelled at any of its SQL statements (a client gone, a server stopping) writes nothing: no hazard,
no audit entry, no outbox event, no half-updated row; the app keeps answering and the same submit then succeeds.
One cancel per statement the submit sends (about 30), a few seconds on either database."""

import asyncio

from inspections.models import Hazard, Inspection
from notify.models import OutboxEvent
from tests import builders
from tests.cancelling import assert_chain_verifies, changed_tables, run_cancelled, snapshot
from tests.inspections.test_inspections_api import fill, start


async def test_a_submit_cancelled_at_any_statement_leaves_nothing_behind(client, street):
    checklist = (await start(client, street)).json()
    evidence = await builders.photo(street.inspector)
    await fill(client, street, checklist, {1: {"result": "fail", "note": "灭火器过期"},
                                           3: {"result": "fail", "photo_ids": [evidence.id], "severity": "major"}})
    url, headers = f"/api/v1/inspections/{checklist['id']}/submit", builders.auth(street.inspector)

    statement, cancelled_in = 0, []
    while True:
        statement += 1
        before = await snapshot()
        during, outcome = await run_cancelled(lambda: client.post(url, headers=headers), statement)
        if during is None:
            break  # it sent fewer statements than that: it ran to the end
        cancelled_in.append(during)
        assert isinstance(outcome, asyncio.CancelledError), (during, outcome)
        assert changed_tables(before, await snapshot()) == [], during
        reread = await client.get(f"/api/v1/inspections/{checklist['id']}", headers=headers)
        assert (reread.status_code, reread.json()["status"]) == (200, "draft"), during

    assert outcome.status_code == 200, outcome.text
    assert any(during.startswith("INSERT INTO") and "hazard" in during for during in cancelled_in)
    assert (await Inspection.get(id=checklist["id"])).status == "submitted"
    assert await Hazard.filter(inspection_id=checklist["id"]).count() == 2
    assert await OutboxEvent.filter(name="hazard.reported").count() == 2
    await assert_chain_verifies()
    print(f"submit cancelled at each of its {len(cancelled_in)} statements")
