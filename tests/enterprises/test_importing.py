"""Batch import through the API with real .xlsx files written by openpyxl."""

import asyncio
import io
import re
import time
import zipfile

from openpyxl import Workbook, load_workbook

from core.models import AuditEntry
from enterprises import accounts, importing
from enterprises.credit_code import complete
from enterprises.models import Enterprise
from core.identity import Role
from tests import builders

HEADERS = [c.header for c in importing.COLUMNS]


def xlsx(rows: list[list], headers: list[str] = HEADERS) -> bytes:
    book = Workbook()
    book.active.append(headers)
    for row in rows:
        book.active.append(row)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def row(code: str, **overrides) -> list:
    values = {"name": "导入企业", "credit_code": code, "address": "雁南路1号", "lat": 37.46, "lng": 121.44,
              "region": "北一网格", "industry": "机械", "category": "规下", "employee_count": 30,
              "contact_name": "孙", "contact_phone": "13700000000", "main_products": "", "processes": "",
              "hazardous_materials": "液压油、油漆", "special_equipment": "", "confined_space": "",
              "dust_explosion": "", "hot_work": "", "gas_use": ""}
    values.update(overrides)
    return [values[c.field] for c in importing.COLUMNS]


async def _upload(client, admin, data: bytes, name: str = "企业.xlsx"):
    return await client.post("/api/v1/enterprises/import", headers=builders.auth(admin),
                             files={"file": (name, data, "application/octet-stream")})


async def test_valid_rows_are_created_and_bad_rows_reported(client):
    tree = await builders.region_tree()
    admin = await builders.user(Role.ADMIN, tree["street"])
    good, also_good = complete("91370602MA1000001"), complete("91370602MA1000002")
    data = xlsx([row(good), row(good[:-1] + ("0" if good[-1] != "0" else "1")), row(also_good, region="不存在网格"),
                 row(complete("91370602MA1000003"), lat="北纬", contact_phone="123"), [None] * len(HEADERS),
                 row(also_good, name="第二家", region="北社区/北一网格")])
    answer = await _upload(client, admin, data)
    assert answer.status_code == 200
    body = answer.json()
    assert (body["created"], body["updated"]) == (2, 0)
    assert body["errors"] == [
        {"row": 3, "field": "统一社会信用代码", "message": "统一社会信用代码校验位不正确"},
        {"row": 4, "field": "所属网格", "message": "辖区内没有该网格"},
        {"row": 5, "field": "纬度", "message": "应为数字"},
        {"row": 5, "field": "联系电话", "message": "格式不正确"},
    ]
    made = await Enterprise.get(credit_code=good)
    assert made.hazardous_materials == ["液压油", "油漆"] and made.region_id == tree["north_grid"].id
    assert await AuditEntry.filter(action="enterprise.imported").count() == 2


async def test_a_dry_run_reports_the_same_counts_and_errors_and_writes_nothing(client):
    tree = await builders.region_tree()
    theirs = await builders.enterprise(tree["south_grid"], name="南方企业")
    admin = await builders.user(Role.ADMIN, tree["north"])
    known = complete("91370602MA1000009")
    await _upload(client, admin, xlsx([row(known)]))
    sheet = xlsx([row(known, employee_count=80), row(complete("91370602MA1000001")), row(theirs.credit_code),
                  row(complete("91370602MA1000003"), lat="北纬")])
    enterprises, audits = await Enterprise.all().count(), await AuditEntry.all().count()
    preview = await client.post("/api/v1/enterprises/import?dry_run=true", headers=builders.auth(admin),
                                files={"file": ("企业.xlsx", sheet, "application/octet-stream")})
    assert preview.status_code == 200
    assert (preview.json()["created"], preview.json()["updated"]) == (1, 1)
    assert preview.json()["errors"] == [{"row": 4, "field": "统一社会信用代码", "message": "该企业已由其他辖区登记"},
                                        {"row": 5, "field": "纬度", "message": "应为数字"}]
    assert (await Enterprise.all().count(), await AuditEntry.all().count()) == (enterprises, audits)
    assert (await Enterprise.get(credit_code=known)).employee_count == 30
    done = (await _upload(client, admin, sheet)).json()
    assert {k: done[k] for k in ("created", "updated", "errors")} == preview.json()


async def test_reimport_updates_by_credit_code(client):
    tree = await builders.region_tree()
    admin = await builders.user(Role.ADMIN, tree["street"])
    code = complete("91370602MA1000001")
    await _upload(client, admin, xlsx([row(code)]))
    answer = await _upload(client, admin, xlsx([row(code, employee_count=55)]))
    assert (answer.json()["created"], answer.json()["updated"]) == (0, 1)
    assert (await Enterprise.get(credit_code=code)).employee_count == 55


async def test_an_enterprise_of_another_jurisdiction_is_not_overwritten(client):
    tree = await builders.region_tree()
    theirs = await builders.enterprise(tree["south_grid"], name="南方企业")
    north_admin = await builders.user(Role.ADMIN, tree["north"])
    answer = await _upload(client, north_admin, xlsx([row(theirs.credit_code)]))
    assert answer.json()["errors"] == [{"row": 2, "field": "统一社会信用代码", "message": "该企业已由其他辖区登记"}]
    assert (await Enterprise.get(id=theirs.id)).name == "南方企业"


async def test_a_file_that_is_not_a_spreadsheet_is_415(client):
    tree = await builders.region_tree()
    admin = await builders.user(Role.ADMIN, tree["street"])
    answer = await _upload(client, admin, b"name,credit_code\n", name="企业.xlsx")
    assert answer.status_code == 415 and answer.json()["code"] == "IMPORT_NOT_XLSX"


async def test_missing_columns_are_422_and_nothing_written(client):
    tree = await builders.region_tree()
    admin = await builders.user(Role.ADMIN, tree["street"])
    answer = await _upload(client, admin, xlsx([["甲", "乙"]], headers=["企业名称", "地址"]))
    assert answer.status_code == 422 and answer.json()["code"] == "IMPORT_COLUMNS_MISSING"
    assert "统一社会信用代码" in answer.json()["message"]
    assert await Enterprise.all().count() == 0


async def test_only_admins_import(client):
    tree = await builders.region_tree()
    inspector = await builders.user(Role.INSPECTOR, tree["street"])
    assert (await _upload(client, inspector, xlsx([]))).status_code == 403


async def test_the_shipped_template_has_the_documented_headers(client):
    sheet = load_workbook(importing.TEMPLATE_PATH).worksheets[0]
    assert [cell.value.rstrip("*") for cell in next(sheet.iter_rows(max_row=1))] == HEADERS
    tree = await builders.region_tree()
    admin = await builders.user(Role.ADMIN, tree["street"])
    download = await client.get("/api/v1/enterprises/import/template.xlsx", headers=builders.auth(admin))
    assert download.status_code == 200 and download.content == importing.TEMPLATE_PATH.read_bytes()
    empty = await _upload(client, admin, download.content)
    assert empty.json() == {"created": 0, "updated": 0, "errors": []}


async def test_a_cell_with_control_characters_is_a_row_error(client):
    """An .xlsx cannot carry a C0 control to openpyxl (XML refuses it, and the OOXML escape `_x0008_` is read as
    the text it is), but the row check refuses one as every body does, should another reader decode it."""
    tree = await builders.region_tree()
    admin = await builders.user(Role.ADMIN, tree["street"])
    grids = await importing._grid_index(await accounts.principal_for_user(admin))
    values = importing._row_values(tuple(row(complete("91370602MA1000001"), name="RT测试\b公司",
                                             contact_name="王\u0001")), {c.field: i for i, c in enumerate(importing.COLUMNS)})
    valid, errors = importing._validate_row(2, values, grids)
    assert valid is None
    assert [(e.field, e.message) for e in errors] == [("企业名称", "含有不可见的控制字符"), ("联系人", "含有不可见的控制字符")]


def with_sheet_xml(data: bytes, make_xml) -> bytes:
    """The workbook with its first sheet's XML replaced by make_xml(old XML)."""
    source, out = zipfile.ZipFile(io.BytesIO(data)), io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            content = source.read(item)
            target.writestr(item.filename, make_xml(content) if item.filename == "xl/worksheets/sheet1.xml"
                            else content)
    return out.getvalue()


def _bomb(xml: bytes) -> bytes:
    """60 MB of rows (no dimension declared) that deflate to well under the 5 MB upload limit."""
    head, rest = xml.split(b"<sheetData>", 1)
    tail = rest.split(b"</sheetData>", 1)[1]
    filler = b'<row><c t="inlineStr"><is><t>' + b"x" * 200 + b"</t></is></c></row>"
    rows = filler * (60 * 1024 * 1024 // len(filler))
    return re.sub(rb"<dimension[^>]*/>", b"", head) + b"<sheetData>" + rows + b"</sheetData>" + tail


async def _refused_quickly(client, admin, data: bytes):
    started = time.perf_counter()
    answer = await _upload(client, admin, data)
    return answer, time.perf_counter() - started


async def test_a_small_file_that_unpacks_to_a_huge_sheet_is_refused_before_parsing(client):
    tree = await builders.region_tree()
    admin = await builders.user(Role.ADMIN, tree["street"])
    data = with_sheet_xml(xlsx([row(complete("91370602MA1000001"))]), _bomb)
    assert len(data) < importing.MAX_BYTES
    answer, seconds = await _refused_quickly(client, admin, data)
    assert (answer.status_code, answer.json()["code"]) == (413, "IMPORT_UNPACKED_TOO_LARGE"), answer.text
    assert "解压后" in answer.json()["message"] and seconds < 2
    assert await Enterprise.all().count() == 0


async def test_a_declared_extent_past_the_bounds_is_refused_before_parsing(client):
    tree = await builders.region_tree()
    admin = await builders.user(Role.ADMIN, tree["street"])
    data = xlsx([row(complete("91370602MA1000001"))])
    rows = with_sheet_xml(data, lambda xml: re.sub(rb'<dimension ref="[^"]*"', b'<dimension ref="A1:O100001"', xml))
    answer, seconds = await _refused_quickly(client, admin, rows)
    assert (answer.status_code, answer.json()["code"]) == (413, "IMPORT_TOO_MANY_ROWS") and seconds < 2
    assert answer.json()["detail"] == {"rows": 100000, "max_rows": importing.MAX_ROWS}
    columns = with_sheet_xml(data, lambda xml: re.sub(rb'<dimension ref="[^"]*"', b'<dimension ref="A1:XFD2"', xml))
    answer, seconds = await _refused_quickly(client, admin, columns)
    assert (answer.status_code, answer.json()["code"]) == (422, "IMPORT_TOO_MANY_COLUMNS") and seconds < 2
    assert "最多 40 列" in answer.json()["message"]
    assert await Enterprise.all().count() == 0


async def test_healthz_answers_while_a_large_import_parses(client):
    tree = await builders.region_tree()
    admin = await builders.user(Role.ADMIN, tree["street"])
    # The most rows an import takes, each refused by its grid: all parsing and checking, no writing.
    data = xlsx([row(complete(f"9137060{n:010d}"), region="不存在网格") for n in range(importing.MAX_ROWS)])
    importing_task = asyncio.create_task(_upload(client, admin, data))
    started, latencies = time.perf_counter(), []
    while not importing_task.done():
        asked = time.perf_counter()
        assert (await client.get("/healthz")).status_code == 200
        latencies.append(time.perf_counter() - asked)
        await asyncio.sleep(0.05)
    took = time.perf_counter() - started
    answer = importing_task.result()
    assert answer.status_code == 200 and len(answer.json()["errors"]) == importing.MAX_ROWS
    # Parsed on the event loop, the first /healthz waited for the whole parse; in a thread it answers throughout.
    # Measured against the import's own length, not a fixed second: on a quiet machine the parse takes 0.6 s.
    assert len(latencies) > 5 and max(latencies) < min(0.5, took / 3), (took, latencies)
