"""Public reports from a scanned door code (docs/decisions/084): off until the street's top admin turns them on;
anybody reports (text, maybe a photo and a contact), the enterprise's staff are told, list, read and close them; the
enterprise sees none of it. Bad input is refused with its code and nothing is written."""

import io

import pytest
from PIL import Image

from api.app import create_app
from bootstrap import dispatcher as build_dispatcher
from core.identity import Role
from core.models import AuditEntry, OutboxEvent
from enterprises.models import PublicReport
from notify.models import InboxMessage
from tests import builders
from tests.conftest import asgi_client
from tests.files import samples

pytestmark = pytest.mark.usefixtures("db_clean")


async def _street():
    tree = await builders.region_tree()
    factory = await builders.enterprise(tree["north_grid"], name="雁鸣机械")
    people = {
        "top": await builders.user(Role.ADMIN, tree["district"]),
        "street_admin": await builders.user(Role.ADMIN, tree["street"]),
        "community_admin": await builders.user(Role.ADMIN, tree["north"]),
        "grid_inspector": await builders.user(Role.INSPECTOR, tree["north_grid"]),
        "community_inspector": await builders.user(Role.INSPECTOR, tree["north"]),
        "other_inspector": await builders.user(Role.INSPECTOR, tree["south"]),
        "command": await builders.user(Role.COMMAND, tree["street"]),
        "owner": await builders.user(Role.ENTERPRISE, enterprise=factory),
    }
    return tree, factory, people


async def _enable(client, top, enabled: bool = True) -> dict:
    answer = await client.patch("/api/v1/street-config", json={"public_reports_enabled": enabled},
                                headers=builders.auth(top))
    assert answer.status_code == 200, answer.text
    return answer.json()


async def _written() -> tuple[int, int, int]:
    return (await PublicReport.all().count(), await AuditEntry.filter(object_type="public_report").count(),
            await OutboxEvent.filter(name="enterprise.public_report_received").count())


async def test_reporting_is_off_until_the_top_of_the_tree_turns_it_on(client):
    _, factory, people = await _street()
    scan = (await client.get(f"/api/v1/scan/{factory.qr_token}")).json()
    assert scan["reporting_enabled"] is False
    refused = await client.post(f"/api/v1/scan/{factory.qr_token}/reports", data={"text": "消防通道堵塞"})
    assert (refused.status_code, refused.json()["code"]) == (403, "PUBLIC_REPORTS_DISABLED")
    assert "12350" in refused.json()["message"]
    assert await _written() == (0, 0, 0)

    config = await client.get("/api/v1/street-config", headers=builders.auth(people["street_admin"]))
    assert config.json() == {"public_reports_enabled": False, "updated_at": None}
    # The street's admin sits under the district: street-wide switches are the top's.
    below = await client.patch("/api/v1/street-config", json={"public_reports_enabled": True},
                               headers=builders.auth(people["street_admin"]))
    assert (below.status_code, below.json()["code"]) == (403, "STREET_CONFIG_FORBIDDEN")
    assert (await client.get("/api/v1/street-config", headers=builders.auth(people["owner"]))).status_code == 403

    after = await _enable(client, people["top"])
    assert after["public_reports_enabled"] is True and after["updated_at"]
    entry = await AuditEntry.get(action="street_config.updated")
    assert (entry.before, entry.after, entry.actor_user_id) == (
        {"public_reports_enabled": False}, {"public_reports_enabled": True}, people["top"].id)
    assert (await client.get(f"/api/v1/scan/{factory.qr_token}")).json()["reporting_enabled"] is True
    # A body naming nothing changes nothing; an unknown switch is refused.
    assert (await client.patch("/api/v1/street-config", json={},
                               headers=builders.auth(people["top"]))).json()["public_reports_enabled"] is True
    unknown = await client.patch("/api/v1/street-config", json={"nearby_shows_color": True},
                                 headers=builders.auth(people["top"]))
    assert unknown.status_code == 422


async def test_an_anonymous_report_with_a_photo_reaches_the_enterprises_staff_only(client, settings, wechat_client):
    _, factory, people = await _street()
    await _enable(client, people["top"])
    answer = await client.post(f"/api/v1/scan/{factory.qr_token}/reports",
                               data={"text": "  后门消防通道堆满纸箱\r\n晚上有人在仓库抽烟  ", "contact": "13900001111"},
                               files={"photo": ("IMG_0001.jpg", samples.phone_photo(), "image/jpeg")})
    assert answer.status_code == 201, answer.text
    created = answer.json()
    assert f"编号 {created['id']}" in created["message"]
    report = await PublicReport.get(id=created["id"])
    assert report.text == "后门消防通道堆满纸箱\n晚上有人在仓库抽烟" and report.contact == "13900001111"
    assert (report.status, report.reporter_user_id, report.ip) == ("open", None, "10.0.0.1")

    entry = await AuditEntry.get(action="public_report.created")
    assert (entry.actor_user_id, entry.actor_role, entry.ip) == (None, "anonymous", "10.0.0.1")
    assert entry.after["contact_given"] is True and "13900001111" not in str(entry.after)

    await build_dispatcher(settings, wechat_client).drain()
    told = set(await InboxMessage.filter(kind="public_report").values_list("user_id", flat=True))
    assert told == {people[n].id for n in ("top", "street_admin", "community_admin", "grid_inspector",
                                           "community_inspector")}
    message = await InboxMessage.filter(user_id=people["grid_inspector"].id).first()
    assert message.page == f"pages/public-report/detail?id={report.id}" and "雁鸣机械" in message.title
    assert "附照片" in message.body and "抽烟" in message.body

    # The staff in scope read it and its photo, cleaned of the phone's GPS and camera.
    inspector = builders.auth(people["grid_inspector"])
    listed = (await client.get("/api/v1/public-reports", headers=inspector)).json()
    assert listed["total"] == 1 and listed["items"][0]["has_photo"] is True
    assert listed["items"][0]["enterprise_name"] == "雁鸣机械" and listed["items"][0]["region_name"] == "北一网格"
    photo = await client.get(f"/api/v1/public-reports/{report.id}/photo", headers=inspector)
    assert photo.status_code == 200 and photo.headers["content-type"] == "image/jpeg"
    exif = Image.open(io.BytesIO(photo.content)).getexif()
    assert samples.GPS_IFD not in exif and samples.MAKE not in exif
    # Nobody else: not the enterprise, not staff of the other community.
    for who in ("owner", "other_inspector"):
        headers = builders.auth(people[who])
        assert (await client.get(f"/api/v1/public-reports/{report.id}", headers=headers)).status_code == 404
        assert (await client.get(f"/api/v1/public-reports/{report.id}/photo", headers=headers)).status_code == 404
    assert (await client.get("/api/v1/public-reports", headers=builders.auth(people["owner"]))).status_code == 403
    assert (await client.get("/api/v1/public-reports",
                             headers=builders.auth(people["other_inspector"]))).json()["total"] == 0


async def test_a_signed_in_user_reports_without_a_photo_as_a_plain_form(client):
    _, factory, people = await _street()
    await _enable(client, people["top"])
    neighbour = await builders.user(Role.PUBLIC)
    answer = await client.post(f"/api/v1/scan/{factory.qr_token}/reports", data={"text": "夜里排放刺鼻气味"},
                               headers=builders.auth(neighbour))
    assert answer.status_code == 201, answer.text
    report = await PublicReport.get(id=answer.json()["id"])
    assert (report.reporter_user_id, report.contact, report.photo_key) == (neighbour.id, "", None)
    assert (await AuditEntry.get(action="public_report.created")).actor_user_id == neighbour.id
    no_photo = await client.get(f"/api/v1/public-reports/{report.id}/photo",
                                headers=builders.auth(people["grid_inspector"]))
    assert (no_photo.status_code, no_photo.json()["code"]) == (404, "PUBLIC_REPORT_PHOTO_NOT_FOUND")


@pytest.mark.parametrize("fields, field", [
    ({"text": "   "}, "text"),
    ({}, "text"),
    ({"text": "好"}, "text"),
    ({"text": "很" * 501}, "text"),
    ({"text": "有人\x00抽烟"}, "text"),
    ({"text": "有人抽烟\x1b[31m"}, "text"),
    ({"text": "有人抽烟", "contact": "139\n0000"}, "contact"),
    ({"text": "有人抽烟", "contact": "1" * 41}, "contact"),
    ({"text": "有人抽烟", "contact": "王\x07"}, "contact"),
])
async def test_bad_text_or_contact_is_refused_and_nothing_written(client, fields, field):
    _, factory, people = await _street()
    await _enable(client, people["top"])
    answer = await client.post(f"/api/v1/scan/{factory.qr_token}/reports", data=fields)
    body = answer.json()
    assert (answer.status_code, body["code"]) == (422, "PUBLIC_REPORT_INVALID"), answer.text
    assert [p["field"] for p in body["detail"]] == [field]
    assert await _written() == (0, 0, 0)


@pytest.mark.parametrize("photo, status, code", [
    (("报告.pdf", b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF", "application/pdf"), 415,
     "PHOTO_TYPE_UNSUPPORTED"),
    (("a.jpg", b"not an image at all", "image/jpeg"), 415, "UPLOAD_TYPE_UNSUPPORTED"),
    (("a.jpg", b"\xff\xd8\xff\xe0" + b"\x00" * 200, "image/jpeg"), 422, "UPLOAD_CORRUPTED"),
])
async def test_a_photo_that_is_not_one_is_refused_and_nothing_written(client, photo, status, code):
    _, factory, people = await _street()
    await _enable(client, people["top"])
    answer = await client.post(f"/api/v1/scan/{factory.qr_token}/reports", data={"text": "有人抽烟"},
                               files={"photo": photo})
    assert (answer.status_code, answer.json()["code"]) == (status, code), answer.text
    assert await _written() == (0, 0, 0)


async def test_a_photo_over_the_upload_limit_is_413_before_it_is_read(client, settings):
    _, factory, people = await _street()
    await _enable(client, people["top"])
    huge = b"\xff\xd8\xff" + b"\x00" * (settings.upload_max_bytes + 100_000)
    answer = await client.post(f"/api/v1/scan/{factory.qr_token}/reports", data={"text": "有人抽烟"},
                               files={"photo": ("big.jpg", huge, "image/jpeg")})
    assert (answer.status_code, answer.json()["code"]) == (413, "UPLOAD_TOO_LARGE")
    assert await _written() == (0, 0, 0)


async def test_a_code_that_names_no_enterprise_is_404_and_a_reissued_one_410(client):
    _, factory, people = await _street()
    await _enable(client, people["top"])
    old = factory.qr_token
    assert (await client.post("/api/v1/enterprises/%d/code/reissue" % factory.id,
                              headers=builders.auth(people["street_admin"]))).status_code == 200
    gone = await client.post(f"/api/v1/scan/{old}/reports", data={"text": "有人抽烟"})
    unknown = await client.post("/api/v1/scan/abcdefghijklmnopqrstuvwx/reports", data={"text": "有人抽烟"})
    assert (gone.status_code, gone.json()["code"]) == (410, "QR_REVOKED")
    assert (unknown.status_code, unknown.json()["code"]) == (404, "QR_NOT_FOUND")
    assert await _written() == (0, 0, 0)


async def test_reports_are_rate_limited_per_ip(settings, wechat_client):
    app = create_app(settings.model_copy(update={"report_rate_per_ip": "2/hour"}), wechat=wechat_client,
                     manage_database=False)
    async with asgi_client(app) as client:
        _, factory, people = await _street()
        await _enable(client, people["top"])
        url = f"/api/v1/scan/{factory.qr_token}/reports"
        for _ in range(2):
            assert (await client.post(url, data={"text": "有人抽烟"})).status_code == 201
        limited = await client.post(url, data={"text": "有人抽烟"})
        assert (limited.status_code, limited.json()["code"]) == (429, "REPORT_RATE_LIMITED")
        assert int(limited.headers["retry-after"]) >= 1
    assert await PublicReport.all().count() == 2


async def test_staff_close_a_report_once_with_a_note(client):
    _, factory, people = await _street()
    await _enable(client, people["top"])
    made = (await client.post(f"/api/v1/scan/{factory.qr_token}/reports", data={"text": "消防通道堵塞"})).json()
    url = f"/api/v1/public-reports/{made['id']}/close"
    command = await client.post(url, json={"note": "已核实"}, headers=builders.auth(people["command"]))
    assert (command.status_code, command.json()["code"]) == (403, "ROLE_FORBIDDEN")
    blank = await client.post(url, json={"note": "   "}, headers=builders.auth(people["grid_inspector"]))
    assert (blank.status_code, blank.json()["code"]) == (422, "CLOSE_NOTE_REQUIRED")
    outsider = await client.post(url, json={"note": "已核实"}, headers=builders.auth(people["other_inspector"]))
    assert outsider.status_code == 404
    assert (await PublicReport.get(id=made["id"])).status == "open"

    closed = await client.post(url, json={"note": "已现场核实,责令企业清理通道"},
                               headers=builders.auth(people["grid_inspector"]))
    assert closed.status_code == 200, closed.text
    assert (closed.json()["status"], closed.json()["close_note"], closed.json()["closed_by_id"]) == (
        "closed", "已现场核实,责令企业清理通道", people["grid_inspector"].id)
    entry = await AuditEntry.get(action="public_report.closed")
    assert (entry.before["status"], entry.after["status"]) == ("open", "closed")
    again = await client.post(url, json={"note": "再次办结"}, headers=builders.auth(people["street_admin"]))
    assert (again.status_code, again.json()["code"]) == (409, "PUBLIC_REPORT_CLOSED")
    listed = await client.get("/api/v1/public-reports", params={"status": "open"},
                              headers=builders.auth(people["street_admin"]))
    assert listed.json()["total"] == 0
