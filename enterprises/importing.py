"""Batch import of enterprises from an .xlsx with a documented header row.

Valid rows are created or updated by credit code; each bad row is reported with row, field and reason, and
nothing of a bad row is written. The header row of the shipped template is the documentation.

A small .xlsx can unpack to gigabytes of XML (940 KB to 457 MB froze the server for minutes): the archive's central
directory and the sheet's declared dimension are checked before anything is parsed, and the parse itself runs in a
worker thread, bounded in rows, columns and cells, so the event loop keeps serving."""

import asyncio
import io
import re
import threading
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from openpyxl import Workbook, load_workbook
from pydantic import ValidationError
from tortoise.transactions import in_transaction

from core import access, audit, clock, outbox
from core.errors import VALIDATION_MESSAGES, InvalidInput, PayloadTooLarge, UnsupportedMediaType
from enterprises import credit_code, dictionary, qr
from enterprises.events import EnterpriseActivated, ProfileChanged
from enterprises.models import Enterprise, EnterpriseStatus, Region, RegionLevel
from enterprises.schemas import EnterpriseCreate
from core.identity import Principal
from enterprises.service import snapshot

MAX_ROWS = 5000
MAX_BYTES = 5 * 1024 * 1024
# The template has 15 columns; a full sheet of 5000 rows unpacks to about 8 MB.
MAX_COLUMNS = 40
MAX_CELLS = MAX_ROWS * 20
MAX_UNPACKED_BYTES = 24 * 1024 * 1024
MAX_MEMBERS = 200
TEMPLATE_PATH = Path(__file__).parent / "templates" / "enterprise_import_template.xlsx"
LIST_SEPARATOR = "、"


@dataclass(frozen=True)
class Column:
    header: str
    field: str
    required: bool
    example: str
    note: str = ""


COLUMNS = [
    Column("企业名称", "name", True, "金雁机械制造有限公司"),
    Column("统一社会信用代码", "credit_code", True, "91350100M000100Y43", "18 位,含校验位"),
    Column("地址", "address", True, "金雁街道雁南路 8 号"),
    Column("纬度", "lat", True, "37.4638", "GCJ-02"),
    Column("经度", "lng", True, "121.4479", "GCJ-02"),
    Column("所属网格", "region", True, "雁南社区/雁南第一网格", "网格名称,重名时写“社区/网格”"),
    Column("行业", "industry", True, "机械", "行业字典的名称或常用叫法,如 机械制造、涂料制造、餐饮"),
    Column("类别", "category", True, "规上", "规上 / 规下 / 九小场所(也可写 规模以上、规模以下)"),
    Column("从业人数", "employee_count", False, "120"),
    Column("联系人", "contact_name", True, "王经理"),
    Column("联系电话", "contact_phone", True, "13912345678"),
    Column("主要产品", "main_products", False, "齿轮、轴承"),
    Column("生产工艺", "processes", False, "冲压、焊接、喷涂"),
    Column("危险化学品", "hazardous_materials", False, "液压油、油漆", "多项用“、”分隔"),
    Column("特种设备", "special_equipment", False, "叉车、行车", "多项用“、”分隔"),
    Column("有限空间", "confined_space", False, "否", "是 / 否,空白为否"),
    Column("粉尘涉爆", "dust_explosion", False, "否", "是 / 否,空白为否"),
    Column("动火作业", "hot_work", False, "是", "是 / 否,空白为否"),
    Column("使用燃气", "gas_use", False, "否", "是 / 否,空白为否"),
]
_LIST_FIELDS = {"hazardous_materials", "special_equipment"}
_YES_NO_FIELDS = {"confined_space", "dust_explosion", "hot_work", "gas_use"}
_YES_NO = {"是": True, "有": True, "否": False, "无": False}
_NUMBER_FIELDS = {"lat": float, "lng": float, "employee_count": int}


def _number(text: str, kind: type):
    """A number typed into a cell, or the text itself so that validation names the cell."""
    try:
        return kind(text)
    except ValueError:
        return text


@dataclass
class RowError:
    row: int
    field: str
    message: str


@dataclass
class ImportResult:
    created: int = 0
    updated: int = 0
    errors: list[RowError] = field(default_factory=list)


def write_template(path: Path = TEMPLATE_PATH) -> None:
    """The template we ship: the header row to fill in, and a sheet that explains each column with an example."""
    book = Workbook()
    sheet = book.active
    sheet.title = "企业"
    sheet.append([c.header + ("*" if c.required else "") for c in COLUMNS])
    notes = book.create_sheet("说明")
    notes.append(["列", "必填", "示例", "说明"])
    for c in COLUMNS:
        notes.append([c.header, "是" if c.required else "否", c.example, c.note])
    book.save(path)


def _not_xlsx() -> UnsupportedMediaType:
    return UnsupportedMediaType("无法读取该 Excel 文件,请使用导入模板", code="IMPORT_NOT_XLSX")


def _too_many_rows(rows: int) -> PayloadTooLarge:
    return PayloadTooLarge(f"一次最多导入 {MAX_ROWS} 行,该表有 {rows} 行", code="IMPORT_TOO_MANY_ROWS",
                           detail={"rows": rows, "max_rows": MAX_ROWS})


def _too_many_columns(columns: int) -> InvalidInput:
    return InvalidInput(f"表格最多 {MAX_COLUMNS} 列,该表有 {columns} 列,请使用导入模板",
                        code="IMPORT_TOO_MANY_COLUMNS", detail={"columns": columns, "max_columns": MAX_COLUMNS})


# The sheet's declared extent, e.g. <dimension ref="A1:O5001"/>, near the start of its XML.
_DIMENSION = re.compile(rb'<(?:\w+:)?dimension[^>]*\bref="[A-Z]+[0-9]+:([A-Z]+)([0-9]+)"')


def _column_number(letters: bytes) -> int:
    number = 0
    for letter in letters:
        number = number * 26 + letter - ord("A") + 1
    return number


def _check_archive(archive: zipfile.ZipFile) -> None:
    """Refuse from the central directory and the sheets' first bytes alone: sizes as unpacked, the declared rows and
    columns. zipfile never inflates a member past the size the directory states, so the directory cannot lie."""
    members = archive.infolist()
    unpacked = sum(member.file_size for member in members)
    if len(members) > MAX_MEMBERS:
        raise _not_xlsx()
    if unpacked > MAX_UNPACKED_BYTES:
        raise PayloadTooLarge(f"该 Excel 文件解压后有 {unpacked // 1024 // 1024} MB,超过 "
                              f"{MAX_UNPACKED_BYTES // 1024 // 1024} MB 上限,请删除多余的内容或分批导入",
                              code="IMPORT_UNPACKED_TOO_LARGE",
                              detail={"unpacked_bytes": unpacked, "max_unpacked_bytes": MAX_UNPACKED_BYTES})
    for member in members:
        if member.filename.startswith("xl/worksheets/") and member.filename.endswith(".xml"):
            with archive.open(member) as sheet:
                found = _DIMENSION.search(sheet.read(4096))
            if found and _column_number(found.group(1)) > MAX_COLUMNS:
                raise _too_many_columns(_column_number(found.group(1)))
            if found and int(found.group(2)) - 1 > MAX_ROWS:
                raise _too_many_rows(int(found.group(2)) - 1)


def _open_sheet(data: bytes):
    if len(data) > MAX_BYTES:
        raise PayloadTooLarge(f"导入文件不能超过 {MAX_BYTES // 1024 // 1024} MB", code="IMPORT_TOO_LARGE")
    if not zipfile.is_zipfile(io.BytesIO(data)):
        raise UnsupportedMediaType("请上传 .xlsx 格式的 Excel 文件", code="IMPORT_NOT_XLSX")
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile as exc:
        raise _not_xlsx() from exc
    _check_archive(archive)
    try:
        return load_workbook(io.BytesIO(data), read_only=True, data_only=True).worksheets[0]
    except Exception as exc:  # openpyxl raises many types for a broken workbook
        raise _not_xlsx() from exc


def _column_positions(header_row: tuple) -> dict[str, int]:
    found = {str(cell).strip().rstrip("*"): index for index, cell in enumerate(header_row) if cell is not None}
    missing = [c.header for c in COLUMNS if c.required and c.header not in found]
    if missing:
        raise InvalidInput("缺少必需的列: " + "、".join(missing), code="IMPORT_COLUMNS_MISSING",
                           detail=[{"field": header, "message": "缺少该列"} for header in missing])
    return {c.field: found[c.header] for c in COLUMNS if c.header in found}


def _cell_text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).strip()


def _row_values(row: tuple, positions: dict[str, int]) -> dict:
    values = {}
    for name, index in positions.items():
        text = _cell_text(row[index] if index < len(row) else None)
        if name in _LIST_FIELDS:
            values[name] = [part.strip() for part in text.split(LIST_SEPARATOR) if part.strip()]
        elif name in _NUMBER_FIELDS:
            if text:
                values[name] = _number(text, _NUMBER_FIELDS[name])
        elif name in _YES_NO_FIELDS:
            if text:  # anything but 是/否 stays text, so that validation names the cell
                values[name] = _YES_NO.get(text, text)
        else:
            values[name] = text
    return values


class _GridIndex:
    """Grids in the importer's scope by name and by "社区/网格"."""

    def __init__(self, grids: list[Region], parents: dict[int, str]):
        self.by_name: dict[str, list[Region]] = {}
        for grid in grids:
            self.by_name.setdefault(grid.name, []).append(grid)
            self.by_name.setdefault(f"{parents.get(grid.parent_id, '')}/{grid.name}", []).append(grid)

    def resolve(self, text: str) -> Region | str:
        matches = self.by_name.get(text.replace(" ", ""), [])
        if len(matches) == 1:
            return matches[0]
        return "网格名称重复,请写成“社区/网格”" if matches else "辖区内没有该网格"


async def _grid_index(principal: Principal) -> _GridIndex:
    grids = await Region.filter(level=RegionLevel.GRID, **access.scope(principal, path_field="path"))
    parents = dict(await Region.filter(id__in={g.parent_id for g in grids}).values_list("id", "name"))
    return _GridIndex(grids, parents)


def _dictionary_names(number: int, values: dict, errors: list[RowError]) -> dict:
    """Industry and category as the dictionary's names; an unknown word is the cell's error (an empty cell is
    left to the schema's 必填)."""
    names = {}
    for kind, header in ((dictionary.Kind.INDUSTRY, "行业"), (dictionary.Kind.CATEGORY, "类别")):
        if not (text := values.get(kind.value, "")):
            continue
        if (entry := dictionary.resolve(kind, text)) is None:
            errors.append(RowError(number, header, f"“{text}”不在{header}字典中,请选择:"
                                                   + "、".join(dictionary.choices(kind))))
        else:
            names[kind.value] = entry.name
    return names


def _validate_row(number: int, values: dict, grids: _GridIndex) -> tuple[dict | None, list[RowError]]:
    errors = []
    region = grids.resolve(values.pop("region", ""))
    if isinstance(region, str):
        errors.append(RowError(number, "所属网格", region))
    code = credit_code.normalise(values.get("credit_code", ""))
    if code and (problem := credit_code.problem(code)):
        errors.append(RowError(number, "统一社会信用代码", problem))
    names = _dictionary_names(number, values, errors)
    try:
        data = EnterpriseCreate(**values, region_id=region.id if isinstance(region, Region) else 0)
    except ValidationError as exc:
        headers = {c.field: c.header for c in COLUMNS}
        errors += [RowError(number, headers.get(str(err["loc"][0]), str(err["loc"][0])),
                            _VALIDATION_REASONS.get(err["type"], "格式不正确"))
                   for err in exc.errors() if err["loc"][0] != "region_id"]  # the grid is reported above
        return None, errors
    return ({**data.model_dump(), **names, "credit_code": code} if not errors else None), errors


# A cell's wording: an empty cell is "必填", a number out of range is "超出范围".
_VALIDATION_REASONS = {**VALIDATION_MESSAGES, "string_too_short": "必填", "greater_than_equal": "超出范围",
                       "less_than_equal": "超出范围", "string_too_long": "过长", "bool_type": "请填写“是”或“否”"}


class _Abandoned(Exception):
    """The request that asked for the parse was cancelled (its deadline, a server stop): stop parsing."""


async def import_enterprises(principal: Principal, data: bytes, progress=None, *,
                             dry_run: bool = False) -> ImportResult:
    """Admins import the enterprises of their grids; re-importing a credit code updates that enterprise,
    unless it is registered in another jurisdiction. A dry run makes the same checks and counts and writes nothing
    (the console's preview of every bad row before the import)."""
    grids = await _grid_index(principal)
    abandoned = threading.Event()
    try:
        result, valid = await asyncio.to_thread(_read_and_check, data, grids, abandoned)
    except asyncio.CancelledError:
        abandoned.set()  # the thread cannot be cancelled; it stops at its next row
        raise
    if dry_run:
        await _count_rows(principal, valid, result)
    else:
        await _write_rows(principal, valid, result, progress)
    result.errors.sort(key=lambda e: e.row)
    return result


def _read_and_check(data: bytes, grids: "_GridIndex",
                    abandoned: threading.Event) -> tuple[ImportResult, dict[str, tuple[int, dict]]]:
    """In a worker thread: parse the sheet and validate its rows, within the bounds."""
    rows = _open_sheet(data).iter_rows(values_only=True)
    positions = _column_positions(next(rows, ()) or ())
    result, valid, cells = ImportResult(), {}, 0
    for number, row in enumerate(rows, start=2):
        if abandoned.is_set():
            raise _Abandoned()
        if number - 1 > MAX_ROWS:
            raise _too_many_rows(number - 1)
        if len(row) > MAX_COLUMNS:
            raise _too_many_columns(len(row))
        if (cells := cells + len(row)) > MAX_CELLS:
            raise PayloadTooLarge(f"表格单元格超过 {MAX_CELLS} 个,请分批导入", code="IMPORT_TOO_MANY_CELLS",
                                  detail={"max_cells": MAX_CELLS})
        if all(_cell_text(cell) == "" for cell in row):
            continue
        values, errors = _validate_row(number, _row_values(row, positions), grids)
        if values and values["credit_code"] in valid:
            errors.append(RowError(number, "统一社会信用代码", "与前面的行重复"))
        if errors:
            result.errors += errors
        else:
            valid[values["credit_code"]] = (number, values)
    return result, valid


async def _count_rows(principal: Principal, valid: dict[str, tuple[int, dict]], result: ImportResult) -> None:
    """What _write_rows would do, without doing it."""
    existing = {e.credit_code: e for e in await Enterprise.filter(held_credit_code__in=list(valid))
                .select_related("region")}
    for code, (number, _values) in valid.items():
        current = existing.get(code)
        if current is None:
            result.created += 1
        elif access.in_region(principal, current.region.path):
            result.updated += 1
        else:
            result.errors.append(RowError(number, "统一社会信用代码", "该企业已由其他辖区登记"))


async def _write_rows(principal: Principal, valid: dict[str, tuple[int, dict]], result: ImportResult,
                      progress) -> None:
    existing = {e.credit_code: e for e in await Enterprise.filter(held_credit_code__in=list(valid))
                .select_related("region")}
    async with in_transaction():
        for code, (number, values) in valid.items():
            current = existing.get(code)
            if current is None:
                made = await Enterprise.create(**values, status=EnterpriseStatus.ACTIVE, qr_token=qr.new_qr_token(),
                                               qr_issued_at=clock.now(), registered_by_id=principal.actor.user_id)
                await audit.record(principal.actor, "enterprise.imported", "enterprise", made.id, after=snapshot(made))
                await outbox.record(EnterpriseActivated(made.id, "import"))
                result.created += 1
            elif access.in_region(principal, current.region.path):
                before = snapshot(current)
                current.update_from_dict({**values, "version": current.version + 1})
                await current.save()
                await audit.record(principal.actor, "enterprise.imported", "enterprise", current.id, before=before,
                                   after=snapshot(current))
                if current.status == EnterpriseStatus.ACTIVE:
                    await outbox.record(ProfileChanged(current.id, "enterprise", current.id))
                result.updated += 1
            else:
                result.errors.append(RowError(number, "统一社会信用代码", "该企业已由其他辖区登记"))
            if progress:
                progress(1)
