from datetime import timedelta

from core import clock
from core.models import AuditEntry
from core.identity import Role
from inspections.models import Campaign, CampaignTask, DailyReport, Hazard
from tests import builders
from tests.inspections.conftest import key


async def _self_inspection(client, street, who, **extra):
    body = {"enterprise_id": street.enterprise.id, "kind": "self", **extra}
    answer = await client.post("/api/v1/inspections", json=body, headers={**builders.auth(who), **key()})
    assert answer.status_code == 201, answer.text
    checklist = answer.json()
    for item in checklist["items"]:
        result = {"result": "fail", "photo_ids": [(await builders.photo(who)).id]} if item["position"] == 1 \
            else {"result": "pass"}
        put = await client.put(f"/api/v1/inspections/{checklist['id']}/items/{item['id']}", json=result,
                               headers=builders.auth(who))
        assert put.status_code == 200, put.text
    submitted = await client.post(f"/api/v1/inspections/{checklist['id']}/submit", headers=builders.auth(who))
    assert submitted.status_code == 200, submitted.text
    return submitted.json()


class TestSelfInspection:
    async def test_the_enterprise_finds_fixes_and_closes_its_own_hazard_and_the_street_sees_it(self, client,
                                                                                            street):
        done = await _self_inspection(client, street, street.owner)
        hazard = done["hazards"][0]
        assert hazard["kind"] == "self"
        seen = await client.get("/api/v1/hazards", headers=builders.auth(street.inspector))
        assert [h["id"] for h in seen.json()["items"]] == [hazard["id"]]
        headers = builders.auth(street.owner)
        assert (await client.post(f"/api/v1/hazards/{hazard['id']}/rectify", json={"note": "已整改"},
                                  headers=headers)).status_code == 200
        closed = await client.post(f"/api/v1/hazards/{hazard['id']}/verify", json={"approved": True},
                                   headers=headers)
        assert closed.status_code == 200 and closed.json()["status"] == "closed"


class TestCampaigns:
    async def test_publish_target_and_progress(self, client, street):
        admin = await builders.user(Role.ADMIN, street.tree["street"])
        await builders.enterprise(street.tree["south_grid"], industry="餐饮")
        await builders.enterprise(street.tree["south_grid"], industry="机械")  # not targeted
        body = {"title": "燃气专项检查", "template_id": street.template.id,
                "target": {"industries": ["餐饮"]}, "deadline": (clock.now() + timedelta(days=3)).date().isoformat()}
        made = await client.post("/api/v1/campaigns", json=body, headers=builders.auth(admin))
        assert made.status_code == 201, made.text
        campaign = made.json()
        assert campaign["progress"] == {"targets": 2, "submitted": 0, "overdue": 0}
        await _self_inspection(client, street, street.owner, kind="campaign", campaign_id=campaign["id"])
        progress = (await client.get(f"/api/v1/campaigns/{campaign['id']}",
                                     headers=builders.auth(street.inspector))).json()["progress"]
        assert progress == {"targets": 2, "submitted": 1, "overdue": 0}
        await Campaign.filter(id=campaign["id"]).update(deadline_date=clock.now().date() - timedelta(days=1))
        late = (await client.get(f"/api/v1/campaigns/{campaign['id']}", headers=builders.auth(admin))).json()
        assert late["progress"] == {"targets": 2, "submitted": 1, "overdue": 1}

    async def test_bad_campaigns_write_nothing(self, client, street):
        admin = await builders.user(Role.ADMIN, street.tree["street"])
        tomorrow = (clock.now() + timedelta(days=1)).date().isoformat()
        audit_before = await AuditEntry.all().count()
        for who, body, status, code in [
            (street.inspector, {"title": "x", "template_id": street.template.id, "deadline": tomorrow}, 403,
             "ROLE_FORBIDDEN"),
            (admin, {"title": "x", "template_id": 99999, "deadline": tomorrow}, 422, "TEMPLATE_NOT_FOUND"),
            (admin, {"title": "x", "template_id": street.template.id, "deadline": "2000-01-01"}, 422,
             "DEADLINE_IN_PAST"),
            (admin, {"title": "x", "template_id": street.template.id, "deadline": tomorrow,
                     "target": {"industries": ["无此行业"]}}, 422, "INDUSTRY_UNKNOWN"),
            (admin, {"title": "x", "template_id": street.template.id, "deadline": tomorrow,
                     "target": {"industries": ["文化娱乐"]}}, 422, "CAMPAIGN_NO_TARGETS"),
        ]:
            answer = await client.post("/api/v1/campaigns", json=body, headers=builders.auth(who))
            assert (answer.status_code, answer.json()["code"]) == (status, code)
        assert await Campaign.all().count() == 0 and await CampaignTask.all().count() == 0
        assert await AuditEntry.all().count() == audit_before

    async def test_an_enterprise_outside_the_target_cannot_join(self, client, street):
        admin = await builders.user(Role.ADMIN, street.tree["street"])
        body = {"title": "机械专项", "template_id": street.template.id, "target": {"industries": ["机械"]},
                "deadline": (clock.now() + timedelta(days=3)).date().isoformat()}
        await builders.enterprise(street.tree["south_grid"], industry="机械")
        campaign = (await client.post("/api/v1/campaigns", json=body, headers=builders.auth(admin))).json()
        answer = await client.post("/api/v1/inspections", json={"enterprise_id": street.enterprise.id,
                                                                "kind": "campaign", "campaign_id": campaign["id"]},
                                   headers={**builders.auth(street.inspector), **key()})
        assert (answer.status_code, answer.json()["code"]) == (422, "CAMPAIGN_TASK_NOT_FOUND")
        assert await Hazard.all().count() == 0


class TestDailyReports:
    ANSWERS = {"daily_check_done": True, "hot_work": False, "confined_space": False, "notes": "正常"}

    async def test_report_once_a_day_and_the_street_sees_who_is_missing(self, client, street):
        quiet = await builders.enterprise(street.tree["north_grid"])
        made = await client.post("/api/v1/reports", json={"answers": self.ANSWERS},
                                 headers=builders.auth(street.owner))
        assert made.status_code == 201, made.text
        again = await client.post("/api/v1/reports", json={"answers": self.ANSWERS},
                                  headers=builders.auth(street.owner))
        assert (again.status_code, again.json()["code"]) == (409, "REPORT_ALREADY_SUBMITTED")
        missing = (await client.get("/api/v1/reports/missing", headers=builders.auth(street.inspector))).json()
        assert [m["enterprise_id"] for m in missing["items"]] == [quiet.id]
        listed = (await client.get("/api/v1/reports", headers=builders.auth(street.inspector))).json()
        assert listed["total"] == 1 and listed["items"][0]["answers"] == self.ANSWERS
        assert (await client.get("/api/v1/reports/missing", headers=builders.auth(street.outsider))).json()[
            "total"] == 0

    async def test_answers_follow_the_configured_form(self, client, street):
        admin = await builders.user(Role.ADMIN, street.tree["district"])
        form = {"questions": [{"key": "fire_patrol", "label": "今日防火巡查", "kind": "bool"}]}
        assert (await client.put("/api/v1/reports/form", json=form, headers=builders.auth(admin))).status_code == 200
        audit_before = await AuditEntry.all().count()
        bad = await client.post("/api/v1/reports", json={"answers": self.ANSWERS},
                                headers=builders.auth(street.owner))
        assert (bad.status_code, bad.json()["code"]) == (422, "REPORT_ANSWERS_INVALID")
        fields = {d["field"] for d in bad.json()["detail"]}
        assert "answers.fire_patrol" in fields and "answers.hot_work" in fields
        wrong_type = await client.post("/api/v1/reports", json={"answers": {"fire_patrol": "是"}},
                                       headers=builders.auth(street.owner))
        assert wrong_type.status_code == 422
        assert await DailyReport.all().count() == 0 and await AuditEntry.all().count() == audit_before
        ok = await client.post("/api/v1/reports", json={"answers": {"fire_patrol": True}},
                               headers=builders.auth(street.owner))
        assert ok.status_code == 201
        staff = await client.post("/api/v1/reports", json={"answers": {"fire_patrol": True}},
                                  headers=builders.auth(street.inspector))
        assert staff.status_code == 403


async def test_the_campaign_list_shows_each_progress(client, street):
    admin = await builders.user(Role.ADMIN, street.tree["street"])
    tomorrow = (clock.now() + timedelta(days=1)).date().isoformat()
    for title in ("一", "二"):
        made = await client.post("/api/v1/campaigns", headers=builders.auth(admin),
                                 json={"title": title, "template_id": street.template.id, "deadline": tomorrow})
        assert made.status_code == 201
    listed = (await client.get("/api/v1/campaigns", headers=builders.auth(street.inspector))).json()
    assert [(c["title"], c["progress"]) for c in listed] == [
        ("二", {"targets": 1, "submitted": 0, "overdue": 0}), ("一", {"targets": 1, "submitted": 0, "overdue": 0})]
    # The enterprise sees its own tasks, not the street's counts (tests/inspections/test_campaign_tasks.py).
    own = (await client.get("/api/v1/campaigns", headers=builders.auth(street.owner))).json()
    assert [(c["title"], c["progress"], c["task"]["status"]) for c in own] == [("二", None, "open"),
                                                                                ("一", None, "open")]
