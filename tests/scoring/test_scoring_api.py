"""The risk colour over HTTP: verdict and history with scope, rulesets with validation and audit, simulation."""

import copy

from core.models import AuditEntry
from enterprises.models import Enterprise
from core.identity import Role
from core.models import OutboxEvent
from scoring import service as scoring_service
from scoring.models import RiskScore, Ruleset
from scoring.ruleset import default_body
from tests import builders


async def _world():
    tree = await builders.region_tree()
    mine = await builders.enterprise(tree["north_grid"])
    other = await builders.enterprise(tree["south_grid"])
    return tree, mine, other


class TestGetRisk:
    async def test_anonymous_is_401(self, client):
        _, mine, _ = await _world()
        assert (await client.get(f"/api/v1/enterprises/{mine.id}/risk")).status_code == 401

    async def test_owner_sees_breakdown_vetoes_advice_and_version(self, client):
        _, mine, _ = await _world()
        owner = await builders.user(Role.ENTERPRISE, enterprise=mine)
        await scoring_service.recompute_risk(mine.id)
        answer = await client.get(f"/api/v1/enterprises/{mine.id}/risk", headers=builders.auth(owner))
        assert answer.status_code == 200, answer.text
        body = answer.json()
        assert (body["color"], body["score"], body["ruleset_version"]) == ("yellow", 73, 0)
        assert {line["dimension"] for line in body["breakdown"]} == {"systems", "inspections", "behaviour"}
        assert body["advice"][0]["action"] == "上传有效期内的全员安全生产责任制 +4"

    async def test_not_yet_scored_answers_nulls(self, client):
        _, mine, _ = await _world()
        owner = await builders.user(Role.ENTERPRISE, enterprise=mine)
        body = (await client.get(f"/api/v1/enterprises/{mine.id}/risk", headers=builders.auth(owner))).json()
        assert body["color"] is None and body["breakdown"] == []

    async def test_another_enterprise_is_404(self, client):
        _, mine, other = await _world()
        owner = await builders.user(Role.ENTERPRISE, enterprise=mine)
        await scoring_service.recompute_risk(other.id)
        for path in ("risk", "risk/history"):
            answer = await client.get(f"/api/v1/enterprises/{other.id}/{path}", headers=builders.auth(owner))
            assert answer.status_code == 404

    async def test_staff_outside_their_region_is_404(self, client):
        tree, mine, _ = await _world()
        inspector = await builders.user(Role.INSPECTOR, region=tree["south"])
        answer = await client.get(f"/api/v1/enterprises/{mine.id}/risk", headers=builders.auth(inspector))
        assert answer.status_code == 404


class TestRiskHistory:
    async def test_lists_changes_newest_first(self, client):
        tree, mine, _ = await _world()
        inspector = await builders.user(Role.INSPECTOR, region=tree["north"])
        await scoring_service.recompute_risk(mine.id)
        answer = await client.get(f"/api/v1/enterprises/{mine.id}/risk/history", headers=builders.auth(inspector))
        assert answer.status_code == 200
        assert [(h["color"], h["ruleset_version"]) for h in answer.json()] == [("yellow", 0)]


class TestRulesets:
    async def test_wrong_role_is_403(self, client):
        tree, mine, _ = await _world()
        inspector = await builders.user(Role.INSPECTOR, region=tree["street"])
        answer = await client.post("/api/v1/scoring/rulesets", headers=builders.auth(inspector), json=default_body())
        assert answer.status_code == 403
        assert await Ruleset.all().count() == 0

    async def test_bad_ruleset_is_422_with_fields_and_writes_nothing(self, client):
        admin = await builders.user(Role.ADMIN)
        body = default_body()
        body["bands"]["green"] = 50
        del body["hysteresis"]
        answer = await client.post("/api/v1/scoring/rulesets", headers=builders.auth(admin), json=body)
        assert answer.status_code == 422
        assert {"bands", "hysteresis"} <= {f["field"] for f in answer.json()["detail"]}
        assert await Ruleset.all().count() == 0 and await AuditEntry.filter(action="ruleset.created").count() == 0

    async def test_store_activate_and_score_with_the_new_version(self, client):
        _, mine, _ = await _world()
        admin = await builders.user(Role.ADMIN)
        lenient = default_body()
        lenient["bands"] = {"green": 70, "yellow": 50}
        made = await client.post("/api/v1/scoring/rulesets", headers=builders.auth(admin), json=lenient)
        assert made.status_code == 201 and made.json()["version"] == 1 and not made.json()["active"]
        missing = await client.post("/api/v1/scoring/rulesets/9/activate", headers=builders.auth(admin))
        assert missing.status_code == 404
        active = await client.post("/api/v1/scoring/rulesets/1/activate", headers=builders.auth(admin))
        assert active.status_code == 200 and active.json()["active"]
        assert await AuditEntry.filter(action="ruleset.activated", object_id="1").count() == 1
        listed = await client.get("/api/v1/scoring/rulesets", headers=builders.auth(admin))
        assert [r["version"] for r in listed.json()] == [1]
        verdict = await scoring_service.recompute_risk(mine.id)
        assert verdict.color == "green"
        assert (await RiskScore.get(enterprise_id=mine.id)).ruleset_version == 1

    async def test_active_is_the_shipped_default_until_one_is_activated(self, client):
        admin = await builders.user(Role.ADMIN)
        answer = await client.get("/api/v1/scoring/rulesets/active", headers=builders.auth(admin))
        assert answer.status_code == 200
        assert (answer.json()["version"], answer.json()["body"]) == (0, default_body())
        await client.post("/api/v1/scoring/rulesets", headers=builders.auth(admin), json=default_body())
        await client.post("/api/v1/scoring/rulesets/1/activate", headers=builders.auth(admin))
        answer = await client.get("/api/v1/scoring/rulesets/active", headers=builders.auth(admin))
        assert answer.json()["version"] == 1

    async def test_a_second_activation_leaves_one_active(self, client):
        admin = await builders.user(Role.ADMIN)
        for _ in range(2):
            await client.post("/api/v1/scoring/rulesets", headers=builders.auth(admin), json=default_body())
        for version in (1, 2):
            await client.post(f"/api/v1/scoring/rulesets/{version}/activate", headers=builders.auth(admin))
        assert await Ruleset.filter(active=True).values_list("version", flat=True) == [2]


class TestSimulate:
    async def test_answers_which_would_change_and_writes_nothing(self, client):
        tree, mine, other = await _world()
        admin = await builders.user(Role.ADMIN, region=tree["north"])
        await scoring_service.rescore_all()
        before = (await RiskScore.all().count(), await OutboxEvent.all().count(), await AuditEntry.all().count())
        draft = copy.deepcopy(default_body())
        draft["bands"] = {"green": 70, "yellow": 50}
        answer = await client.post("/api/v1/scoring/simulate", headers=builders.auth(admin), json={"ruleset": draft})
        assert answer.status_code == 200, answer.text
        body = answer.json()
        assert (body["total"], body["changed"]) == (1, 1)     # the other enterprise is outside the admin's scope
        change = body["changes"][0]
        assert {k: change[k] for k in ("enterprise_id", "from_color", "to_color", "score", "held_back")} == {
            "enterprise_id": mine.id, "from_color": "yellow", "to_color": "green", "score": 73, "held_back": True}
        after = (await RiskScore.all().count(), await OutboxEvent.all().count(), await AuditEntry.all().count())
        assert after == before and (await Enterprise.get(id=mine.id)).risk_color == "yellow"

    async def test_bad_draft_is_422(self, client):
        admin = await builders.user(Role.ADMIN)
        answer = await client.post("/api/v1/scoring/simulate", headers=builders.auth(admin),
                                   json={"ruleset": {"name": "x"}})
        assert answer.status_code == 422 and answer.json()["code"] == "RULESET_INVALID"

    async def test_enterprise_user_is_403(self, client):
        _, mine, _ = await _world()
        owner = await builders.user(Role.ENTERPRISE, enterprise=mine)
        answer = await client.post("/api/v1/scoring/simulate", headers=builders.auth(owner),
                                   json={"ruleset": default_body()})
        assert answer.status_code == 403


class TestTheConsolesRulesetPage:
    """What the console's 评分规则 page needs: who made and activated each version, whether the caller may edit,
    Chinese messages for a bad draft, and a simulation that says why (docs/decisions/074, 075)."""

    async def test_history_names_who_saved_and_who_activated(self, client):
        saver = await builders.user(Role.ADMIN, name="王保存")
        activator = await builders.user(Role.ADMIN, name="李启用")
        made = await client.post("/api/v1/scoring/rulesets", headers=builders.auth(saver), json=default_body())
        assert made.status_code == 201 and made.json()["created_by_name"] == "王保存"
        assert made.json()["activated_by_name"] is None
        on = await client.post("/api/v1/scoring/rulesets/1/activate", headers=builders.auth(activator))
        assert (on.json()["activated_by_name"], on.json()["activated_by_id"]) == ("李启用", activator.id)
        listed = (await client.get("/api/v1/scoring/rulesets", headers=builders.auth(saver))).json()
        assert [(r["version"], r["created_by_name"], r["activated_by_name"], r["active"]) for r in listed] == [
            (1, "王保存", "李启用", True)]
        assert listed[0]["created_at"] and listed[0]["activated_at"]

    async def test_a_community_admin_reads_the_rules_but_may_not_edit_them(self, client):
        tree, mine, _ = await _world()
        community = await builders.user(Role.ADMIN, tree["north"])
        top = await builders.user(Role.ADMIN, tree["district"])
        theirs = (await client.get("/api/v1/scoring/rulesets/active", headers=builders.auth(community))).json()
        assert theirs["may_edit"] is False and theirs["body"] == default_body()
        assert (await client.get("/api/v1/scoring/rulesets/active", headers=builders.auth(top))).json()["may_edit"]
        vocabulary = theirs["vocabulary"]
        assert {"rule": "hazard_overdue_long", "label": "隐患逾期超过阈值天数", "needs_threshold": True} in \
            vocabulary["veto_rules"]
        assert "responsibility" in vocabulary["document_types"]
        refused = await client.post("/api/v1/scoring/rulesets", headers=builders.auth(community), json=default_body())
        assert refused.status_code == 403 and refused.json()["code"] == "STREET_CONFIG_FORBIDDEN"
        assert "顶层区域" in refused.json()["message"]
        assert await Ruleset.all().count() == 0 and await AuditEntry.filter(action="ruleset.created").count() == 0

    async def test_a_bad_draft_is_refused_in_chinese_field_by_field_and_nothing_is_written(self, client):
        admin = await builders.user(Role.ADMIN)
        body = default_body()
        body["hazards"]["open_major"] = -1
        answer = await client.post("/api/v1/scoring/rulesets", headers=builders.auth(admin), json=body)
        assert answer.status_code == 422
        assert answer.json() == {"code": "RULESET_INVALID", "message": "评分规则不合法:每项未整改重大隐患扣分 不能小于 0",
                                 "detail": [{"field": "hazards.open_major", "message": "不能小于 0"}]}
        body = default_body()
        body["bands"] = {"green": 60, "yellow": 70}
        body["vetoes"].append({"rule": "made_up", "color": "red"})
        answer = await client.post("/api/v1/scoring/simulate", headers=builders.auth(admin), json={"ruleset": body})
        assert answer.status_code == 422 and answer.json()["message"] == "评分规则不合法:2 处需要修改"
        messages = {f["field"]: f["message"] for f in answer.json()["detail"]}
        assert messages["bands"] == "绿码分数线必须高于黄码分数线"
        assert messages["vetoes.11"].startswith("未知的否决规则 made_up")
        assert all("Value error" not in m and "Input should" not in m for m in messages.values())
        body = default_body()
        body["behaviour"]["campaign"] = 6
        answer = await client.post("/api/v1/scoring/rulesets", headers=builders.auth(admin), json=body)
        assert answer.json()["message"] == "评分规则不合法:日常行为各项分值之和与维度满分不一致"
        assert await Ruleset.all().count() == 0 and await AuditEntry.all().count() == 0

    async def test_the_simulation_says_how_many_which_and_why(self, client):
        tree, mine, other = await _world()
        admin = await builders.user(Role.ADMIN, tree["district"])
        await scoring_service.rescore_all()
        score = (await Enterprise.get(id=mine.id)).risk_score  # both enterprises alike: yellow at 73
        draft = copy.deepcopy(default_body())
        draft["bands"] = {"green": 85, "yellow": score + 1}   # 73 falls below yellow: red
        answer = await client.post("/api/v1/scoring/simulate", headers=builders.auth(admin), json={"ruleset": draft})
        body = answer.json()
        assert (body["against_version"], body["total"], body["changed"], body["changed_by_rules"]) == (0, 2, 2, 2)
        assert body["transitions"] == [{"from_color": "yellow", "to_color": "red", "count": 2}]
        assert body["parameters"] == [{"field": "bands.yellow", "label": "黄码分数线", "before": 70, "after": score + 1}]
        first = body["changes"][0]
        assert (first["enterprise_id"], first["name"], first["from_color"], first["to_color"]) == (
            mine.id, mine.name, "yellow", "red")
        assert (first["current_score"], first["current_rule_color"], first["by_rules"]) == (score, "yellow", True)
        assert first["reasons"] == [{"rule": "bands", "text": f"分数线 绿码≥85、黄码≥70 → 绿码≥85、黄码≥{score + 1:g},"
                                                              f"得分 {score:g} 为红码"}]
        limited = await client.post("/api/v1/scoring/simulate?limit=1", headers=builders.auth(admin),
                                    json={"ruleset": draft})
        assert limited.json()["changed"] == 2 and len(limited.json()["changes"]) == 1
        bad = await client.post("/api/v1/scoring/simulate?limit=0", headers=builders.auth(admin),
                                json={"ruleset": draft})
        assert bad.status_code == 422 and bad.json()["code"] == "VALIDATION_FAILED"


class TestInspectionsDue:
    async def test_due_by_colour_most_overdue_first(self, client):
        from datetime import timedelta

        from core import clock
        from core.identity import Role
        from inspections.models import Inspection
        from tests import builders

        tree = await builders.region_tree()
        inspector = await builders.user(Role.INSPECTOR, tree["street"])
        now = clock.now()
        red = await builders.enterprise(tree["north_grid"], name="红码企业", risk_color="red")
        green = await builders.enterprise(tree["north_grid"], name="绿码企业", risk_color="green")
        never = await builders.enterprise(tree["south_grid"], name="从未检查")
        for enterprise, days_ago in ((red, 40), (green, 40)):
            await Inspection.create(enterprise=enterprise, inspector=inspector, status="submitted",
                                    started_at=now - timedelta(days=days_ago),
                                    submitted_at=now - timedelta(days=days_ago))
        answer = await client.get("/api/v1/scoring/inspections-due", headers=builders.auth(inspector))
        assert answer.status_code == 200
        rows = {r["name"]: r for r in answer.json()}
        assert set(rows) == {"红码企业", "从未检查"}  # green is due only after 180 days
        assert rows["红码企业"]["overdue"] and rows["红码企业"]["interval_days"] == 30
        assert rows["从未检查"]["last_inspected_on"] is None and never.id == rows["从未检查"]["enterprise_id"]
        soon = await client.get("/api/v1/scoring/inspections-due?within_days=150", headers=builders.auth(inspector))
        assert green.id in {r["enterprise_id"] for r in soon.json()}
        first = await client.get("/api/v1/scoring/inspections-due?within_days=150&limit=1",
                                 headers=builders.auth(inspector))
        assert [r["enterprise_id"] for r in first.json()] == [soon.json()[0]["enterprise_id"]]
        owner = await builders.user(Role.ENTERPRISE, enterprise=red)
        assert (await client.get("/api/v1/scoring/inspections-due", headers=builders.auth(owner))).status_code == 403
