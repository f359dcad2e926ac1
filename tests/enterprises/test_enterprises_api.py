from core.models import AuditEntry
from enterprises.credit_code import complete
from enterprises.models import Enterprise, User
from core.identity import Role
from tests import builders

CODE = complete("91370602MA3C4D5E6")


def new_enterprise(region_id: int, **overrides) -> dict:
    return {"name": "雁鸣机械有限公司", "credit_code": CODE, "address": "金雁路8号", "lat": 37.4638, "lng": 121.4479,
            "region_id": region_id, "industry": "机械", "category": "规上", "employee_count": 120,
            "contact_name": "王经理", "contact_phone": "13912345678", "main_products": "齿轮",
            "hazardous_materials": ["液压油"], "special_equipment": ["叉车", "行车"], **overrides}


async def _counts():
    return await Enterprise.all().count(), await AuditEntry.all().count()


class TestRegister:
    async def test_an_admin_registers_an_active_enterprise(self, client):
        tree = await builders.region_tree()
        admin = await builders.user(Role.ADMIN, tree["street"])
        answer = await client.post("/api/v1/enterprises", headers=builders.auth(admin),
                                   json=new_enterprise(tree["north_grid"].id))
        assert answer.status_code == 201
        body = answer.json()
        assert body["status"] == "active" and body["risk"] == {"color": None, "score": None, "scored_at": None,
                                                         "overridden": False, "override_until": None}
        assert body["special_equipment"] == ["叉车", "行车"]
        assert await AuditEntry.filter(action="enterprise.registered", object_id=str(body["id"])).exists()
        stored = await Enterprise.get(id=body["id"])
        assert len(stored.qr_token) >= 22

    async def test_a_wechat_user_registers_pending_and_becomes_manager_on_approval(self, client):
        tree = await builders.region_tree()
        public = await builders.user(Role.PUBLIC)
        admin = await builders.user(Role.ADMIN, tree["street"])
        made = await client.post("/api/v1/enterprises", headers=builders.auth(public),
                                 json=new_enterprise(tree["north_grid"].id))
        assert made.status_code == 201 and made.json()["status"] == "pending"
        enterprise_id = made.json()["id"]
        assert (await client.get(f"/api/v1/enterprises/{enterprise_id}",
                                 headers=builders.auth(public))).status_code == 200
        approved = await client.post(f"/api/v1/enterprises/{enterprise_id}/approve", headers=builders.auth(admin))
        assert approved.status_code == 200 and approved.json()["status"] == "active"
        manager = await User.get(id=public.id)
        assert (manager.role, manager.enterprise_id) == (Role.ENTERPRISE, enterprise_id)
        again = await client.post(f"/api/v1/enterprises/{enterprise_id}/approve", headers=builders.auth(admin))
        assert again.status_code == 409 and again.json()["code"] == "ENTERPRISE_NOT_PENDING"

    async def test_a_rejection_needs_a_reason(self, client):
        tree = await builders.region_tree()
        public = await builders.user(Role.PUBLIC)
        admin = await builders.user(Role.ADMIN, tree["street"])
        made = (await client.post("/api/v1/enterprises", headers=builders.auth(public),
                                  json=new_enterprise(tree["north_grid"].id))).json()
        url = f"/api/v1/enterprises/{made['id']}/reject"
        assert (await client.post(url, headers=builders.auth(admin), json={"note": " "})).status_code == 422
        rejected = await client.post(url, headers=builders.auth(admin), json={"note": "信用代码与名称不符"})
        assert rejected.json()["status"] == "rejected"
        assert (await User.get(id=public.id)).role == Role.PUBLIC

    async def test_an_admin_outside_the_grid_cannot_approve(self, client):
        tree = await builders.region_tree()
        public = await builders.user(Role.PUBLIC)
        south_admin = await builders.user(Role.ADMIN, tree["south"])
        made = (await client.post("/api/v1/enterprises", headers=builders.auth(public),
                                  json=new_enterprise(tree["north_grid"].id))).json()
        answer = await client.post(f"/api/v1/enterprises/{made['id']}/approve", headers=builders.auth(south_admin))
        assert answer.status_code == 404

    async def test_inspectors_do_not_register(self, client):
        tree = await builders.region_tree()
        inspector = await builders.user(Role.INSPECTOR, tree["street"])
        answer = await client.post("/api/v1/enterprises", headers=builders.auth(inspector),
                                   json=new_enterprise(tree["north_grid"].id))
        assert answer.status_code == 403

    async def test_bad_input_is_a_clear_4xx_and_writes_nothing(self, client):
        tree = await builders.region_tree()
        admin = await builders.user(Role.ADMIN, tree["street"])
        await builders.enterprise(tree["north_grid"], credit_code=complete("91370602MA0000999"))
        before = await _counts()
        cases = [
            (new_enterprise(tree["north_grid"].id, credit_code=CODE[:-1] + ("0" if CODE[-1] != "0" else "1")),
             422, "CREDIT_CODE_INVALID"),
            (new_enterprise(tree["north_grid"].id, lat=91), 422, "VALIDATION_FAILED"),
            (new_enterprise(tree["north_grid"].id, lng=-181), 422, "VALIDATION_FAILED"),
            (new_enterprise(tree["north"].id), 422, "REGION_NOT_GRID"),
            (new_enterprise(tree["north_grid"].id, credit_code=complete("91370602MA0000999")), 409,
             "CREDIT_CODE_TAKEN"),
            (new_enterprise(99999), 404, "REGION_NOT_FOUND"),
            (new_enterprise(tree["north_grid"].id, contact_phone="12345"), 422, "VALIDATION_FAILED"),
        ]
        for body, status, code in cases:
            answer = await client.post("/api/v1/enterprises", headers=builders.auth(admin), json=body)
            assert (answer.status_code, answer.json()["code"]) == (status, code), body
            assert answer.json()["message"]
        assert await _counts() == before

    async def test_a_lowercase_credit_code_is_normalised(self, client):
        tree = await builders.region_tree()
        admin = await builders.user(Role.ADMIN, tree["street"])
        answer = await client.post("/api/v1/enterprises", headers=builders.auth(admin),
                                   json=new_enterprise(tree["north_grid"].id, credit_code=CODE.lower()))
        assert answer.json()["credit_code"] == CODE


class TestReadAndList:
    async def test_enterprises_never_see_each_other(self, client):
        tree = await builders.region_tree()
        mine, theirs = await builders.enterprise(tree["north_grid"]), await builders.enterprise(tree["north_grid"])
        owner = await builders.user(Role.ENTERPRISE, enterprise=mine)
        assert (await client.get(f"/api/v1/enterprises/{mine.id}", headers=builders.auth(owner))).status_code == 200
        answer = await client.get(f"/api/v1/enterprises/{theirs.id}", headers=builders.auth(owner))
        assert answer.status_code == 404 and answer.json()["code"] == "ENTERPRISE_NOT_FOUND"
        assert (await client.get("/api/v1/enterprises", headers=builders.auth(owner))).status_code == 403

    async def test_staff_list_their_subtree_with_filters(self, client):
        tree = await builders.region_tree()
        await builders.enterprise(tree["north_grid"], name="北方机械", industry="机械")
        await builders.enterprise(tree["north_grid"], name="北方食品", industry="食品", risk_color="red")
        await builders.enterprise(tree["south_grid"], name="南方机械", industry="机械")
        inspector = await builders.user(Role.INSPECTOR, tree["north"])
        headers = builders.auth(inspector)
        names = [e["name"] for e in (await client.get("/api/v1/enterprises", headers=headers)).json()["items"]]
        assert names == ["北方机械", "北方食品"]
        by_industry = (await client.get("/api/v1/enterprises?industry=食品", headers=headers)).json()
        assert [e["name"] for e in by_industry["items"]] == ["北方食品"] and by_industry["total"] == 1
        by_color = (await client.get("/api/v1/enterprises?color=red", headers=headers)).json()
        assert by_color["items"][0]["risk"]["color"] == "red"
        by_text = (await client.get("/api/v1/enterprises?q=机械", headers=headers)).json()
        assert by_text["total"] == 1
        outside = await client.get(f"/api/v1/enterprises?region_id={tree['south'].id}", headers=headers)
        assert outside.status_code == 404

    async def test_the_overdue_filter_follows_the_hazards_and_the_scope(self, client):
        from datetime import timedelta

        from core import clock

        tree = await builders.region_tree()
        late = await builders.enterprise(tree["north_grid"], name="逾期机械")
        fixed = await builders.enterprise(tree["north_grid"], name="已整改食品")
        on_time = await builders.enterprise(tree["north_grid"], name="未到期化工")
        far = await builders.enterprise(tree["south_grid"], name="南方逾期")
        inspector = await builders.user(Role.INSPECTOR, tree["north"])
        past = clock.now().date() - timedelta(days=3)
        for enterprise in (late, late, far):
            await builders.hazard(enterprise, inspector, deadline_date=past)
        await builders.hazard(fixed, inspector, deadline_date=past, status="closed")
        await builders.hazard(on_time, inspector)
        headers = builders.auth(inspector)
        overdue = (await client.get("/api/v1/enterprises?overdue=true", headers=headers)).json()
        assert [e["name"] for e in overdue["items"]] == ["逾期机械"] and overdue["total"] == 1
        not_overdue = (await client.get("/api/v1/enterprises?overdue=false&q=食品", headers=headers)).json()
        assert [e["name"] for e in not_overdue["items"]] == ["已整改食品"]
        assert (await client.get("/api/v1/enterprises?overdue=false", headers=headers)).json()["total"] == 2
        assert (await client.get("/api/v1/enterprises?overdue=maybe", headers=headers)).status_code == 422

    async def test_pages_are_bounded(self, client):
        tree = await builders.region_tree()
        for _ in range(3):
            await builders.enterprise(tree["north_grid"])
        admin = await builders.user(Role.ADMIN, tree["street"])
        page = (await client.get("/api/v1/enterprises?page=2&size=2", headers=builders.auth(admin))).json()
        assert (len(page["items"]), page["total"], page["page"], page["size"]) == (1, 3, 2, 2)
        too_big = await client.get("/api/v1/enterprises?size=101", headers=builders.auth(admin))
        assert too_big.status_code == 422

    async def test_every_page_tells_the_same_total_in_id_order(self, client):
        """A short page tells the total without a COUNT, a full or an empty one asks (decision 078): all agree."""
        tree = await builders.region_tree()
        made = [(await builders.enterprise(tree["north_grid" if n % 2 else "south_grid"])).id for n in range(5)]
        await builders.enterprise(tree["south_grid"], name="别的社区")
        admin = await builders.user(Role.ADMIN, tree["north"])
        mine = [i for n, i in enumerate(made) if n % 2]
        pages = [(await client.get(f"/api/v1/enterprises?page={n}&size=1", headers=builders.auth(admin))).json()
                 for n in (1, 2, 3)]
        assert [p["total"] for p in pages] == [2, 2, 2]
        assert [i["id"] for p in pages for i in p["items"]] == mine
        shown = (await client.get("/api/v1/enterprises?size=20", headers=builders.auth(admin))).json()
        assert (shown["total"], [i["id"] for i in shown["items"]]) == (2, mine)


class TestUpdate:
    async def test_the_owner_edits_production_info_but_not_the_grid(self, client):
        tree = await builders.region_tree()
        mine = await builders.enterprise(tree["north_grid"])
        owner = await builders.user(Role.ENTERPRISE, enterprise=mine)
        url = f"/api/v1/enterprises/{mine.id}"
        ok = await client.patch(url, headers=builders.auth(owner), json={"processes": "冲压、焊接", "version": 1})
        assert ok.status_code == 200 and ok.json()["processes"] == "冲压、焊接" and ok.json()["version"] == 2
        denied = await client.patch(url, headers=builders.auth(owner), json={"region_id": tree["south_grid"].id})
        assert denied.status_code == 403 and denied.json()["code"] == "FIELD_EDIT_FORBIDDEN"
        entry = await AuditEntry.get(action="enterprise.updated", object_id=str(mine.id))
        assert (entry.before["processes"], entry.after["processes"]) == ("", "冲压、焊接")

    async def test_a_stale_version_is_409_and_writes_nothing(self, client):
        tree = await builders.region_tree()
        mine = await builders.enterprise(tree["north_grid"])
        admin = await builders.user(Role.ADMIN, tree["street"])
        url = f"/api/v1/enterprises/{mine.id}"
        await client.patch(url, headers=builders.auth(admin), json={"name": "新名称一", "version": 1})
        stale = await client.patch(url, headers=builders.auth(admin), json={"name": "新名称二", "version": 1})
        assert stale.status_code == 409 and stale.json()["detail"] == {"current_version": 2}
        assert (await Enterprise.get(id=mine.id)).name == "新名称一"

    async def test_null_for_a_required_field_is_422_not_500(self, client):
        tree = await builders.region_tree()
        mine = await builders.enterprise(tree["north_grid"])
        admin = await builders.user(Role.ADMIN, tree["street"])
        answer = await client.patch(f"/api/v1/enterprises/{mine.id}", headers=builders.auth(admin),
                                    json={"name": None, "employee_count": None})
        assert answer.status_code == 422 and answer.json()["detail"] == [{"field": "name", "message": "不能为空"}]


class TestNearby:
    async def test_nearest_first_within_the_radius(self, client):
        tree = await builders.region_tree()
        origin = await builders.enterprise(tree["north_grid"], lat=37.4600, lng=121.4400)
        near = await builders.enterprise(tree["north_grid"], name="近邻", lat=37.4610, lng=121.4400)  # ~111 m
        nearer = await builders.enterprise(tree["south_grid"], name="更近", lat=37.4605, lng=121.4400)  # ~56 m
        await builders.enterprise(tree["north_grid"], name="远处", lat=37.4800, lng=121.4400)  # ~2.2 km
        owner = await builders.user(Role.ENTERPRISE, enterprise=origin)
        answer = await client.get(f"/api/v1/enterprises/{origin.id}/nearby?radius_m=500",
                                  headers=builders.auth(owner))
        assert [(e["name"], e["distance_m"]) for e in answer.json()] == [("更近", 56), ("近邻", 111)]
        assert {near.id, nearer.id} == {e["id"] for e in answer.json()}

    async def test_colours_are_for_staff_in_scope_and_for_enterprises_only_where_the_street_allows(self, app, client):
        tree = await builders.region_tree()
        origin = await builders.enterprise(tree["north_grid"], lat=37.4600, lng=121.4400)
        await builders.enterprise(tree["north_grid"], name="北邻", lat=37.4610, lng=121.4400, risk_color="red")
        await builders.enterprise(tree["south_grid"], name="南邻", lat=37.4605, lng=121.4400, risk_color="yellow")
        owner = await builders.user(Role.ENTERPRISE, enterprise=origin)
        north_inspector = await builders.user(Role.INSPECTOR, tree["north"])
        street_admin = await builders.user(Role.ADMIN, tree["street"])

        async def seen(who) -> dict:
            answer = await client.get(f"/api/v1/enterprises/{origin.id}/nearby", headers=builders.auth(who))
            assert answer.status_code == 200, answer.text
            return {e["name"]: (e["industry"], e["color"]) for e in answer.json()}

        assert await seen(owner) == {"南邻": ("机械", None), "北邻": ("机械", None)}
        assert await seen(north_inspector) == {"南邻": ("机械", None), "北邻": ("机械", "red")}  # south: not theirs
        assert await seen(street_admin) == {"南邻": ("机械", "yellow"), "北邻": ("机械", "red")}
        app.state.settings = app.state.settings.model_copy(update={"nearby_shows_color": True})
        assert await seen(owner) == {"南邻": ("机械", "yellow"), "北邻": ("机械", "red")}

    async def test_radius_is_validated(self, client):
        tree = await builders.region_tree()
        origin = await builders.enterprise(tree["north_grid"])
        owner = await builders.user(Role.ENTERPRISE, enterprise=origin)
        answer = await client.get(f"/api/v1/enterprises/{origin.id}/nearby?radius_m=999999",
                                  headers=builders.auth(owner))
        assert answer.status_code == 422


async def test_booleans_are_not_numbers(client):
    tree = await builders.region_tree()
    mine = await builders.enterprise(tree["north_grid"])
    admin = await builders.user(Role.ADMIN, tree["street"])
    for body in ({"employee_count": False}, {"lat": True}, {"region_id": True}):
        answer = await client.patch(f"/api/v1/enterprises/{mine.id}", headers=builders.auth(admin), json=body)
        assert answer.status_code == 422, body


async def test_query_text_with_control_characters_is_refused(client):
    admin = await builders.user(Role.ADMIN)
    answer = await client.get("/api/v1/enterprises", params={"q": "RT测试\b"}, headers=builders.auth(admin))
    assert answer.status_code == 422, answer.text
    assert answer.json()["detail"] == [{"field": "query.q", "message": "含有不可见的控制字符"}]


class TestCreditCodeClaims:
    async def test_a_pending_claim_on_someone_elses_code_blocks_nobody_and_is_shown_at_review(self, client):
        tree = await builders.region_tree()
        admin = await builders.user(Role.ADMIN, tree["street"])
        squatter, owner = await builders.user(Role.PUBLIC), await builders.user(Role.PUBLIC)
        claim = await client.post("/api/v1/enterprises", headers=builders.auth(squatter),
                                  json=new_enterprise(tree["north_grid"].id, name="冒名公司"))
        assert claim.status_code == 201 and claim.json()["status"] == "pending"
        # The real enterprise registers the same code, and is approved first.
        real = await client.post("/api/v1/enterprises", headers=builders.auth(owner),
                                 json=new_enterprise(tree["north_grid"].id))
        assert real.status_code == 201, real.text
        listed = await client.get("/api/v1/enterprises", params={"status": "pending"}, headers=builders.auth(admin))
        conflicts = {e["id"]: e["credit_code_conflicts"] for e in listed.json()["items"]}
        assert conflicts[claim.json()["id"]] == [{"id": real.json()["id"], "name": "雁鸣机械有限公司",
                                                  "status": "pending"}]
        approved = await client.post(f"/api/v1/enterprises/{real.json()['id']}/approve", headers=builders.auth(admin))
        assert approved.status_code == 200, approved.text
        detail = await client.get(f"/api/v1/enterprises/{claim.json()['id']}", headers=builders.auth(admin))
        assert detail.json()["credit_code_conflicts"][0] == {"id": real.json()["id"], "name": "雁鸣机械有限公司",
                                                             "status": "active"}
        audits = await AuditEntry.all().count()
        refused = await client.post(f"/api/v1/enterprises/{claim.json()['id']}/approve", headers=builders.auth(admin))
        assert (refused.status_code, refused.json()["code"]) == (409, "CREDIT_CODE_TAKEN")
        assert refused.json()["detail"]["conflicts"][0]["id"] == real.json()["id"]
        assert (await Enterprise.get(id=claim.json()["id"])).status == "pending"
        assert (await User.get(id=squatter.id)).role == Role.PUBLIC and await AuditEntry.all().count() == audits
        # Once active, the code is held: nobody registers it again.
        again = await client.post("/api/v1/enterprises", headers=builders.auth(admin),
                                  json=new_enterprise(tree["north_grid"].id))
        assert (again.status_code, again.json()["code"]) == (409, "CREDIT_CODE_TAKEN")
        public_view = await client.get(f"/api/v1/enterprises/{claim.json()['id']}", headers=builders.auth(squatter))
        assert public_view.json()["credit_code_conflicts"] == []  # the registrant is not told who holds it
