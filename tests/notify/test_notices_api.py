import pytest_asyncio

from core.models import AuditEntry
from enterprises.models import EnterpriseStatus
from core.identity import Role
import bootstrap
from core.models import OutboxEvent
from notify.models import InboxMessage, Notice, NoticeRecipient
from tests import builders
from tests.files import samples


@pytest_asyncio.fixture(loop_scope="session")
async def street(db_clean):
    tree = await builders.region_tree()
    firms = {
        "north_chem": await builders.enterprise(tree["north_grid"], industry="化工", category="规上",
                                                lat=37.4600, lng=121.4400),
        "north_food": await builders.enterprise(tree["north_grid"], industry="食品", category="规下",
                                                lat=37.4700, lng=121.4400),
        "south_chem": await builders.enterprise(tree["south_grid"], industry="化工", category="规下",
                                                lat=37.5000, lng=121.5000),
        "closed": await builders.enterprise(tree["north_grid"], industry="化工", status=EnterpriseStatus.REJECTED),
    }
    return {
        "tree": tree, "firms": firms,
        "admin": await builders.user(Role.ADMIN, tree["street"]),
        "north_admin": await builders.user(Role.ADMIN, tree["north"]),
        "inspector": await builders.user(Role.INSPECTOR, tree["street"]),
        "north_chem_user": await builders.user(Role.ENTERPRISE, enterprise=firms["north_chem"]),
        "south_chem_user": await builders.user(Role.ENTERPRISE, enterprise=firms["south_chem"]),
    }


async def _publish(client, who, **target):
    return await client.post("/api/v1/notices", headers=builders.auth(who),
                             json={"title": "关于开展消防安全检查的通知", "body": "请各企业于本周内完成自查。",
                                   "target": target})


def _ids(street, *names):
    return sorted(street["firms"][n].id for n in names)


def _receipt_ids(body):
    return sorted(r["enterprise_id"] for r in body["read_by_enterprises"] + body["unread_by_enterprises"])


class TestPublish:
    async def test_by_industry_the_active_matches_in_the_admins_subtree_receive_it(self, client, street):
        answer = await _publish(client, street["admin"], industries=["化工"])
        assert answer.status_code == 201
        body = answer.json()
        assert _receipt_ids(body) == _ids(street, "north_chem", "south_chem")
        assert body["recipients"] == 2 and body["read"] == 0
        assert await OutboxEvent.filter(name="notice.published", payload={"notice_id": body["id"]}).count() == 1
        assert await AuditEntry.filter(action="notice.published", object_id=str(body["id"])).count() == 1

    async def test_criteria_combine_and_a_regional_admin_reaches_only_their_subtree(self, client, street):
        by_category = await _publish(client, street["admin"], industries=["化工"], categories=["规上"])
        assert _receipt_ids(by_category.json()) == _ids(street, "north_chem")
        by_region = await _publish(client, street["admin"], region_ids=[street["tree"]["south"].id])
        assert _receipt_ids(by_region.json()) == _ids(street, "south_chem")
        north_only = await _publish(client, street["north_admin"])
        assert _receipt_ids(north_only.json()) == _ids(street, "north_chem", "north_food")

    async def test_a_circle_on_the_map_selects_by_distance(self, client, street):
        near = {"lat": 37.4600, "lng": 121.4400, "radius_m": 500}
        assert _receipt_ids((await _publish(client, street["admin"], near=near)).json()) == _ids(street, "north_chem")
        wider = {**near, "radius_m": 1500}  # 0.01° of latitude is about 1.1 km
        assert _receipt_ids((await _publish(client, street["admin"], near=wider)).json()) == _ids(
            street, "north_chem", "north_food")

    async def test_named_enterprises_and_with_other_criteria_those_of_them_that_match(self, client, street):
        named = _ids(street, "north_food", "south_chem")
        answer = await _publish(client, street["admin"], enterprise_ids=named)
        assert answer.status_code == 201, answer.text
        assert _receipt_ids(answer.json()) == named
        assert (await Notice.get(id=answer.json()["id"])).target == {"enterprise_ids": named}
        narrowed = await _publish(client, street["admin"], enterprise_ids=named, industries=["化工"])
        assert _receipt_ids(narrowed.json()) == _ids(street, "south_chem")
        preview = await client.post("/api/v1/notices/preview", headers=builders.auth(street["admin"]),
                                    json={"enterprise_ids": named, "near": {"lat": 37.46, "lng": 121.44,
                                                                             "radius_m": 1500}})
        assert preview.json() == {"recipients": 1}  # north_food is 1.1 km away, south_chem farther

    async def test_named_enterprises_outside_unknown_or_repeated_write_nothing(self, client, street):
        before = (await Notice.all().count(), await OutboxEvent.all().count(), await AuditEntry.all().count())
        north, south, closed = (street["firms"][n].id for n in ("north_chem", "south_chem", "closed"))
        for who, ids, code in ((street["north_admin"], [north, south], "NOTICE_TARGET_ENTERPRISE_INVALID"),
                               (street["admin"], [north, closed, 999999], "NOTICE_TARGET_ENTERPRISE_INVALID"),
                               (street["admin"], [north, north], "NOTICE_TARGET_DUPLICATE")):
            for path in ("/api/v1/notices/preview", "/api/v1/notices"):
                body = {"enterprise_ids": ids}
                if path == "/api/v1/notices":
                    body = {"title": "通知", "body": "正文", "target": body}
                answer = await client.post(path, headers=builders.auth(who), json=body)
                assert (answer.status_code, answer.json()["code"]) == (422, code), (path, answer.text)
        refused = await client.post("/api/v1/notices/preview", headers=builders.auth(street["admin"]),
                                    json={"enterprise_ids": [north, closed, 999999]})
        assert [d["enterprise_id"] for d in refused.json()["detail"]] == [closed, 999999]
        assert "指定的企业" in refused.json()["message"]
        too_many = await client.post("/api/v1/notices/preview", headers=builders.auth(street["admin"]),
                                     json={"enterprise_ids": list(range(1, 502))})
        assert too_many.status_code == 422
        assert before == (await Notice.all().count(), await OutboxEvent.all().count(), await AuditEntry.all().count())

    async def test_the_enterprises_users_get_it_in_their_inbox_through_the_outbox(self, client, street, settings,
                                                                                  wechat_client):
        await _publish(client, street["admin"], industries=["化工"])
        await bootstrap.dispatcher(settings, wechat_client).drain()
        got = await InboxMessage.filter(kind="notice_published").values_list("user_id", flat=True)
        assert sorted(got) == sorted([street["north_chem_user"].id, street["south_chem_user"].id])

    async def test_bad_targets_write_nothing(self, client, street):
        before = (await Notice.all().count(), await OutboxEvent.all().count(), await AuditEntry.all().count())
        outside = await _publish(client, street["north_admin"], region_ids=[street["tree"]["south"].id])
        assert outside.status_code == 404 and outside.json()["code"] == "REGION_NOT_FOUND"
        nobody = await _publish(client, street["admin"], industries=["文化娱乐"])
        assert nobody.status_code == 422 and nobody.json()["code"] == "NOTICE_NO_RECIPIENTS"
        unknown = await _publish(client, street["admin"], industries=["化工", "航天"])
        assert unknown.status_code == 422 and unknown.json()["code"] == "INDUSTRY_UNKNOWN"
        assert unknown.json()["detail"][0]["field"] == "target.industries"
        assert "航天" in unknown.json()["message"] and "化工" in unknown.json()["detail"][0]["choices"]
        unknown = await _publish(client, street["admin"], categories=["大型"])
        assert unknown.status_code == 422 and unknown.json()["code"] == "CATEGORY_UNKNOWN"
        assert unknown.json()["detail"][0]["choices"] == ["规上", "规下", "九小场所"]
        for target in ({"near": {"lat": 91, "lng": 0, "radius_m": 10}}, {"colour": "red"}):
            bad = await client.post("/api/v1/notices", headers=builders.auth(street["admin"]),
                                    json={"title": "通知", "body": "正文", "target": target})
            assert bad.status_code == 422
        assert before == (await Notice.all().count(), await OutboxEvent.all().count(), await AuditEntry.all().count())

    async def test_only_admins_publish(self, client, street):
        assert (await _publish(client, street["inspector"])).status_code == 403
        assert (await _publish(client, street["north_chem_user"])).status_code == 403
        assert (await client.post("/api/v1/notices", json={"title": "x", "body": "y"})).status_code == 401


class TestPreview:
    async def test_the_count_is_what_publishing_would_reach_and_nothing_is_written(self, client, street):
        async def preview(who, **target):
            return await client.post("/api/v1/notices/preview", headers=builders.auth(who), json=target)

        audits = await AuditEntry.all().count()
        assert (await preview(street["admin"], industries=["化工"])).json() == {"recipients": 2}
        assert (await preview(street["north_admin"], industries=["化工"])).json() == {"recipients": 1}
        assert (await preview(street["admin"])).json() == {"recipients": 3}
        unknown = await preview(street["admin"], industries=["不存在的行业"])
        assert unknown.status_code == 422 and unknown.json()["code"] == "INDUSTRY_UNKNOWN"
        outside = await preview(street["north_admin"], region_ids=[street["tree"]["south"].id])
        assert outside.status_code == 404 and outside.json()["code"] == "REGION_NOT_FOUND"
        assert (await preview(street["admin"], colour="red")).status_code == 422
        assert (await preview(street["inspector"])).status_code == 403
        assert await Notice.all().count() == 0 and await AuditEntry.all().count() == audits


class TestReadReceipts:
    async def test_staff_see_who_has_and_has_not_read_it(self, client, street):
        notice = (await _publish(client, street["admin"], industries=["化工"])).json()
        reader = street["north_chem_user"]
        read = await client.post(f"/api/v1/notices/{notice['id']}/read", headers=builders.auth(reader))
        assert read.status_code == 200 and read.json()["read_at"] is not None
        assert read.json()["read_by_enterprises"] == []  # an enterprise sees only its own receipt
        path = f"/api/v1/notices/{notice['id']}"
        detail = (await client.get(path, headers=builders.auth(street["inspector"]))).json()
        assert [r["enterprise_id"] for r in detail["read_by_enterprises"]] == _ids(street, "north_chem")
        assert [r["enterprise_id"] for r in detail["unread_by_enterprises"]] == _ids(street, "south_chem")
        assert detail["read_by_enterprises"][0]["read_by"] == reader.id and detail["read"] == 1
        again = await client.post(f"/api/v1/notices/{notice['id']}/read", headers=builders.auth(reader))
        assert again.status_code == 200
        assert await AuditEntry.filter(action="notice.read").count() == 1  # the first read is the receipt

    async def test_reading_the_inbox_message_is_the_receipt_too(self, client, street, settings, wechat_client):
        notice = (await _publish(client, street["admin"], industries=["化工"])).json()
        await bootstrap.dispatcher(settings, wechat_client).drain()
        reader = street["south_chem_user"]
        message = await InboxMessage.get(user_id=reader.id, kind="notice_published")
        assert (await client.post(f"/api/v1/inbox/{message.id}/read", headers=builders.auth(reader))).status_code == 200
        receipt = await NoticeRecipient.get(notice_id=notice["id"], enterprise_id=street["firms"]["south_chem"].id)
        assert receipt.read_at is not None and receipt.read_by_id == reader.id

    async def test_an_enterprise_not_targeted_and_staff_out_of_scope_get_404(self, client, street):
        notice = (await _publish(client, street["admin"], industries=["化工"], categories=["规上"])).json()
        outsider = street["south_chem_user"]
        path = f"/api/v1/notices/{notice['id']}"
        for method, path in (("GET", path), ("POST", f"{path}/read")):
            assert (await client.request(method, path, headers=builders.auth(outsider))).status_code == 404
        north = await client.get(f"/api/v1/notices/{notice['id']}", headers=builders.auth(street["north_admin"]))
        assert north.status_code == 404  # published above the north community's reach
        assert (await client.get("/api/v1/notices/999999", headers=builders.auth(street["admin"]))).status_code == 404

    async def test_lists_show_staff_their_subtree_and_enterprises_what_they_received(self, client, street):
        first = (await _publish(client, street["admin"], industries=["化工"], categories=["规上"])).json()
        second = (await _publish(client, street["admin"], industries=["化工"])).json()
        staff = (await client.get("/api/v1/notices", headers=builders.auth(street["inspector"]))).json()
        assert [n["id"] for n in staff["items"]] == [second["id"], first["id"]] and staff["total"] == 2
        mine = (await client.get("/api/v1/notices", headers=builders.auth(street["south_chem_user"]))).json()
        assert [n["id"] for n in mine["items"]] == [second["id"]] and mine["items"][0]["read_at"] is None
        public = await builders.user(Role.PUBLIC)
        assert (await client.get("/api/v1/notices", headers=builders.auth(public))).status_code == 403


class TestAttachment:
    async def test_recipients_read_the_attachment_and_others_get_404(self, client, street):
        document = samples.pdf()
        sent = await client.post("/api/v1/uploads", headers=builders.auth(street["admin"]),
                                 files={"file": ("通知.pdf", document, "application/pdf")})
        assert sent.status_code == 201, sent.text
        upload_id = sent.json()["id"]
        for target in ({"industries": ["化工"], "categories": ["规上"]}, {"industries": ["化工"]}):
            answer = await client.post("/api/v1/notices", headers=builders.auth(street["admin"]),
                                       json={"title": "附件通知", "body": "见附件。", "target": target,
                                             "attachment_upload_id": upload_id})
            assert answer.status_code == 201, answer.text
        # The same file attached twice: both notices' recipients read it, the north one through either.
        for reader in (street["north_chem_user"], street["south_chem_user"]):
            read = await client.get(f"/api/v1/uploads/{upload_id}", headers=builders.auth(reader))
            assert (read.status_code, read.content) == (200, document)
        food = await builders.user(Role.ENTERPRISE, enterprise=street["firms"]["north_food"])
        assert (await client.get(f"/api/v1/uploads/{upload_id}", headers=builders.auth(food))).status_code == 404
        public = await builders.user(Role.PUBLIC)
        assert (await client.get(f"/api/v1/uploads/{upload_id}", headers=builders.auth(public))).status_code == 404
