"""The console's filters on the inspections and hazards lists (docs/decisions/079): region (with its subtree, only
inside the caller's scope), Beijing-day ranges, kind, the inspection a hazard came from; rows name their enterprise
(and inspector), a hazard row carries its pending 延期申请; the exports take the same filters."""

import io
from datetime import datetime, timedelta

from openpyxl import load_workbook

from core import clock
from core.identity import Role
from core.models import AuditEntry
from inspections.models import Hazard, Inspection
from tests import builders


async def page(client, who, path, **params):
    answer = await client.get(f"/api/v1/{path}", params=params, headers=builders.auth(who))
    assert answer.status_code == 200, answer.text
    return answer.json()


def beijing(day, hour: int) -> datetime:
    return clock.start_of(day) + timedelta(hours=hour)


class TestInspections:
    async def test_region_days_and_kind_narrow_within_scope(self, client, street):
        south = await builders.enterprise(street.tree["south_grid"], name="南方机械厂")
        admin = await builders.user(Role.ADMIN, street.tree["district"])
        today = clock.now().date()
        north_old = await builders.inspection(street.enterprise, street.inspector, days_ago=10)
        north_today = await builders.inspection(street.enterprise, street.inspector, kind="campaign")
        south_today = await builders.inspection(south, street.outsider)
        # 00:30 Beijing on the day before yesterday is still the 16:30 UTC before: the day is Beijing's.
        edge = await builders.inspection(street.enterprise, street.inspector, days_ago=2)
        await Inspection.filter(id=edge.id).update(started_at=beijing(today - timedelta(days=2), 0) +
                                                   timedelta(minutes=30))

        def ids(answer):
            return sorted(i["id"] for i in answer["items"])

        everything = await page(client, admin, "inspections")
        assert everything["total"] == 4
        row = next(i for i in everything["items"] if i["id"] == south_today.id)
        assert (row["enterprise_name"], row["inspector_name"]) == ("南方机械厂", street.outsider.name)
        assert ids(await page(client, admin, "inspections", region_id=street.tree["north"].id)) == sorted(
            [north_old.id, north_today.id, edge.id])
        assert ids(await page(client, admin, "inspections", region_id=street.tree["south_grid"].id)) == [
            south_today.id]
        assert ids(await page(client, admin, "inspections", date_from=str(today), date_to=str(today))) == sorted(
            [north_today.id, south_today.id])
        two_days = str(today - timedelta(days=2))
        assert ids(await page(client, admin, "inspections", date_from=two_days, date_to=two_days)) == [edge.id]
        assert ids(await page(client, admin, "inspections", date_to=str(today - timedelta(days=3)))) == [north_old.id]
        assert ids(await page(client, admin, "inspections", kind="campaign")) == [north_today.id]
        # A community's inspector: the other community is not theirs (404, as a region they cannot see).
        hidden = await client.get("/api/v1/inspections", params={"region_id": street.tree["south"].id},
                                  headers=builders.auth(street.inspector))
        assert (hidden.status_code, hidden.json()["code"]) == (404, "REGION_NOT_FOUND")
        backwards = await client.get("/api/v1/inspections", params={"date_from": str(today),
                                                                    "date_to": str(today - timedelta(days=1))},
                                     headers=builders.auth(admin))
        assert (backwards.status_code, backwards.json()["code"], backwards.json()["message"]) == (
            422, "DATE_RANGE_INVALID", "开始日期不能晚于结束日期")
        bad_kind = await client.get("/api/v1/inspections", params={"kind": "audit"}, headers=builders.auth(admin))
        assert bad_kind.status_code == 422

    async def test_the_export_takes_the_same_filters(self, client, street):
        south = await builders.enterprise(street.tree["south_grid"], name="南方机械厂")
        admin = await builders.user(Role.ADMIN, street.tree["district"])
        await builders.inspection(street.enterprise, street.inspector)
        await builders.inspection(south, street.outsider)
        today = str(clock.now().date())
        answer = await client.get("/api/v1/exports/inspections.xlsx", headers=builders.auth(admin), params={
            "region_id": street.tree["south"].id, "date_from": today, "date_to": today})
        assert answer.status_code == 200, answer.text
        sheet = load_workbook(io.BytesIO(answer.content)).active
        assert [row[1] for row in sheet.iter_rows(min_row=2, values_only=True)] == ["南方机械厂"]
        entry = await AuditEntry.filter(action="export.downloaded").order_by("-id").first()
        assert entry.after["filters"] == {"region_id": street.tree["south"].id, "date_from": today,
                                          "date_to": today}


class TestHazards:
    async def test_region_days_inspection_and_the_pending_request(self, client, street):
        south = await builders.enterprise(street.tree["south_grid"], name="南方机械厂")
        admin = await builders.user(Role.ADMIN, street.tree["district"])
        checklist = await builders.inspection(street.enterprise, street.inspector)
        found = await builders.hazard(street.enterprise, street.inspector, inspection=checklist)
        old = await builders.hazard(street.enterprise, street.inspector)
        await Hazard.filter(id=old.id).update(created_at=clock.now() - timedelta(days=20))
        theirs = await builders.hazard(south, street.outsider, title="南方配电箱未上锁")
        request = await builders.extension(found, street.owner, days=10)

        def ids(answer):
            return sorted(h["id"] for h in answer["items"])

        listed = await page(client, admin, "hazards")
        assert listed["total"] == 3
        rows = {h["id"]: h for h in listed["items"]}
        assert rows[theirs.id]["enterprise_name"] == "南方机械厂" and rows[theirs.id]["pending_extension"] is None
        assert rows[found.id]["pending_extension"]["id"] == request.id
        assert rows[found.id]["pending_extension"]["requested_deadline"] == str(request.requested_deadline)
        assert ids(await page(client, admin, "hazards", region_id=street.tree["south"].id)) == [theirs.id]
        today = clock.now().date()
        assert ids(await page(client, admin, "hazards", date_from=str(today - timedelta(days=1)))) == sorted(
            [found.id, theirs.id])
        assert ids(await page(client, admin, "hazards", date_to=str(today - timedelta(days=19)))) == [old.id]
        assert ids(await page(client, admin, "hazards", inspection_id=checklist.id)) == [found.id]
        own = await builders.hazard(street.enterprise, street.owner, kind="self", title="自查发现消防通道堵塞")
        assert ids(await page(client, admin, "hazards", kind="self")) == [own.id]
        assert own.id not in ids(await page(client, admin, "hazards", kind="routine"))
        await Hazard.filter(id=own.id).delete()
        queue = await page(client, admin, "hazards", extension_pending="true", region_id=street.tree["north"].id)
        assert ids(queue) == [found.id]
        hidden = await client.get("/api/v1/hazards", params={"region_id": street.tree["south_grid"].id},
                                  headers=builders.auth(street.inspector))
        assert (hidden.status_code, hidden.json()["code"]) == (404, "REGION_NOT_FOUND")
        # The enterprise's user sees only its own, whatever it asks for.
        assert ids(await page(client, street.owner, "hazards")) == sorted([found.id, old.id])

    async def test_the_export_takes_the_same_filters(self, client, street):
        south = await builders.enterprise(street.tree["south_grid"], name="南方机械厂")
        admin = await builders.user(Role.ADMIN, street.tree["district"])
        await builders.hazard(street.enterprise, street.inspector)
        await builders.hazard(south, street.outsider, title="南方配电箱未上锁")
        answer = await client.get("/api/v1/exports/hazards.xlsx", headers=builders.auth(admin),
                                  params={"region_id": street.tree["south"].id, "date_from": str(clock.now().date())})
        assert answer.status_code == 200, answer.text
        sheet = load_workbook(io.BytesIO(answer.content)).active
        assert [row[2] for row in sheet.iter_rows(min_row=2, values_only=True)] == ["南方配电箱未上锁"]
        backwards = await client.get("/api/v1/exports/hazards.xlsx", headers=builders.auth(admin), params={
            "date_from": str(clock.now().date()), "date_to": str(clock.now().date() - timedelta(days=3))})
        assert (backwards.status_code, backwards.json()["code"]) == (422, "DATE_RANGE_INVALID")
