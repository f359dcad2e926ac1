from datetime import timedelta

import pytest

from core import clock
from core.errors import NotFound
from core.models import AuditEntry
from core.identity import Principal, Role
from inspections.models import CheckItem, Hazard, HazardEvent, Inspection, InspectionItem
from core.models import OutboxEvent
from files import service as files_service
from tests import builders
from tests.inspections.conftest import key


async def start(client, street, who=None, **body):
    body = body or {"token": street.enterprise.qr_token, "lat": 37.461, "lng": 121.44}
    return await client.post("/api/v1/inspections", json=body, headers={**builders.auth(who or street.inspector),
                                                                        **key()})


async def counts() -> tuple[int, ...]:
    return (await Inspection.all().count(), await InspectionItem.all().count(), await Hazard.all().count(),
            await HazardEvent.all().count(), await OutboxEvent.all().count(), await AuditEntry.all().count())


async def fill(client, street, checklist, results: dict[int, dict] | None = None):
    """Answer every item: pass unless `results` (by position) says otherwise."""
    for item in checklist["items"]:
        body = (results or {}).get(item["position"], {"result": "pass"})
        answer = await client.put(f"/api/v1/inspections/{checklist['id']}/items/{item['id']}", json=body,
                                  headers=builders.auth(street.inspector))
        assert answer.status_code == 200, answer.text


class TestStartInspection:
    async def test_a_scan_builds_the_checklist_from_fitting_templates_and_hazard_points(self, client, street):
        answer = await start(client, street)
        assert answer.status_code == 201, answer.text
        checklist = answer.json()
        assert checklist["enterprise"] == {"id": street.enterprise.id, "name": street.enterprise.name}
        assert [i["text"] for i in checklist["items"]] == [*(i.text for i in street.items),
                                                           "后厨(一楼)管控措施落实情况:燃气报警器"]
        assert all(i["result"] is None for i in checklist["items"])
        assert checklist["from_current_scan"] is True
        assert 100 < checklist["distance_m"] < 120  # 0.001° of latitude
        assert await AuditEntry.filter(action="inspection.started").count() == 1

    async def test_the_checklist_is_a_snapshot(self, client, street):
        checklist = (await start(client, street)).json()
        await CheckItem.filter(id=street.items[0].id).update(text="改过的措辞", retired_at=clock.now())
        again = (await client.get(f"/api/v1/inspections/{checklist['id']}",
                                  headers=builders.auth(street.inspector))).json()
        assert again["items"][0]["text"] == street.items[0].text

    async def test_a_retry_with_the_same_key_answers_the_first_result_and_writes_nothing(self, client, street):
        headers = {**builders.auth(street.inspector), "Idempotency-Key": "retry-1"}
        body = {"enterprise_id": street.enterprise.id}
        first = await client.post("/api/v1/inspections", json=body, headers=headers)
        before = await counts()
        second = await client.post("/api/v1/inspections", json=body, headers=headers)
        assert second.status_code == 201 and second.json() == first.json()
        assert await counts() == before
        assert first.json()["from_current_scan"] is False
        reused = await client.post("/api/v1/inspections", json={"token": street.enterprise.qr_token},
                                   headers=headers)
        assert (reused.status_code, reused.json()["code"]) == (422, "IDEMPOTENCY_KEY_REUSED")

    async def test_bad_starts_write_nothing(self, client, street):
        old_token = street.enterprise.qr_token
        admin = await builders.user(Role.ADMIN)
        reissued = await client.post(f"/api/v1/enterprises/{street.enterprise.id}/code/reissue",
                                     headers=builders.auth(admin))
        assert reissued.status_code == 200
        before = await counts()
        cases = [
            (street.inspector, {"token": old_token}, key(), 410, "QR_REVOKED"),
            (street.outsider, {"enterprise_id": street.enterprise.id}, key(), 404, "ENTERPRISE_NOT_FOUND"),
            (street.owner, {"enterprise_id": street.enterprise.id}, key(), 403, "ROLE_FORBIDDEN"),
            (street.inspector, {"enterprise_id": street.enterprise.id}, {}, 422, "IDEMPOTENCY_KEY_REQUIRED"),
            (street.inspector, {"enterprise_id": street.enterprise.id, "token": "x"}, key(), 422, None),
        ]
        for who, body, extra, status, code in cases:
            answer = await client.post("/api/v1/inspections", json=body, headers={**builders.auth(who), **extra})
            assert answer.status_code == status, (body, answer.text)
            if code:
                assert answer.json()["code"] == code
        assert await counts() == before

    async def test_an_enterprise_runs_a_self_inspection(self, client, street):
        answer = await start(client, street, street.owner, enterprise_id=street.enterprise.id, kind="self")
        assert answer.status_code == 201 and answer.json()["kind"] == "self"


class TestRecordResult:
    async def test_photo_required_items_cannot_fail_without_a_photo(self, client, street):
        checklist = (await start(client, street)).json()
        item = checklist["items"][2]
        url = f"/api/v1/inspections/{checklist['id']}/items/{item['id']}"
        before = await counts()
        refused = await client.put(url, json={"result": "fail"}, headers=builders.auth(street.inspector))
        assert (refused.status_code, refused.json()["code"]) == (422, "PHOTO_REQUIRED")
        assert await counts() == before
        evidence = await builders.photo(street.inspector)
        done = await client.put(url, json={"result": "fail", "photo_ids": [evidence.id], "severity": "major"},
                                headers=builders.auth(street.inspector))
        assert done.status_code == 200 and done.json()["photo_ids"] == [evidence.id]

    async def test_only_the_own_inspector_writes_and_nothing_else_is_written(self, client, street):
        checklist = (await start(client, street)).json()
        url = f"/api/v1/inspections/{checklist['id']}/items/{checklist['items'][0]['id']}"
        foreign_photo = await builders.photo(street.outsider)
        before = await counts()
        for who, body, status, code in [
            (street.other_inspector, {"result": "pass"}, 403, "NOT_YOUR_INSPECTION"),
            (street.outsider, {"result": "pass"}, 404, "INSPECTION_NOT_FOUND"),
            (street.owner, {"result": "pass"}, 403, "NOT_YOUR_INSPECTION"),
            (street.inspector, {"result": "fail", "photo_ids": [foreign_photo.id]}, 422, "PHOTO_NOT_FOUND"),
            (street.inspector, {"result": "fail", "deadline": "2000-01-01"}, 422, "DEADLINE_IN_PAST"),
            (street.inspector, {"result": "maybe"}, 422, None),
        ]:
            answer = await client.put(url, json=body, headers=builders.auth(who))
            assert answer.status_code == status, answer.text
            if code:
                assert answer.json()["code"] == code
        assert await counts() == before
        assert await InspectionItem.filter(result__isnull=False).count() == 0


class TestSubmit:
    async def test_failed_items_become_hazards_with_events_audit_and_outbox_in_one_go(self, client, street):
        checklist = (await start(client, street)).json()
        evidence = await builders.photo(street.inspector)
        deadline = (clock.now() + timedelta(days=2)).date().isoformat()
        await fill(client, street, checklist, {
            1: {"result": "fail", "note": "灭火器过期", "deadline": deadline},
            3: {"result": "fail", "photo_ids": [evidence.id], "severity": "major"},
            4: {"result": "na"}})
        answer = await client.post(f"/api/v1/inspections/{checklist['id']}/submit",
                                   headers=builders.auth(street.inspector))
        assert answer.status_code == 200, answer.text
        hazards = answer.json()["hazards"]
        assert [(h["title"], h["severity"], h["status"]) for h in hazards] == [
            (street.items[0].text, "general", "open"), (street.items[2].text, "major", "open")]
        assert hazards[0]["deadline"] == deadline and hazards[0]["description"] == "灭火器过期"
        assert answer.json()["inspection"]["status"] == "submitted"
        events = await OutboxEvent.filter(name="hazard.reported").order_by("id")
        assert [e.payload for e in events] == [
            {"hazard_id": h["id"], "enterprise_id": street.enterprise.id, "title": h["title"],
             "deadline": h["deadline"], "severity": h["severity"]} for h in hazards]
        assert await AuditEntry.filter(action="hazard.reported").count() == 2
        assert await HazardEvent.filter(to_status="open").count() == 2
        # The enterprise now reads the inspector's evidence; another enterprise still does not.
        owner = await accounts_principal(street.owner)
        assert (await files_service.get_readable_upload(owner, evidence.id)).id == evidence.id
        stranger = await builders.user(Role.ENTERPRISE, enterprise=await builders.enterprise(street.tree["north_grid"]))
        with pytest.raises(NotFound):
            await files_service.get_readable_upload(await accounts_principal(stranger), evidence.id)

    async def test_submitting_twice_is_409_and_writes_nothing(self, client, street):
        checklist = (await start(client, street)).json()
        await fill(client, street, checklist, {1: {"result": "fail"}})
        url = f"/api/v1/inspections/{checklist['id']}/submit"
        assert (await client.post(url, headers=builders.auth(street.inspector))).status_code == 200
        before = await counts()
        again = await client.post(url, headers=builders.auth(street.inspector))
        assert (again.status_code, again.json()["code"]) == (409, "INSPECTION_ALREADY_SUBMITTED")
        late = await client.put(f"{url.rsplit('/', 1)[0]}/items/{checklist['items'][0]['id']}",
                                json={"result": "pass"}, headers=builders.auth(street.inspector))
        assert late.status_code == 409
        assert await counts() == before

    async def test_unanswered_items_or_another_inspector_write_nothing(self, client, street):
        checklist = (await start(client, street)).json()
        url = f"/api/v1/inspections/{checklist['id']}/submit"
        before = await counts()
        unanswered = await client.post(url, headers=builders.auth(street.inspector))
        assert (unanswered.status_code, unanswered.json()["code"]) == (422, "ITEMS_UNANSWERED")
        await fill(client, street, checklist, {1: {"result": "fail"}})
        before = await counts()
        other = await client.post(url, headers=builders.auth(street.other_inspector))
        assert other.status_code == 403
        assert await counts() == before


class TestRead:
    async def test_lists_follow_scope(self, client, street):
        checklist = (await start(client, street)).json()
        mine = await client.get("/api/v1/inspections", headers=builders.auth(street.inspector))
        assert mine.json()["total"] == 1 and mine.json()["items"][0]["id"] == checklist["id"]
        theirs = await client.get("/api/v1/inspections", headers=builders.auth(street.outsider))
        assert theirs.json() == {"items": [], "total": 0, "page": 1, "size": 20}
        owner = await client.get(f"/api/v1/inspections/{checklist['id']}", headers=builders.auth(street.owner))
        assert owner.status_code == 200
        hidden = await client.get(f"/api/v1/inspections/{checklist['id']}", headers=builders.auth(street.outsider))
        assert hidden.status_code == 404



class TestConcurrentRetries:
    async def test_simultaneous_retries_with_one_key_create_one_inspection(self, client, street):
        import asyncio

        headers = {**builders.auth(street.inspector), "Idempotency-Key": "burst"}
        answers = await asyncio.gather(*(client.post("/api/v1/inspections", headers=headers,
                                                     json={"token": street.enterprise.qr_token})
                                         for _ in range(8)))
        assert {a.status_code for a in answers} == {201}, [a.text for a in answers if a.status_code != 201]
        assert len({a.json()["id"] for a in answers}) == 1
        assert await Inspection.all().count() == 1
        assert await AuditEntry.filter(action="inspection.started").count() == 1


async def accounts_principal(user) -> Principal:
    return Principal(user.id, user.name, user.role, user.region_id, None, user.enterprise_id)
