"""Excel exports of the lists (enterprises, hazards, inspections) and the quarterly statistics sheet.

Each list export takes the list's own filters and scope (the lists' query functions), refuses more rows than
EXPORT_MAX_ROWS, reads in id-ordered chunks and writes a write-only (streaming) openpyxl workbook in a worker
thread so the event loop keeps serving. Every download is audited (`export.downloaded`). Read-only otherwise."""

import asyncio
import io
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass
from datetime import datetime, timedelta
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import Cell
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter
from tortoise.functions import Count
from tortoise.transactions import in_transaction

from core import access, audit, clock
from core.audit import Actor
from core.errors import InvalidInput, NotFound, PermissionDenied
from dashboard import quarterly
from dashboard.cells import cell
from enterprises import service as enterprises_service
from enterprises.models import ENTERPRISE_STATUS_LABELS, Enterprise, EnterpriseStatus
from core.identity import RISK_COLOR_LABELS, UNRATED_LABEL, Principal, Role
from enterprises.regions import get_region_in_scope
from inspections import hazards as hazards_service
from inspections import rectification
from inspections import service as inspections_service
from inspections.models import (HAZARD_TYPE_LABELS, INSPECTION_KIND_LABELS, INSPECTION_STATUS_LABELS,
                                SEVERITY_LABELS, Hazard, Inspection, InspectionKind, InspectionStatus)

XLSX_MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
_CHUNK_ROWS = 1000
_BOLD = Font(bold=True)


@dataclass(frozen=True)
class Export:
    filename: str  # Chinese, for Content-Disposition's filename*
    ascii_filename: str  # the fallback for old clients
    content: bytes
    rows: int


@dataclass(frozen=True)
class Column:
    header: str
    value: Callable[[dict], Any]
    width: int = 14


def field(name: str) -> Callable[[dict], Any]:
    return lambda row: row[name]


def label(name: str, labels: dict, missing: str = "") -> Callable[[dict], Any]:
    return lambda row: labels.get(row[name], missing)


@dataclass(frozen=True)
class Kind:
    """One exportable list: its sheet title, the values it reads and the columns it writes."""

    title: str
    query: Callable  # (principal, filters) -> QuerySet, possibly awaitable
    fields: tuple[str, ...]
    columns: tuple[Column, ...]


def _overdue(row: dict) -> str:
    return "是" if rectification.is_overdue(row["status"], row["deadline_date"], clock.now()) else "否"


KINDS: dict[str, Kind] = {
    "enterprises": Kind(
        "企业名录", enterprises_service.enterprises_query,
        ("id", "name", "credit_code", "region__name", "address", "industry", "category", "employee_count",
         "contact_name", "contact_phone", "status", "risk_color", "risk_score", "risk_scored_at", "created_at"),
        (Column("编号", field("id"), 8), Column("企业名称", field("name"), 30),
         Column("统一社会信用代码", field("credit_code"), 22), Column("所属区域", field("region__name"), 16),
         Column("地址", field("address"), 30), Column("行业", field("industry")), Column("类别", field("category")),
         Column("从业人数", field("employee_count"), 10), Column("联系人", field("contact_name")),
         Column("联系电话", field("contact_phone"), 16),
         Column("状态", label("status", ENTERPRISE_STATUS_LABELS), 10),
         Column("风险颜色", label("risk_color", RISK_COLOR_LABELS, UNRATED_LABEL), 10),
         Column("风险分值", field("risk_score"), 10), Column("评定时间", field("risk_scored_at"), 18),
         Column("登记时间", field("created_at"), 18))),
    "hazards": Kind(
        "隐患台账", hazards_service.hazards_query,
        ("id", "enterprise__name", "title", "category", "severity", "hazard_type", "basis", "kind", "status",
         "deadline_date", "responsible_person", "measures", "funds", "created_at", "closed_at"),
        (Column("编号", field("id"), 8), Column("企业名称", field("enterprise__name"), 30),
         Column("隐患描述", field("title"), 40), Column("类别", field("category")),
         Column("隐患等级", label("severity", SEVERITY_LABELS), 10),
         Column("隐患类型", label("hazard_type", HAZARD_TYPE_LABELS), 14), Column("依据", field("basis"), 30),
         Column("来源", label("kind", INSPECTION_KIND_LABELS), 10),
         Column("状态", label("status", rectification.STATUS_LABELS), 10), Column("是否逾期", _overdue, 8),
         Column("整改期限", field("deadline_date"), 12), Column("整改责任人", field("responsible_person")),
         Column("整改措施", field("measures"), 30), Column("整改资金", field("funds")),
         Column("发现时间", field("created_at"), 18), Column("销号时间", field("closed_at"), 18))),
    "inspections": Kind(
        "检查记录", inspections_service.inspections_query,
        ("id", "enterprise__name", "kind", "status", "inspector__name", "started_at", "submitted_at", "distance_m"),
        (Column("编号", field("id"), 8), Column("企业名称", field("enterprise__name"), 30),
         Column("检查类型", label("kind", INSPECTION_KIND_LABELS), 10),
         Column("状态", label("status", INSPECTION_STATUS_LABELS), 10), Column("检查人", field("inspector__name")),
         Column("开始时间", field("started_at"), 18), Column("提交时间", field("submitted_at"), 18),
         Column("距登记位置(米)", lambda row: None if row["distance_m"] is None else round(row["distance_m"]), 14))),
}


class SheetWriter:
    """A write-only workbook of one sheet. openpyxl is synchronous, so rows are appended in a worker thread."""

    def __init__(self, title: str, widths: Iterable[int]):
        self.workbook = Workbook(write_only=True)
        self.sheet = self.workbook.create_sheet(title)
        for index, width in enumerate(widths, start=1):
            self.sheet.column_dimensions[get_column_letter(index)].width = width

    def bold(self, values: Iterable) -> list[Cell]:
        cells = [v if isinstance(v, Cell) else WriteOnlyCell(self.sheet, value=cell(v, clock.SHANGHAI))
                 for v in values]
        for one in cells:
            one.font = _BOLD
        return cells

    async def append(self, rows: list[list]) -> None:
        await asyncio.to_thread(self._append, rows)

    def _append(self, rows: list[list]) -> None:
        for row in rows:
            self.sheet.append([v if isinstance(v, Cell) else cell(v, clock.SHANGHAI) for v in row])

    async def content(self) -> bytes:
        buffer = io.BytesIO()
        await asyncio.to_thread(self.workbook.save, buffer)
        return buffer.getvalue()


def _too_large(rows: int, max_rows: int) -> InvalidInput:
    return InvalidInput(f"共 {rows} 行,超过单次导出上限 {max_rows} 行,请缩小筛选范围", code="EXPORT_TOO_LARGE",
                        detail={"rows": rows, "max_rows": max_rows})


async def _record_download(actor: Actor, kind: str, filters: dict, rows: int) -> None:
    async with in_transaction():
        await audit.record(actor, "export.downloaded", "export", kind, after={"filters": filters, "rows": rows})


def _filenames(title: str, name: str) -> tuple[str, str]:
    stamp = clock.now().strftime("%Y%m%d")
    return f"{title}_{stamp}.xlsx", f"{name}_{stamp}.xlsx"


def unknown_kind(name: str) -> NotFound:
    return NotFound(f"没有名为 {name} 的导出", code="EXPORT_KIND_UNKNOWN", detail={"kinds": [*KINDS, "quarterly"]})


def kind_of(name: str) -> Kind:
    if (spec := KINDS.get(name)) is None:
        raise unknown_kind(name)
    return spec


async def export_list(principal: Principal, kind: str, filters, max_rows: int) -> Export:
    """One list as a workbook: the list's filters and scope, ids ascending, at most `max_rows` rows."""
    spec = kind_of(kind)
    query = spec.query(principal, filters)
    query = await query if asyncio.iscoroutine(query) else query
    if (rows := await query.count()) > max_rows:
        raise _too_large(rows, max_rows)
    writer = SheetWriter(spec.title, (c.width for c in spec.columns))
    await writer.append([writer.bold(c.header for c in spec.columns)])
    written, last_id = 0, 0
    while written < rows:
        chunk = await query.filter(id__gt=last_id).order_by("id").limit(min(_CHUNK_ROWS, rows - written)) \
            .values(*spec.fields)
        if not chunk:
            break
        await writer.append([[c.value(row) for c in spec.columns] for row in chunk])
        written, last_id = written + len(chunk), chunk[-1]["id"]
    content = await writer.content()
    used = {k: v for k, v in asdict(filters).items() if v is not None}
    await _record_download(principal.actor, kind, used, written)
    return Export(*_filenames(spec.title, kind), content=content, rows=written)


# -- the quarterly statistics sheet (16号令 第十四条) --

QUARTERLY_COLUMNS = (
    ("序号", 6), ("企业名称", 30), ("统一社会信用代码", 22), ("所属区域", 16), ("检查次数", 10), ("企业自查次数", 12),
    ("排查隐患数", 10), ("其中一般隐患", 12), ("其中重大隐患", 12), ("已整改", 10), ("其中重大隐患已整改", 16),
    ("整改率", 10), ("未整改", 10), ("其中逾期未整改", 14), ("重大隐患已制定治理方案", 20))


@dataclass(frozen=True)
class _Scope:
    unit: str  # 填报单位
    enterprises: dict  # filter on Enterprise
    rows: dict  # filter on rows that belong to an enterprise


async def _quarterly_scope(principal: Principal, region_id: int | None) -> _Scope:
    """Staff: their subtree or a region inside it. An enterprise's users: their own enterprise (第十四条 asks the
    enterprise too). Anyone else: 403."""
    if principal.is_staff:
        if region_id is None and principal.region_id is None:
            return _Scope("全部辖区", {}, {})
        region = await get_region_in_scope(principal, region_id or principal.region_id)
        return _Scope(region.name, access.subtree(region.path), access.subtree(region.path, "enterprise__region__path"))
    if principal.role == Role.ENTERPRISE and principal.enterprise_id is not None:
        enterprise = await Enterprise.get(id=principal.enterprise_id)
        return _Scope(enterprise.name, {"id": enterprise.id}, {"enterprise_id": enterprise.id})
    raise PermissionDenied("当前角色无权导出统计表", code="ROLE_FORBIDDEN")



async def _hazard_facts(scope: _Scope, start: datetime, end: datetime) -> dict[int, list[quarterly.HazardFact]]:
    found = await Hazard.filter(created_at__gte=start, created_at__lt=end, **scope.rows).values(
        "enterprise_id", "severity", "deadline_date", "closed_at", "plan")
    facts: dict[int, list[quarterly.HazardFact]] = defaultdict(list)
    for row in found:
        closed_on = row["closed_at"].astimezone(clock.SHANGHAI).date() if row["closed_at"] else None
        facts[row["enterprise_id"]].append(quarterly.HazardFact(
            major=row["severity"] == "major", deadline=row["deadline_date"], closed_on=closed_on,
            has_plan=bool(row["plan"])))
    return facts


async def _inspection_counts(scope: _Scope, start: datetime, end: datetime) -> dict[tuple[int, bool], int]:
    """Submitted checklists per (enterprise, is a self-inspection)."""
    grouped = await Inspection.filter(status=InspectionStatus.SUBMITTED, submitted_at__gte=start,
                                      submitted_at__lt=end, **scope.rows) \
        .group_by("enterprise_id", "kind").annotate(n=Count("id")).values("enterprise_id", "kind", "n")
    counts: dict[tuple[int, bool], int] = defaultdict(int)
    for row in grouped:
        counts[row["enterprise_id"], row["kind"] == InspectionKind.SELF] += row["n"]
    return counts


def _figure_cells(writer: SheetWriter, figures: quarterly.QuarterlyTally) -> list:
    rate = WriteOnlyCell(writer.sheet, value="—" if figures.rectification_rate is None else figures.rectification_rate)
    rate.number_format = "0.0%"
    return [figures.inspections, figures.self_inspections, figures.found, figures.general, figures.major,
            figures.rectified, figures.major_rectified, rate, figures.unrectified, figures.overdue,
            figures.major_with_plan]


async def export_quarterly(principal: Principal, year: int, number: int, region_id: int | None,
                           max_rows: int) -> Export:
    """The 隐患排查治理情况统计分析表 of a quarter: one row per active enterprise in scope and a total row, figures
    as of the quarter's end (or today while it runs), ready for the 主要负责人's signature."""
    today = clock.now().date()
    period = quarterly.quarter(year, number, today)
    scope = await _quarterly_scope(principal, region_id)
    enterprises = Enterprise.filter(status=EnterpriseStatus.ACTIVE, **scope.enterprises)
    if (count := await enterprises.count()) > max_rows:
        raise _too_large(count, max_rows)
    listed = await enterprises.order_by("region__path", "id").values("id", "name", "credit_code", "region__name")
    start, end = clock.start_of(period.first_day), clock.start_of(period.last_day + timedelta(days=1))
    facts, inspections = await _hazard_facts(scope, start, end), await _inspection_counts(scope, start, end)
    cutoff = period.cutoff(today)
    title = f"{year}年第{number}季度事故隐患排查治理情况统计分析表"
    writer = SheetWriter("季度统计", (width for _, width in QUARTERLY_COLUMNS))
    head = [writer.bold([title]),
            [f"填报单位:{scope.unit}", f"统计期间:{period.first_day} 至 {period.last_day}",
             f"数据截至:{cutoff}", f"报送期限:{period.report_due} 前"],
            ["依据《安全生产事故隐患排查治理暂行规定》(原国家安全生产监督管理总局令第16号)第十四条"],
            writer.bold(h for h, _ in QUARTERLY_COLUMNS)]
    rows, all_figures = [], []
    for index, e in enumerate(listed, start=1):
        figures = quarterly.tally(facts.get(e["id"], ()), cutoff, inspections[e["id"], False],
                                  inspections[e["id"], True])
        all_figures.append(figures)
        rows.append([index, e["name"], e["credit_code"], e["region__name"], *_figure_cells(writer, figures)])
    street = quarterly.total(all_figures)
    footer = [writer.bold(["合计", f"{len(listed)} 家企业", "", "", *_figure_cells(writer, street)]), [],
              ["主要负责人(签字):", "", "", "填报人:", "", "", f"填报日期:{today}"]]
    await writer.append([*head, *rows, *footer])
    content = await writer.content()
    await _record_download(principal.actor, "quarterly", {"year": year, "quarter": number, "region_id": region_id},
                           len(listed))
    return Export(f"{year}年第{number}季度隐患排查治理统计表.xlsx", f"quarterly_{year}Q{number}.xlsx", content,
                  len(listed))
