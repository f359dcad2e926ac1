import asyncio
from datetime import timedelta

from core import clock
from core.models import AuditEntry
from core.identity import Role
from inspections.models import Hazard, HazardEvent
from core.models import OutboxEvent
from tests import builders

PLAN = {"goal": "消除粉尘爆炸风险", "methods": "加装泄爆装置", "funds_materials": "5万元", "organisation": "设备科",
        "time_limit": "30日内", "safety_and_emergency": "停用除尘系统并设警戒"}


async def counts() -> tuple[int, ...]:
    return (await Hazard.filter(status="open").count(), await HazardEvent.all().count(),
            await OutboxEvent.all().count(), await AuditEntry.all().count())


async def rectify(client, street, hazard, **body):
    body = {"note": "已更换灭火器", "photo_ids": [], **body}
    return await client.post(f"/api/v1/hazards/{hazard.id}/rectify", json=body, headers=builders.auth(street.owner))


async def verify(client, who, hazard, approved=True, note="现场复查合格"):
    return await client.post(f"/api/v1/hazards/{hazard.id}/verify", json={"approved": approved, "note": note},
                             headers=builders.auth(who))


class TestTheLoop:
    async def test_fix_reject_fix_accept_with_timeline_and_events(self, client, street):
        hazard = await builders.hazard(street.enterprise, street.inspector)
        after = await builders.photo(street.owner, street.enterprise)
        submitted = await rectify(client, street, hazard, photo_ids=[after.id], responsible_person="王经理")
        assert submitted.status_code == 200, submitted.text
        assert (submitted.json()["status"], submitted.json()["responsible_person"]) == ("submitted", "王经理")
        rejected = await verify(client, street.inspector, hazard, approved=False, note="灭火器仍未检验")
        assert rejected.json()["status"] == "open"
        assert (await rectify(client, street, hazard, photo_ids=[after.id])).status_code == 200
        closed = await verify(client, street.other_inspector, hazard)
        assert closed.json()["status"] == "closed" and closed.json()["closed_at"]
        detail = (await client.get(f"/api/v1/hazards/{hazard.id}", headers=builders.auth(street.owner))).json()
        assert [(t["from"], t["to"]) for t in detail["timeline"]] == [
            (None, "open"), ("open", "submitted"), ("submitted", "open"), ("open", "submitted"),
            ("submitted", "closed")]
        assert detail["timeline"][2]["note"] == "灭火器仍未检验"
        events = await OutboxEvent.all().order_by("id")
        assert [e.name for e in events] == ["rectification.submitted", "rectification.rejected",
                                            "rectification.submitted", "hazard.closed"]
        base = {"hazard_id": hazard.id, "enterprise_id": street.enterprise.id, "title": hazard.title}
        assert events[0].payload == {**base, "inspector_id": street.inspector.id}
        assert events[1].payload == {**base, "deadline": hazard.deadline_date.isoformat(), "reason": "灭火器仍未检验"}
        assert events[3].payload == base

    async def test_a_major_fix_needs_its_treatment_plan(self, client, street):
        hazard = await builders.hazard(street.enterprise, street.inspector, severity="major")
        before = await counts()
        refused = await rectify(client, street, hazard, plan={**PLAN, "funds_materials": ""})
        assert (refused.status_code, refused.json()["code"]) == (422, "TREATMENT_PLAN_REQUIRED")
        assert [d["field"] for d in refused.json()["detail"]] == ["plan.funds_materials"]
        assert await counts() == before
        done = await rectify(client, street, hazard, plan=PLAN)
        assert done.status_code == 200 and done.json()["plan"] == PLAN


class TestBadTransitions:
    async def test_each_is_the_right_4xx_and_writes_nothing(self, client, street):
        open_hazard = await builders.hazard(street.enterprise, street.inspector)
        submitted = await builders.hazard(street.enterprise, street.inspector, status="submitted")
        elsewhere = await builders.enterprise(street.tree["south_grid"])
        stranger = await builders.user(Role.ENTERPRISE, enterprise=elsewhere)
        command = await builders.user(Role.COMMAND, street.tree["street"])
        before = await counts()
        cases = [
            (await rectify(client, street, submitted), 409, "HAZARD_NOT_OPEN"),
            (await verify(client, street.inspector, open_hazard), 409, "HAZARD_NOT_SUBMITTED"),
            (await verify(client, street.inspector, submitted, approved=False, note=""), 422,
             "REJECT_REASON_REQUIRED"),
            (await verify(client, street.outsider, submitted), 404, "HAZARD_NOT_FOUND"),
            (await verify(client, command, submitted), 403, "ROLE_FORBIDDEN"),
            (await verify(client, street.owner, submitted), 403, "ROLE_FORBIDDEN"),
            (await client.post(f"/api/v1/hazards/{open_hazard.id}/rectify", json={"note": "x"},
                               headers=builders.auth(stranger)), 404, "HAZARD_NOT_FOUND"),
            (await client.get(f"/api/v1/hazards/{open_hazard.id}", headers=builders.auth(stranger)), 404,
             "HAZARD_NOT_FOUND"),
            (await client.post(f"/api/v1/hazards/{open_hazard.id}/rectify", json={"note": "x"},
                               headers=builders.auth(street.inspector)), 403, "ROLE_FORBIDDEN"),
        ]
        for answer, status, code in cases:
            assert (answer.status_code, answer.json()["code"]) == (status, code), answer.text
        assert await counts() == before


class TestList:
    async def test_filters_scope_and_pagination(self, client, street):
        late = await builders.hazard(street.enterprise, street.inspector, severity="major",
                                     deadline_date=clock.now().date() - timedelta(days=1))
        await builders.hazard(street.enterprise, street.inspector)
        await builders.hazard(street.enterprise, street.inspector, status="closed",
                              deadline_date=clock.now().date() - timedelta(days=5))
        other = await builders.hazard(await builders.enterprise(street.tree["south_grid"]), street.outsider)

        async def ids(who, **params):
            answer = await client.get("/api/v1/hazards", params=params, headers=builders.auth(who))
            assert answer.status_code == 200, answer.text
            return answer.json()

        assert (await ids(street.inspector, overdue="true"))["items"][0]["id"] == late.id
        assert (await ids(street.inspector, overdue="true"))["total"] == 1
        assert (await ids(street.inspector, overdue="false"))["total"] == 2
        assert (await ids(street.inspector, severity="major"))["total"] == 1
        assert (await ids(street.inspector, status="closed"))["total"] == 1
        page = await ids(street.inspector, size=2, page=2)
        assert (page["total"], len(page["items"]), page["page"], page["size"]) == (3, 1, 2, 2)
        assert other.id not in [h["id"] for h in (await ids(street.owner))["items"]]
        assert (await ids(street.outsider))["total"] == 1
        assert (await ids(street.inspector, overdue="true"))["items"][0]["overdue"] is True


class TestConcurrentVerify:
    async def test_fifty_concurrent_verifies_make_exactly_one_transition(self, client, street):
        hazard = await builders.hazard(street.enterprise, street.inspector, status="submitted")
        answers = await asyncio.gather(*(verify(client, street.inspector, hazard, approved=i % 2 == 0,
                                                note="复查") for i in range(50)))
        statuses = sorted(a.status_code for a in answers)
        assert statuses == [200] + [409] * 49, statuses
        assert await HazardEvent.filter(hazard_id=hazard.id).count() == 2  # created + the one transition
        assert await AuditEntry.filter(object_type="hazard", object_id=str(hazard.id)).count() == 1
        assert await OutboxEvent.all().count() == 1
        assert (await Hazard.get(id=hazard.id)).version == 2


class TestLedger:
    async def test_the_enterprise_fills_the_five_fixed_entries_and_the_plan_first(self, client, street):
        hazard = await builders.hazard(street.enterprise, street.inspector, severity="major")
        url = f"/api/v1/hazards/{hazard.id}"
        body = {"responsible_person": "王经理", "measures": "加装泄爆片", "interim_controls": "停用除尘器",
                "funds": "5万元", "plan": PLAN, "version": 1}
        done = await client.patch(url, json=body, headers=builders.auth(street.owner))
        assert done.status_code == 200, done.text
        assert (done.json()["plan"], done.json()["measures"], done.json()["version"]) == (PLAN, "加装泄爆片", 2)
        before = await counts()
        stale = await client.patch(url, json=body, headers=builders.auth(street.owner))
        assert (stale.status_code, stale.json()["code"]) == (409, "STALE_VERSION")
        staff = await client.patch(url, json={"funds": "1"}, headers=builders.auth(street.inspector))
        assert staff.status_code == 403
        assert await counts() == before
        # The plan on file is enough for the fix.
        assert (await rectify(client, street, hazard)).status_code == 200
        late = await client.patch(url, json={"funds": "1"}, headers=builders.auth(street.owner))
        assert (late.status_code, late.json()["code"]) == (409, "HAZARD_NOT_OPEN")
