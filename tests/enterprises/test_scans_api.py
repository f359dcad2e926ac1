from enterprises.models import Enterprise, ScanLog
from core.identity import Role
from enterprises.scans import scan_log
from tests import builders


async def _setup():
    tree = await builders.region_tree()
    enterprise = await builders.enterprise(tree["north_grid"], name="雁鸣机械", risk_color="yellow")
    return tree, enterprise


class TestScan:
    async def test_the_public_sees_the_card_and_the_colour(self, client):
        _, enterprise = await _setup()
        answer = await client.get(f"/api/v1/scan/{enterprise.qr_token}")
        assert answer.status_code == 200
        body = answer.json()
        assert body["view"] == "public" and body["actions"] == []
        assert body["enterprise"] == {"id": enterprise.id, "name": "雁鸣机械", "industry": "机械", "category": "规下",
                                      "region_name": "北一网格", "color": "yellow"}
        assert "credit_code" not in answer.text and "contact_phone" not in answer.text
        await scan_log.flush()
        log = await ScanLog.get(token=enterprise.qr_token)
        assert (log.view, log.user_id, log.ip) == ("public", None, "10.0.0.1")

    async def test_an_inspector_in_scope_sees_the_profile_and_can_inspect(self, client):
        _, enterprise = await _setup()
        tree_inspector = await builders.user(Role.INSPECTOR, (await enterprise.region).parent)
        body = (await client.get(f"/api/v1/scan/{enterprise.qr_token}",
                                 headers=builders.auth(tree_inspector))).json()
        assert body["view"] == "inspector" and "start_inspection" in body["actions"]
        assert body["enterprise"]["credit_code"] == enterprise.credit_code
        assert body["enterprise"]["personnel"] == []
        assert body["open_hazards"] == []

    async def test_staff_and_the_owner_see_open_hazards_but_the_public_does_not(self, client):
        tree, enterprise = await _setup()
        inspector = await builders.user(Role.INSPECTOR, tree["north"])
        owner = await builders.user(Role.ENTERPRISE, enterprise=enterprise)
        late = await builders.hazard(enterprise, inspector, title="消防通道堵塞")
        closed = await builders.hazard(enterprise, inspector, title="已整改", status="closed")
        for who in (inspector, owner):
            body = (await client.get(f"/api/v1/scan/{enterprise.qr_token}", headers=builders.auth(who))).json()
            assert [h["id"] for h in body["open_hazards"]] == [late.id], who.role
        public = (await client.get(f"/api/v1/scan/{enterprise.qr_token}")).json()
        assert public["open_hazards"] is None and closed.id

    async def test_an_inspector_outside_scope_gets_the_public_view(self, client):
        tree, enterprise = await _setup()
        outsider = await builders.user(Role.INSPECTOR, tree["south"])
        body = (await client.get(f"/api/v1/scan/{enterprise.qr_token}", headers=builders.auth(outsider))).json()
        assert body["view"] == "public"
        await scan_log.flush()
        assert (await ScanLog.get(token=enterprise.qr_token)).user_id == outsider.id

    async def test_the_enterprise_sees_its_own_profile(self, client):
        _, enterprise = await _setup()
        owner = await builders.user(Role.ENTERPRISE, enterprise=enterprise)
        body = (await client.get(f"/api/v1/scan/{enterprise.qr_token}", headers=builders.auth(owner))).json()
        assert body["view"] == "owner" and "edit_profile" in body["actions"]

    async def test_admins_get_the_admin_view(self, client):
        tree, enterprise = await _setup()
        admin = await builders.user(Role.ADMIN, tree["street"])
        body = (await client.get(f"/api/v1/scan/{enterprise.qr_token}", headers=builders.auth(admin))).json()
        assert body["view"] == "admin" and "reissue_code" in body["actions"]

    async def test_an_unknown_token_is_404_and_a_bad_bearer_401(self, client):
        _, enterprise = await _setup()
        assert (await client.get("/api/v1/scan/AAAAAAAAAAAAAAAAAAAAAA")).status_code == 404
        assert (await client.get("/api/v1/scan/..%2F..")).status_code == 404
        bad = await client.get(f"/api/v1/scan/{enterprise.qr_token}", headers={"Authorization": "Bearer x"})
        assert bad.status_code == 401


class TestReissue:
    async def test_the_old_code_answers_410_and_the_new_one_works(self, client):
        tree, enterprise = await _setup()
        admin = await builders.user(Role.ADMIN, tree["street"])
        answer = await client.post(f"/api/v1/enterprises/{enterprise.id}/code/reissue", headers=builders.auth(admin))
        assert answer.status_code == 200
        old = await client.get(f"/api/v1/scan/{enterprise.qr_token}")
        assert old.status_code == 410 and old.json()["code"] == "QR_REVOKED" and "新码" in old.json()["message"]
        fresh = (await Enterprise.get(id=enterprise.id)).qr_token
        assert fresh != enterprise.qr_token
        assert (await client.get(f"/api/v1/scan/{fresh}")).status_code == 200
        page = await client.get(f"/q/{enterprise.qr_token}")
        assert page.status_code == 410 and "作废" in page.text
        unknown = await client.get("/q/AAAAAAAAAAAAAAAAAAAAAA")
        assert unknown.status_code == 404 and "身份码无效" in unknown.text

    async def test_only_admins_in_scope_reissue(self, client):
        tree, enterprise = await _setup()
        owner = await builders.user(Role.ENTERPRISE, enterprise=enterprise)
        outsider = await builders.user(Role.ADMIN, tree["south"])
        url = f"/api/v1/enterprises/{enterprise.id}/code/reissue"
        assert (await client.post(url, headers=builders.auth(owner))).status_code == 403
        assert (await client.post(url, headers=builders.auth(outsider))).status_code == 404


class TestScanPage:
    async def test_outside_wechat_the_link_shows_a_public_page(self, client):
        _, enterprise = await _setup()
        await Enterprise.filter(id=enterprise.id).update(name="<script>雁鸣</script>")
        page = await client.get(f"/q/{enterprise.qr_token}")
        assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
        assert "&lt;script&gt;雁鸣&lt;/script&gt;" in page.text and "<script>" not in page.text
        assert "黄码" in page.text
        assert "default-src 'none'" in page.headers["Content-Security-Policy"]
        assert page.headers["X-Frame-Options"] == "DENY"


class TestScanLog:
    """GET /enterprises/{id}/scans: the enterprise page's 扫码记录 (docs/decisions/076)."""

    async def test_staff_in_scope_read_who_scanned_newest_first(self, client):
        tree, enterprise = await _setup()
        inspector = await builders.user(Role.INSPECTOR, tree["north"], name="王检查")
        admin = await builders.user(Role.ADMIN, tree["north"])
        other = await builders.enterprise(tree["north_grid"], name="别家")
        await client.get(f"/api/v1/scan/{enterprise.qr_token}")
        await client.get(f"/api/v1/scan/{enterprise.qr_token}", headers=builders.auth(inspector))
        await client.get(f"/api/v1/scan/{other.qr_token}")
        # Not flushed: the read writes the buffer first, so the scans of a moment ago are listed.
        answer = await client.get(f"/api/v1/enterprises/{enterprise.id}/scans", headers=builders.auth(admin))
        assert answer.status_code == 200, answer.text
        body = answer.json()
        assert body["total"] == 2 and body["page"] == 1
        assert [(i["view"], i["user_name"], i["user_role"]) for i in body["items"]] == [
            ("inspector", "王检查", "inspector"), ("public", None, None)]
        assert body["items"][1]["ip"] == "10.0.0.1"
        assert {i["token_tail"] for i in body["items"]} == {enterprise.qr_token[-4:]}
        paged = (await client.get(f"/api/v1/enterprises/{enterprise.id}/scans", params={"size": 1, "page": 2},
                                  headers=builders.auth(admin))).json()
        assert paged["total"] == 2 and [i["view"] for i in paged["items"]] == ["public"]

    async def test_nobody_else_reads_it(self, client):
        tree, enterprise = await _setup()
        owner = await builders.user(Role.ENTERPRISE, enterprise=enterprise)
        outsider = await builders.user(Role.ADMIN, tree["south"])
        for who in (owner, outsider):
            answer = await client.get(f"/api/v1/enterprises/{enterprise.id}/scans", headers=builders.auth(who))
            assert (answer.status_code, answer.json()["code"]) == (404, "ENTERPRISE_NOT_FOUND"), who.role
