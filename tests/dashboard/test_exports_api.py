"""The Excel exports over HTTP, decoded back with openpyxl: headers, rows, filters, scope, the formula guard,
the row limit and the audit entry."""

import io
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from urllib.parse import quote

import pytest_asyncio
from openpyxl import load_workbook

from core import clock
from core.models import AuditEntry
from enterprises.models import Enterprise, User
from core.identity import Role
from inspections.models import Hazard, Inspection
from tests import builders

HAZARD_HEADERS = ("编号", "企业名称", "隐患描述", "类别", "隐患等级", "隐患类型", "依据", "来源", "状态", "是否逾期",
                  "整改期限", "整改责任人", "整改措施", "整改资金", "发现时间", "销号时间")


@dataclass
class Street:
    tree: dict
    north: Enterprise  # enterprise A, in the north community
    south: Enterprise  # enterprise B, in the south community
    admin: User
    north_inspector: User
    owner_a: User
    owner_b: User


@pytest_asyncio.fixture(loop_scope="session")
async def street(db_clean) -> Street:
    tree = await builders.region_tree()
    north = await builders.enterprise(tree["north_grid"], name="北方机械厂", industry="机械")
    south = await builders.enterprise(tree["south_grid"], name="=南方餐馆", industry="餐饮")
    return Street(tree, north, south, admin=await builders.user(Role.ADMIN, tree["street"]),
                  north_inspector=await builders.user(Role.INSPECTOR, tree["north"]),
                  owner_a=await builders.user(Role.ENTERPRISE, enterprise=north),
                  owner_b=await builders.user(Role.ENTERPRISE, enterprise=south))


def sheet(answer) -> list[tuple]:
    assert answer.status_code == 200, answer.text
    assert answer.headers["content-type"].startswith("application/vnd.openxmlformats-officedocument")
    return list(load_workbook(io.BytesIO(answer.content)).active.iter_rows(values_only=True))


async def download(client, who, kind, **params):
    return await client.get(f"/api/v1/exports/{kind}.xlsx", headers=builders.auth(who), params=params)


class TestHazards:
    async def test_headers_labels_times_and_the_formula_guard(self, client, street):
        late = await builders.hazard(street.north, street.north_inspector, title="=HYPERLINK(\"http://evil\")",
                                     severity="major", deadline_date=clock.now().date() - timedelta(days=2),
                                     responsible_person="+86 王")
        await builders.hazard(street.south, street.north_inspector, title="灭火器过期")
        rows = sheet(await download(client, street.admin, "hazards"))
        assert rows[0] == HAZARD_HEADERS
        assert len(rows) == 3
        first = dict(zip(HAZARD_HEADERS, rows[1]))
        assert first["编号"] == late.id and first["企业名称"] == "北方机械厂"
        assert first["隐患描述"] == "'=HYPERLINK(\"http://evil\")" and first["整改责任人"] == "'+86 王"
        assert (first["隐患等级"], first["隐患类型"], first["来源"], first["状态"], first["是否逾期"]) == (
            "重大隐患", "物的危险状态", "日常检查", "待整改", "是")
        stored = (await Hazard.get(id=late.id)).created_at
        # Beijing wall time; Excel keeps milliseconds.
        assert abs(first["发现时间"] - stored.astimezone(clock.SHANGHAI).replace(tzinfo=None)) < timedelta(milliseconds=1)
        assert first["整改期限"].date() == late.deadline_date
        assert dict(zip(HAZARD_HEADERS, rows[2]))["企业名称"] == "'=南方餐馆"

    async def test_the_lists_filters_apply_and_the_download_is_audited(self, client, street):
        await builders.hazard(street.north, street.north_inspector, severity="major")
        await builders.hazard(street.north, street.north_inspector, status="closed", closed_at=clock.now())
        await builders.hazard(street.south, street.north_inspector)
        answer = await download(client, street.admin, "hazards", severity="general", status="open")
        rows = sheet(answer)
        assert [r[1] for r in rows[1:]] == ["'=南方餐馆"]
        listed = await client.get("/api/v1/hazards", headers=builders.auth(street.admin),
                                  params={"severity": "general", "status": "open"})
        assert [h["id"] for h in listed.json()["items"]] == [r[0] for r in rows[1:]]
        filename = f"隐患台账_{clock.now():%Y%m%d}.xlsx"
        assert f"filename*=UTF-8''{quote(filename)}" in answer.headers["content-disposition"]
        entry = await AuditEntry.get(action="export.downloaded")
        assert (entry.actor_user_id, entry.object_id) == (street.admin.id, "hazards")
        assert entry.after == {"filters": {"severity": "general", "status": "open"}, "rows": 1}

    async def test_scope_enterprise_b_never_sees_a(self, client, street):
        a = await builders.hazard(street.north, street.north_inspector)
        b = await builders.hazard(street.south, street.north_inspector)
        assert [r[0] for r in sheet(await download(client, street.owner_a, "hazards"))[1:]] == [a.id]
        assert [r[0] for r in sheet(await download(client, street.owner_b, "hazards"))[1:]] == [b.id]
        # Asking for A by id does not widen B's scope.
        assert sheet(await download(client, street.owner_b, "hazards", enterprise_id=street.north.id))[1:] == []
        # A community inspector exports only their community.
        assert [r[0] for r in sheet(await download(client, street.north_inspector, "hazards"))[1:]] == [a.id]

    async def test_who_may_not(self, client, street):
        public = await builders.user(Role.PUBLIC)
        refused = await download(client, public, "hazards")
        assert (refused.status_code, refused.json()["code"]) == (403, "ROLE_FORBIDDEN")
        assert (await client.get("/api/v1/exports/hazards.xlsx")).status_code == 401
        assert await AuditEntry.filter(action="export.downloaded").count() == 0


class TestEnterprisesAndInspections:
    async def test_enterprises_with_filters_for_staff_only(self, client, street):
        rows = sheet(await download(client, street.admin, "enterprises", industry="机械"))
        assert rows[0][:4] == ("编号", "企业名称", "统一社会信用代码", "所属区域")
        assert [(r[1], r[3], r[10], r[11]) for r in rows[1:]] == [("北方机械厂", "北一网格", "正常", "尚未评定")]
        assert len(sheet(await download(client, street.admin, "enterprises"))) == 3
        outside = await download(client, street.north_inspector, "enterprises", region_id=street.tree["south"].id)
        assert (outside.status_code, outside.json()["code"]) == (404, "REGION_NOT_FOUND")
        assert (await download(client, street.owner_a, "enterprises")).status_code == 403

    async def test_inspections_scoped_and_filtered(self, client, street):
        at = datetime(2025, 5, 1, 9, 30, tzinfo=clock.SHANGHAI)
        mine = await Inspection.create(enterprise=street.north, inspector=street.north_inspector, kind="self",
                                       status="submitted", started_at=at, submitted_at=at, distance_m=12.4)
        await Inspection.create(enterprise=street.south, inspector=street.north_inspector, started_at=at)
        rows = sheet(await download(client, street.owner_a, "inspections"))
        assert rows[1:] == [(mine.id, "北方机械厂", "企业自查", "已提交", street.north_inspector.name,
                             datetime(2025, 5, 1, 9, 30), datetime(2025, 5, 1, 9, 30), 12)]
        drafts = sheet(await download(client, street.admin, "inspections", status="draft"))
        assert [r[1] for r in drafts[1:]] == ["'=南方餐馆"]


class TestLimits:
    async def test_too_many_rows_is_refused_and_nothing_recorded(self, app, client, street):
        for _ in range(3):
            await builders.hazard(street.north, street.north_inspector)
        app.state.settings = app.state.settings.model_copy(update={"export_max_rows": 2})
        refused = await download(client, street.admin, "hazards")
        assert (refused.status_code, refused.json()["code"]) == (422, "EXPORT_TOO_LARGE")
        assert refused.json()["detail"] == {"rows": 3, "max_rows": 2}
        assert len(sheet(await download(client, street.admin, "hazards", enterprise_id=street.south.id))) == 1
        assert await AuditEntry.filter(action="export.downloaded").count() == 1

    async def test_an_unknown_kind_is_404_with_its_code(self, client, street):
        unknown = await download(client, street.admin, "secrets")
        assert (unknown.status_code, unknown.json()["code"]) == (404, "EXPORT_KIND_UNKNOWN")


async def at(model, row_id: int, **times) -> None:
    await model.filter(id=row_id).update(**times)


def shanghai(*parts) -> datetime:
    return datetime(*parts, tzinfo=clock.SHANGHAI)


class TestQuarterly:
    async def test_the_sheet_of_a_past_quarter(self, client, street):
        """2025 Q2 as 16号令 第十四条 asks: per enterprise and a total row, as of 30 June."""
        cases = [  # (enterprise, created, severity, deadline, closed, plan)
            (street.north, shanghai(2025, 4, 1, 0, 30), "general", date(2025, 4, 10), shanghai(2025, 4, 8), None),
            (street.north, shanghai(2025, 5, 2), "general", date(2025, 6, 1), shanghai(2025, 7, 5), None),
            (street.north, shanghai(2025, 6, 2), "major", date(2025, 8, 1), None, {"goal": "消除"}),
            (street.south, shanghai(2025, 6, 30, 23, 59), "general", date(2025, 6, 30), shanghai(2025, 6, 30), None),
            (street.south, shanghai(2025, 7, 1, 0, 30), "major", date(2025, 7, 9), None, None),  # next quarter
        ]
        for enterprise, created, severity, deadline, closed, plan in cases:
            made = await builders.hazard(enterprise, street.north_inspector, severity=severity,
                                         deadline_date=deadline, closed_at=closed, plan=plan,
                                         status="closed" if closed else "open")
            await at(Hazard, made.id, created_at=created)
        for kind in ("routine", "self", "self"):
            await Inspection.create(enterprise=street.north, inspector=street.north_inspector, kind=kind,
                                    status="submitted", started_at=shanghai(2025, 5, 1), submitted_at=shanghai(2025, 5, 1))

        answer = await download(client, street.admin, "quarterly", year=2025, quarter=2)
        rows = sheet(answer)
        assert rows[0][0] == "2025年第2季度事故隐患排查治理情况统计分析表"
        assert rows[1][:4] == ("填报单位:测试街道", "统计期间:2025-04-01 至 2025-06-30", "数据截至:2025-06-30",
                               "报送期限:2025-07-15 前")
        assert rows[3][:6] == ("序号", "企业名称", "统一社会信用代码", "所属区域", "检查次数", "企业自查次数")
        figures = {r[1]: r[4:15] for r in rows[4:6]}
        #                              检查 自查 隐患 一般 重大 已改 重大已改 整改率 未改 逾期 方案
        assert figures["北方机械厂"] == (1, 2, 3, 2, 1, 1, 0, 0.3333, 2, 1, 1)
        assert figures["'=南方餐馆"] == (0, 0, 1, 1, 0, 1, 0, 1, 0, 0, 0)
        assert rows[6][:2] == ("合计", "2 家企业") and rows[6][4:15] == (1, 2, 4, 3, 1, 2, 0, 0.5, 2, 1, 1)
        assert rows[-1][0] == "主要负责人(签字):"
        assert quote("2025年第2季度隐患排查治理统计表.xlsx") in answer.headers["content-disposition"]
        entry = await AuditEntry.get(action="export.downloaded")
        assert entry.after == {"filters": {"year": 2025, "quarter": 2, "region_id": None}, "rows": 2}

        own = sheet(await download(client, street.owner_b, "quarterly", year=2025, quarter=2))
        assert [r[:2] for r in own[4:6]] == [(1, "'=南方餐馆"), ("合计", "1 家企业")]
        community = sheet(await download(client, street.admin, "quarterly", year=2025, quarter=2,
                                         region_id=street.tree["north"].id))
        assert community[1][0] == "填报单位:北社区"
        assert [r[:2] for r in community[4:6]] == [(1, "北方机械厂"), ("合计", "1 家企业")]

    async def test_refusals(self, client, street):
        future = await download(client, street.admin, "quarterly", year=clock.now().year + 1, quarter=1)
        assert (future.status_code, future.json()["code"]) == (422, "QUARTER_IN_FUTURE")
        public = await builders.user(Role.PUBLIC)
        assert (await download(client, public, "quarterly", year=2025, quarter=1)).status_code == 403
        hidden = await download(client, street.north_inspector, "quarterly", year=2025, quarter=1,
                                region_id=street.tree["south"].id)
        assert (hidden.status_code, hidden.json()["code"]) == (404, "REGION_NOT_FOUND")
        assert (await download(client, street.admin, "quarterly", year=2025, quarter=5)).status_code == 422
        assert await AuditEntry.filter(action="export.downloaded").count() == 0


class TestControlCharacters:
    async def test_a_row_stored_with_control_characters_exports_without_them(self, client, street):
        """Input refuses them; a row stored before that rule (or by hand) must not break every export."""
        dirty = await builders.enterprise(street.tree["north_grid"], name="RT测试\b公司", contact_name="王\u0001")
        await builders.hazard(dirty, street.north_inspector, title="灭火器\x0b过期", responsible_person="李\x1f")
        await Inspection.create(enterprise=dirty, inspector=street.north_inspector, kind="self", status="submitted",
                                started_at=clock.now(), submitted_at=clock.now())
        year, quarter = clock.now().year, (clock.now().month - 1) // 3 + 1
        exports = {"enterprises": {}, "hazards": {}, "inspections": {}, "quarterly": {"year": year, "quarter": quarter}}
        for kind, params in exports.items():
            cells = [value for row in sheet(await download(client, street.admin, kind, **params)) for value in row]
            assert "RT测试公司" in cells, kind
            assert not any(isinstance(v, str) and any(ord(c) < 32 and c not in "\t\n\r" for c in v) for v in cells)
        hazard_row = dict(zip(HAZARD_HEADERS, sheet(await download(client, street.admin, "hazards"))[1]))
        assert (hazard_row["隐患描述"], hazard_row["整改责任人"]) == ("灭火器过期", "李")
