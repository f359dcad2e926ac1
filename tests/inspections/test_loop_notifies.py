"""The loop's outbox events carry what notify's real handlers need: each lands in the right inbox."""

import pytest_asyncio

from notify import outbox
from notify.models import InboxMessage, OutboxEvent
from tests import builders
from tests.inspections.conftest import key


@pytest_asyncio.fixture(loop_scope="session")
async def dispatcher(street, settings, wechat_client):
    return outbox.Dispatcher(settings, wechat_client, worker_id="inspections-test", rng=lambda: 1.0)


async def _inbox(user) -> list[str]:
    # On MariaDB the worker handles events concurrently, so the order of arrival is not the order of events.
    return sorted(await InboxMessage.filter(user_id=user.id).values_list("kind", flat=True))


async def test_report_fix_reject_and_close_reach_the_right_people(client, street, dispatcher):
    inspector, owner = builders.auth(street.inspector), builders.auth(street.owner)
    checklist = (await client.post("/api/v1/inspections", json={"enterprise_id": street.enterprise.id},
                                   headers={**inspector, **key()})).json()
    for item in checklist["items"]:
        body = {"result": "fail"} if item["position"] == 1 else {"result": "pass"}
        if item["photo_required"]:
            body["photo_ids"] = [(await builders.photo(street.inspector)).id]
        await client.put(f"/api/v1/inspections/{checklist['id']}/items/{item['id']}", json=body, headers=inspector)
    hazard = (await client.post(f"/api/v1/inspections/{checklist['id']}/submit",
                                headers=inspector)).json()["hazards"][0]
    url = f"/api/v1/hazards/{hazard['id']}"
    await client.post(f"{url}/rectify", json={"note": "已整改"}, headers=owner)
    await client.post(f"{url}/verify", json={"approved": False, "note": "照片不清"}, headers=inspector)
    await client.post(f"{url}/rectify", json={"note": "重新整改"}, headers=owner)
    await client.post(f"{url}/verify", json={"approved": True}, headers=inspector)
    await dispatcher.drain()
    assert await OutboxEvent.filter(status="done").count() == 5
    assert await _inbox(street.owner) == sorted(["hazard_reported", "fix_rejected", "fix_accepted"])
    assert await _inbox(street.inspector) == ["fix_submitted", "fix_submitted"]
    assert await _inbox(street.outsider) == []
