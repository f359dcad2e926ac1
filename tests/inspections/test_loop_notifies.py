"""The loop's outbox events carry what notify's real handlers need: each lands in the right inbox."""

import pytest_asyncio

import bootstrap
from core.models import OutboxDelivery, OutboxEvent
from notify.models import InboxMessage
from tests import builders
from tests.inspections.conftest import key


@pytest_asyncio.fixture(loop_scope="session")
async def dispatcher(street, settings, wechat_client):
    # The deployment's table: notifications and the risk colour's reactions.
    return bootstrap.dispatcher(settings, wechat_client, worker_id="inspections-test", rng=lambda: 1.0)


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
    # The loop's five, inspection.submitted, and the risk.changed of the enterprise's first colour; notify hears
    # all seven (inspection.submitted is the enterprise's result message), scoring rescores on six (not its own
    # risk.changed).
    assert await OutboxEvent.all().count() == 7
    assert await OutboxDelivery.filter(status="done", handler="notify").count() == 7
    assert await OutboxDelivery.filter(status="done", handler="rescore").count() == 6
    assert await OutboxDelivery.exclude(status="done").count() == 0
    assert await _inbox(street.owner) == sorted(["inspection_result", "hazard_reported", "fix_rejected",
                                                 "fix_accepted", "risk_changed"])
    assert await _inbox(street.inspector) == ["fix_submitted", "fix_submitted"]
    assert await _inbox(street.outsider) == []


async def test_a_published_campaign_reaches_the_targeted_enterprises(client, street, dispatcher):
    from datetime import timedelta

    from core import clock
    from core.identity import Role

    admin = await builders.user(Role.ADMIN, street.tree["street"])
    other = await builders.enterprise(street.tree["south_grid"], industry="化工")
    other_owner = await builders.user(Role.ENTERPRISE, enterprise=other)
    body = {"title": "有限空间专项检查", "template_id": street.template.id,
            "target": {"industries": [street.enterprise.industry]},
            "deadline": (clock.now() + timedelta(days=5)).date().isoformat()}
    assert (await client.post("/api/v1/campaigns", json=body, headers=builders.auth(admin))).status_code == 201
    await dispatcher.drain()
    assert await _inbox(street.owner) == ["campaign_published"]
    assert await _inbox(other_owner) == []


async def test_the_loop_rescores_the_enterprise(client, street, dispatcher):
    from enterprises.models import Enterprise

    inspector = builders.auth(street.inspector)
    checklist = (await client.post("/api/v1/inspections", json={"enterprise_id": street.enterprise.id},
                                   headers={**inspector, **key()})).json()
    for item in checklist["items"]:
        body = {"result": "pass"}
        await client.put(f"/api/v1/inspections/{checklist['id']}/items/{item['id']}", json=body, headers=inspector)
    await client.post(f"/api/v1/inspections/{checklist['id']}/submit", headers=inspector)
    assert (await Enterprise.get(id=street.enterprise.id)).risk_color is None
    await dispatcher.drain()
    assert (await Enterprise.get(id=street.enterprise.id)).risk_color is not None
