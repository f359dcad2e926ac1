"""延期申请 and the street's revisions (docs/decisions/041): through the HTTP API, with their timeline, audit,
outbox events and the messages they become; bad input answers its code and writes nothing."""

from datetime import timedelta

import pytest_asyncio

import bootstrap
from core import clock
from core.identity import Role
from core.models import AuditEntry, OutboxEvent
from inspections import reminders
from inspections.models import Hazard, HazardEvent, HazardExtension
from notify.models import InboxMessage
from tests import builders
from tests.inspections.test_hazards_api import PLAN, rectify, verify


def day(offset: int) -> str:
    return (clock.now().date() + timedelta(days=offset)).isoformat()


async def ask(client, street, hazard, when, reason="设备到货需要时间", who=None):
    return await client.post(f"/api/v1/hazards/{hazard.id}/extensions",
                             json={"requested_deadline": when, "reason": reason},
                             headers=builders.auth(who or street.owner))


async def decide(client, who, hazard, extension_id, approved=True, **body):
    return await client.post(f"/api/v1/hazards/{hazard.id}/extensions/{extension_id}/decide",
                             json={"approved": approved, "note": "", **body}, headers=builders.auth(who))


async def written() -> tuple[int, ...]:
    return (await HazardExtension.all().count(), await HazardEvent.all().count(), await OutboxEvent.all().count(),
            await AuditEntry.all().count(), await Hazard.filter(version__gt=1).count())


@pytest_asyncio.fixture(loop_scope="session")
async def dispatcher(street, settings, wechat_client):
    return bootstrap.dispatcher(settings, wechat_client, worker_id="extensions-test", rng=lambda: 1.0)


class TestExtensions:
    async def test_asked_approved_with_timeline_audit_and_messages_both_ways(self, client, street, dispatcher):
        admin = await builders.user(Role.ADMIN, street.tree["street"])
        hazard = await builders.hazard(street.enterprise, street.inspector, deadline_date=clock.now().date())
        asked = await ask(client, street, hazard, day(10))
        assert asked.status_code == 201, asked.text
        body = asked.json()
        assert (body["status"], body["requested_deadline"], body["reason"]) == ("pending", day(10), "设备到货需要时间")
        await dispatcher.drain()
        assert await InboxMessage.filter(user_id=street.inspector.id, title="企业申请延期,请审批").exists()
        assert await InboxMessage.filter(user_id=admin.id, title="企业申请延期,请审批").exists()

        queue = await client.get("/api/v1/hazards?extension_pending=true", headers=builders.auth(street.inspector))
        assert [h["id"] for h in queue.json()["items"]] == [hazard.id]
        decided = await decide(client, street.inspector, hazard, body["id"], deadline=day(8), note="同意")
        assert decided.status_code == 200, decided.text
        detail = decided.json()
        assert detail["deadline"] == day(8) and detail["version"] == 2
        assert [t["kind"] for t in detail["timeline"]] == ["status", "extension_requested", "extension_approved"]
        assert detail["timeline"][2]["note"] == f"批准延期至 {day(8)}:同意"
        assert detail["extensions"][0]["status"] == "approved" and detail["extensions"][0]["granted_deadline"] == day(8)
        actions = await AuditEntry.filter(object_type="hazard", object_id=str(hazard.id)).values_list("action", flat=True)
        assert list(actions) == ["hazard.extension_requested", "hazard.extension_approved"]
        await dispatcher.drain()
        assert await InboxMessage.filter(user_id=street.owner.id, title="延期申请已批准").exists()
        queue = await client.get("/api/v1/hazards?extension_pending=true", headers=builders.auth(street.inspector))
        assert queue.json()["total"] == 0
        names = [e.name for e in await OutboxEvent.all().order_by("id")]
        assert names[:2] == ["hazard.extension_requested", "hazard.extension_decided"]  # then the rescore's

    async def test_a_refusal_needs_a_reason_and_keeps_the_deadline(self, client, street):
        hazard = await builders.hazard(street.enterprise, street.inspector)
        extension = (await ask(client, street, hazard, day(30))).json()
        before = await written()
        no_reason = await decide(client, street.inspector, hazard, extension["id"], approved=False, note="  ")
        assert (no_reason.status_code, no_reason.json()["code"]) == (422, "EXTENSION_REFUSE_REASON_REQUIRED")
        assert await written() == before
        refused = await decide(client, street.inspector, hazard, extension["id"], approved=False, note="期限足够")
        assert refused.status_code == 200 and refused.json()["deadline"] == hazard.deadline_date.isoformat()
        assert refused.json()["timeline"][-1]["kind"] == "extension_refused"
        # Refused, the enterprise may ask again.
        assert (await ask(client, street, hazard, day(20))).status_code == 201

    async def test_bad_requests_write_nothing(self, client, street):
        hazard = await builders.hazard(street.enterprise, street.inspector)
        closed = await builders.hazard(street.enterprise, street.inspector, status="closed")
        submitted = await builders.hazard(street.enterprise, street.inspector, status="submitted")
        other = await builders.enterprise(street.tree["south_grid"])
        other_user = await builders.user(Role.ENTERPRISE, enterprise=other)
        fresh = await builders.hazard(street.enterprise, street.inspector)
        first = await ask(client, street, hazard, day(14))
        assert first.status_code == 201
        deadline = hazard.deadline_date.isoformat()
        before = await written()
        for target, when, reason, who, status, code in [
            (hazard, day(20), "再延", street.owner, 409, "EXTENSION_ALREADY_PENDING"),
            (closed, day(20), "x", street.owner, 409, "HAZARD_CLOSED"),
            (submitted, day(20), "x", street.owner, 409, "HAZARD_NOT_OPEN"),
            (hazard, day(20), "x", street.inspector, 403, "ROLE_FORBIDDEN"),
            (hazard, day(20), "x", other_user, 404, "HAZARD_NOT_FOUND"),
        ]:
            answer = await ask(client, street, target, when, reason, who=who)
            assert (answer.status_code, answer.json()["code"]) == (status, code), (code, answer.text)
            assert "message" in answer.json()
        for when, reason, status, code in [(deadline, "x", 422, "EXTENSION_DATE_NOT_LATER"),
                                           (day(-30), "x", 422, "EXTENSION_DATE_NOT_LATER"),
                                           (day(9), "   ", 422, "EXTENSION_REASON_REQUIRED")]:
            answer = await ask(client, street, fresh, when, reason)
            assert (answer.status_code, answer.json()["code"]) == (status, code), answer.text
        unknown = await client.post(f"/api/v1/hazards/{fresh.id}/extensions", headers=builders.auth(street.owner),
                                    json={"requested_deadline": day(9), "reason": "x", "deadline": day(9)})
        assert unknown.status_code == 422 and "deadline" in unknown.text
        assert await written() == before

    async def test_an_overdue_hazard_may_not_be_extended_into_the_past(self, client, street):
        hazard = await builders.hazard(street.enterprise, street.inspector,
                                       deadline_date=clock.now().date() - timedelta(days=5))
        answer = await ask(client, street, hazard, day(-2))
        assert (answer.status_code, answer.json()["code"]) == (422, "EXTENSION_DATE_IN_PAST")
        assert (await ask(client, street, hazard, day(3))).status_code == 201

    async def test_deciding_twice_someone_elses_or_out_of_scope(self, client, street):
        hazard = await builders.hazard(street.enterprise, street.inspector)
        another = await builders.hazard(street.enterprise, street.inspector)
        extension = (await ask(client, street, hazard, day(14))).json()
        command = await builders.user(Role.COMMAND, street.tree["street"])
        assert (await decide(client, street.inspector, hazard, extension["id"])).status_code == 200
        before = await written()
        for who, target, ext_id, body, status, code in [
            (street.inspector, hazard, extension["id"], {}, 409, "EXTENSION_ALREADY_DECIDED"),
            (street.inspector, another, extension["id"], {}, 404, "EXTENSION_NOT_FOUND"),
            (street.outsider, hazard, extension["id"], {}, 404, "HAZARD_NOT_FOUND"),
            (street.owner, hazard, extension["id"], {}, 403, "ROLE_FORBIDDEN"),
            (command, hazard, extension["id"], {}, 403, "ROLE_FORBIDDEN"),
        ]:
            answer = await decide(client, who, target, ext_id, **body)
            assert (answer.status_code, answer.json()["code"]) == (status, code), (code, answer.text)
        assert await written() == before

    async def test_approving_with_a_date_not_after_the_deadline_is_refused(self, client, street):
        hazard = await builders.hazard(street.enterprise, street.inspector)
        extension = (await ask(client, street, hazard, day(14))).json()
        before = await written()
        answer = await decide(client, street.inspector, hazard, extension["id"],
                              deadline=hazard.deadline_date.isoformat())
        assert (answer.status_code, answer.json()["code"]) == (422, "EXTENSION_DATE_NOT_LATER")
        assert await written() == before

    async def test_a_hazard_closed_while_pending_can_only_refuse(self, client, street):
        hazard = await builders.hazard(street.enterprise, street.inspector)
        extension = (await ask(client, street, hazard, day(14))).json()
        assert (await rectify(client, street, hazard)).status_code == 200
        assert (await verify(client, street.inspector, hazard)).status_code == 200
        answer = await decide(client, street.inspector, hazard, extension["id"])
        assert (answer.status_code, answer.json()["code"]) == (409, "HAZARD_CLOSED")
        assert (await decide(client, street.inspector, hazard, extension["id"], approved=False,
                             note="隐患已销号")).status_code == 200

    async def test_a_moved_deadline_is_reminded_of_again(self, client, street):
        hazard = await builders.hazard(street.enterprise, street.inspector,
                                       deadline_date=clock.now().date() + timedelta(days=1))
        assert await reminders.sweep() == 1  # due-1
        assert await reminders.sweep() == 0
        extension = (await ask(client, street, hazard, day(3))).json()
        assert (await decide(client, street.inspector, hazard, extension["id"])).status_code == 200
        assert await reminders.sweep() == 1  # due-3 for the new deadline
        assert await OutboxEvent.filter(key=f"hazard:{hazard.id}:d1:due-3").exists()


class TestRevisions:
    async def revise(self, client, who, hazard, **body):
        return await client.post(f"/api/v1/hazards/{hazard.id}/revise", json=body, headers=builders.auth(who))

    async def test_general_to_major_then_the_fix_needs_the_plan(self, client, street, dispatcher):
        hazard = await builders.hazard(street.enterprise, street.inspector)
        revised = await self.revise(client, street.inspector, hazard, severity="major", deadline=day(20),
                                    reason="复核认定为重大隐患")
        assert revised.status_code == 200, revised.text
        detail = revised.json()
        assert (detail["severity"], detail["deadline"], detail["version"]) == ("major", day(20), 2)
        assert detail["timeline"][-1]["kind"] == "revised"
        assert "一般隐患 → 重大隐患" in detail["timeline"][-1]["note"]
        entry = await AuditEntry.filter(action="hazard.revised").get()
        assert (entry.before["severity"], entry.after["severity"], entry.after["reason"]) == (
            "general", "major", "复核认定为重大隐患")
        no_plan = await rectify(client, street, hazard)
        assert (no_plan.status_code, no_plan.json()["code"]) == (422, "TREATMENT_PLAN_REQUIRED")
        assert (await rectify(client, street, hazard, plan=PLAN)).status_code == 200
        await dispatcher.drain()
        assert await InboxMessage.filter(user_id=street.owner.id, title="隐患信息已调整").exists()

    async def test_bad_revisions_write_nothing(self, client, street):
        hazard = await builders.hazard(street.enterprise, street.inspector)
        closed = await builders.hazard(street.enterprise, street.inspector, status="closed")
        before = await written()
        for who, target, body, status, code in [
            (street.inspector, hazard, {"reason": "x"}, 422, "REVISION_NOTHING_CHANGED"),
            (street.inspector, hazard, {"severity": "general", "reason": "x"}, 422, "REVISION_NOTHING_CHANGED"),
            (street.inspector, hazard, {"deadline": day(-1), "reason": "x"}, 422, "DEADLINE_IN_PAST"),
            (street.inspector, hazard, {"deadline": day(9), "reason": " "}, 422, "REVISION_REASON_REQUIRED"),
            (street.inspector, hazard, {"deadline": day(9), "reason": "x", "version": 7}, 409, "STALE_VERSION"),
            (street.inspector, closed, {"deadline": day(9), "reason": "x"}, 409, "HAZARD_CLOSED"),
            (street.owner, hazard, {"deadline": day(9), "reason": "x"}, 403, "ROLE_FORBIDDEN"),
            (street.outsider, hazard, {"deadline": day(9), "reason": "x"}, 404, "HAZARD_NOT_FOUND"),
        ]:
            answer = await self.revise(client, who, target, **body)
            assert (answer.status_code, answer.json()["code"]) == (status, code), (code, answer.text)
        unknown = await self.revise(client, street.inspector, hazard, deadline=day(9), reason="x", status="closed")
        assert unknown.status_code == 422 and "status" in unknown.text
        assert await written() == before
