"""The management console (console/, docs/decisions/060): its build served at /admin/ under a strict CSP, and the app
used as a 安监办 clerk uses it, in Debian's Chromium at 1440×900 against the real server (`jinyan serve`): log in,
filter the enterprises table, approve one registration and reject another with a reason, publish a notice to 化工
and see it land and be read, import a sheet with two bad rows (checked first, nothing written), fix it and import
it; a community admin sees only their community.

The build comes from `make test` (or `make run`) when Node is present; without it these tests skip, and fail with
JINYAN_REQUIRE_CONSOLE=1 (.ci/run). Screenshots go to CONSOLE_SCREENSHOTS (docs/screenshots for the README) or to the
test's temporary directory."""

import os
import re
from datetime import date, timedelta
from pathlib import Path

import httpx
import pypdfium2 as pdfium
import pytest
from openpyxl import Workbook
from pwdlib.hashers.argon2 import Argon2Hasher

from api.routes import console
from core import clock
from core.identity import Role
from enterprises import importing
from enterprises.credit_code import complete
from enterprises.models import Enterprise, EnterpriseStatus, SafetyDocument
from notify.models import Notice, NoticeRecipient
from scoring.models import RiskFact
from tests import builders
from tests.page_parts import PageParts
from tests.qr_decoder import decode_qr
from tests.api.test_command_page import CHROMIUM, CHROMIUM_ARGS, _require_chromium, served  # noqa: F401 (fixture)

ROOT = Path(__file__).resolve().parents[2]
SCREEN = {"width": 1440, "height": 900}
PASSWORD = "console-clerk-password"


def _require_build() -> None:
    if console.built_files(console.DIST_DIR):
        return
    reason = "console/dist is missing: `make test` builds it when Node is present"
    if os.environ.get("JINYAN_REQUIRE_CONSOLE") == "1":
        pytest.fail(reason + " and JINYAN_REQUIRE_CONSOLE=1")
    pytest.skip(reason)


class TestTheBuild:
    @pytest.fixture(autouse=True)
    def _built(self):
        _require_build()

    async def test_the_page_loads_only_its_own_hashed_files_under_a_strict_policy(self, client):
        answer = await client.get("/admin/")
        assert answer.status_code == 200 and 'lang="zh-CN"' in answer.text
        policy = dict(part.strip().split(" ", 1) for part in answer.headers["content-security-policy"].split(";"))
        assert policy["default-src"] == "'none'" and policy["script-src"] == "'self'"
        assert policy["style-src"] == "'self'" and policy["frame-ancestors"] == "'none'"
        assert "unsafe" not in answer.headers["content-security-policy"]
        parts = PageParts()
        parts.feed(answer.text)
        assert parts.inline == [] and parts.sources
        total_gzip = 0
        for source in parts.sources:
            assert source.startswith("./assets/"), source
            asset = await client.get("/admin/" + source.removeprefix("./"), headers={"Accept-Encoding": "gzip"})
            assert asset.status_code == 200 and asset.headers["cache-control"].endswith("immutable")
            assert "eval(" not in asset.text and "new Function(" not in asset.text, source
            total_gzip += int(asset.headers.get("content-length", len(asset.content)))
        # The budget for the first load: under 1 MB gzipped (the hashed files as served).
        assert total_gzip < 1_000_000, total_gzip

    async def test_only_the_built_files_are_served(self, client):
        for name in ("index.html", "../pyproject.toml", "assets/../../pyproject.toml", "nothing.js"):
            assert (await client.get("/admin/" + name)).status_code == 404, name
        assert "/admin/" not in (await client.get("/openapi.json")).json()["paths"]


def test_without_a_build_there_is_nothing_to_serve(tmp_path):
    assert console.built_files(tmp_path) == {}


# -- the console in a real browser against the real server --

async def _street():
    tree = await builders.region_tree()
    cheap = Argon2Hasher(time_cost=1, memory_cost=1024, parallelism=1).hash(PASSWORD)
    clerk = await builders.user(Role.ADMIN, tree["district"], name="街道安监办管理员", username="admin",
                                password_hash=cheap)
    north_admin = await builders.user(Role.ADMIN, tree["north"], name="北社区管理员", username="north-admin",
                                      password_hash=cheap)
    inspector = await builders.user(Role.INSPECTOR, tree["north"])
    firms = {
        "chem_north": await builders.enterprise(tree["north_grid"], name="北方化工有限公司", industry="化工",
                                                category="规上", risk_color="red", risk_score=52.0),
        "chem_south": await builders.enterprise(tree["south_grid"], name="南方化工有限公司", industry="化工",
                                                risk_color="yellow", risk_score=78.0),
        "food": await builders.enterprise(tree["north_grid"], name="北方食品厂", industry="食品",
                                          risk_color="green", risk_score=95.0),
        "machine": await builders.enterprise(tree["south_grid"], name="南方机械厂", industry="机械",
                                             risk_color="green", risk_score=91.0),
    }
    await builders.hazard(firms["chem_north"], inspector, deadline_date=clock.now().date() - timedelta(days=5))
    pending = {
        "new": await builders.enterprise(tree["north_grid"], name="新申请涂料有限公司", industry="化工",
                                         status=EnterpriseStatus.PENDING),
        "copy": await builders.enterprise(tree["south_grid"], name="冒名机械厂", industry="机械",
                                          status=EnterpriseStatus.PENDING,
                                          credit_code=firms["machine"].credit_code),
    }
    readers = {key: await builders.user(Role.ENTERPRISE, enterprise=firms[key]) for key in ("chem_north", "chem_south")}
    return tree, clerk, north_admin, firms, pending, readers


def _import_row(code: str, name: str, region: str = "北一网格") -> list:
    values = {"name": name, "credit_code": code, "address": "雁南路1号", "lat": 37.46, "lng": 121.44,
              "region": region, "industry": "机械", "category": "规下", "employee_count": 30,
              "contact_name": "孙", "contact_phone": "13700000000"}
    return [values.get(column.field, "") for column in importing.COLUMNS]


def _sheet(path: Path, rows: list[list]) -> None:
    book = Workbook()
    book.active.append([column.header for column in importing.COLUMNS])
    for row in rows:
        book.active.append(row)
    book.save(path)


def _rows(page, table: str):
    return page.locator(f".{table} .el-table__body-wrapper tr.el-table__row")


async def _choose(page, opener: str, option: str) -> None:
    await page.locator(opener).first.click()
    await page.locator(".el-select-dropdown:visible .el-select-dropdown__item").filter(
        has_text=re.compile(f"^{option}$")).first.click()


async def _log_in(page, served: str, username: str) -> None:
    await page.goto(served + "/admin/")
    await page.fill("input[name=username]", username)
    await page.fill("input[name=password]", PASSWORD)
    async with page.expect_response(lambda r: "/api/v1/enterprises?" in r.url and r.status == 200):
        await page.click("button[type=submit]")
    await page.wait_for_selector(".enterprises tr.el-table__row")


async def test_the_clerk_filters_approves_and_notifies(served, tmp_path):  # noqa: F811 (the served fixture)
    _require_build()
    _require_chromium()
    from playwright.async_api import async_playwright, expect

    tree, clerk, north_admin, firms, pending, readers = await _street()
    shots = Path(os.environ.get("CONSOLE_SCREENSHOTS") or tmp_path)
    problems: list[str] = []
    async with async_playwright() as driver, httpx.AsyncClient(base_url=served) as http:
        browser = await driver.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        page = await browser.new_page(viewport=SCREEN, locale="zh-CN")
        # A CSP refusal, a failed request or a script error shows up here: the console must cause none.
        page.on("console", lambda message: message.type == "error" and problems.append(message.text))
        page.on("pageerror", lambda error: problems.append(str(error)))

        await page.goto(served + "/admin/")
        await page.wait_for_selector(".login-card")
        await page.screenshot(path=str(shots / "console-login.png"))
        await page.fill("input[name=username]", "admin")
        await page.fill("input[name=password]", "wrong-password")
        await page.click("button[type=submit]")
        await page.wait_for_selector(".login-error")
        assert "用户名或密码错误" in await page.locator(".login-error").inner_text()
        problems.clear()  # the browser logs the refused login's 401 as a failed resource
        await _log_in(page, served, "admin")
        await expect(_rows(page, "enterprises")).to_have_count(6)  # four active, two pending
        await page.screenshot(path=str(shots / "console-enterprises.png"))

        # Filters: industry, then overdue hazards on top, then a region; each is one request to the server.
        async with page.expect_response(lambda r: "industry=" in r.url):
            await _choose(page, ".f-industry", "化工")
        await expect(_rows(page, "enterprises")).to_have_count(3)
        async with page.expect_response(lambda r: "overdue=true" in r.url):
            await _choose(page, ".f-overdue", "有逾期隐患")
        await expect(page.locator(".enterprises tr.el-table__row td:first-child")).to_have_text(["北方化工有限公司"])
        await page.click("button:has-text('重置')")
        async with page.expect_response(lambda r: "color=green" in r.url):
            await _choose(page, ".f-color", "绿码")
        await expect(page.locator(".enterprises tr.el-table__row td:first-child")).to_have_text(
            ["北方食品厂", "南方机械厂"])

        # The registration queue: the copy shows its conflict; approve the new one, reject the copy with a reason.
        await page.click(".el-menu-item:has-text('注册审核')")
        await page.wait_for_selector(".registrations tr.el-table__row")
        await expect(_rows(page, "registrations")).to_have_count(2)
        copy_row = _rows(page, "registrations").filter(has_text="冒名机械厂")
        assert "与「南方机械厂」(正常)代码相同" in await copy_row.inner_text()
        # The holder of the code is one click away: its enterprise page.
        assert await copy_row.locator("a.conflict").get_attribute("href") == f"#/enterprises/{firms['machine'].id}"
        await page.screenshot(path=str(shots / "console-registrations.png"))
        await _rows(page, "registrations").filter(has_text="新申请涂料有限公司").locator("button:has-text('通过')").click()
        async with page.expect_response(lambda r: r.url.endswith(f"/enterprises/{pending['new'].id}/approve")) as a:
            await page.locator(".el-message-box__btns button:has-text('通过')").click()
        assert (await a.value).status == 200
        await copy_row.locator("button:has-text('驳回')").click()
        await page.locator(".el-dialog:visible button:has-text('确认驳回')").click()
        await page.wait_for_selector(".el-dialog:visible .conflict:has-text('请填写驳回原因')")
        await page.locator(".el-dialog:visible textarea").fill("信用代码已由南方机械厂登记,请核实后重新申请")
        async with page.expect_response(lambda r: r.url.endswith(f"/enterprises/{pending['copy'].id}/reject")) as r:
            await page.locator(".el-dialog:visible button:has-text('确认驳回')").click()
        assert (await r.value).status == 200
        await page.wait_for_selector(".registrations .el-table__empty-text")
        approved = await Enterprise.get(id=pending["new"].id)
        rejected = await Enterprise.get(id=pending["copy"].id)
        assert approved.status == EnterpriseStatus.ACTIVE
        assert (rejected.status, rejected.review_note) == (EnterpriseStatus.REJECTED,
                                                           "信用代码已由南方机械厂登记,请核实后重新申请")

        # A notice to 化工: the count before publishing (the two active ones and the one just approved).
        await page.click(".el-menu-item:has-text('通知公告')")
        await page.fill(".notice-form input[placeholder^='如']", "关于开展危化品安全专项检查的通知")
        await page.fill(".notice-form textarea", "请各化工企业于本周五前完成危化品仓库自查,并在小程序上报。")
        async with page.expect_response(lambda r: r.url.endswith("/notices/preview") and r.status == 200):
            await _choose(page, ".industries", "化工")
        await page.keyboard.press("Escape")
        await page.wait_for_selector(".recipients strong:has-text('3')")
        await page.screenshot(path=str(shots / "console-notice-compose.png"))
        await page.click(".notice-form button:has-text('发布')")
        async with page.expect_response(lambda r: r.url.endswith("/api/v1/notices") and r.request.method == "POST") as p:
            await page.locator(".el-message-box__btns button:has-text('发布')").click()
        published = await (await p.value).json()
        assert (await p.value).status == 201 and published["recipients"] == 3
        await page.wait_for_selector(".receipts tr.el-table__row")
        await expect(page.locator(".receipts tr.el-table__row")).to_have_count(3)
        notice = await Notice.get(id=published["id"])
        assert notice.target == {"industries": ["化工"]}
        assert sorted(await NoticeRecipient.filter(notice_id=notice.id).values_list("enterprise_id", flat=True)) == \
            sorted([firms["chem_north"].id, firms["chem_south"].id, pending["new"].id])

        # It lands: the enterprise sees it among its notices and reads it; the console shows the receipt.
        reader = builders.auth(readers["chem_north"])
        theirs = (await http.get("/api/v1/notices", headers=reader)).json()
        assert [n["title"] for n in theirs["items"]] == ["关于开展危化品安全专项检查的通知"]
        assert (await http.post(f"/api/v1/notices/{notice.id}/read", headers=reader)).status_code == 200
        await page.keyboard.press("Escape")
        await page.reload()
        await page.wait_for_selector(".notices tr.el-table__row")
        await expect(_rows(page, "notices").first).to_contain_text("1 / 3")
        await _rows(page, "notices").first.click()
        await page.wait_for_selector(".receipts tr.el-table__row:has-text('已读')")
        await expect(page.locator(".receipts tr.el-table__row").first).to_contain_text("北方化工有限公司")
        await page.wait_for_timeout(600)  # the drawer's slide-in
        await page.screenshot(path=str(shots / "console-notice-receipts.png"))

        # The import: a sheet with two bad rows is checked (nothing written), fixed, checked again and imported.
        await page.keyboard.press("Escape")
        await page.click(".el-menu-item:has-text('批量导入')")
        bad, fixed = tmp_path / "企业-有错.xlsx", tmp_path / "企业-已改.xlsx"
        codes = [complete(f"91510681MA{n:07d}") for n in (7001, 7002, 7003)]
        wrong_check_digit = codes[1][:-1] + ("0" if codes[1][-1] != "0" else "1")
        _sheet(bad, [_import_row(codes[0], "雁东五金厂"), _import_row(wrong_check_digit, "雁西化工厂"),
                     _import_row(codes[2], "雁北食品厂", region="不存在网格")])
        _sheet(fixed, [_import_row(codes[0], "雁东五金厂"), _import_row(codes[1], "雁西化工厂"),
                       _import_row(codes[2], "雁北食品厂")])
        before = await Enterprise.all().count()
        await page.set_input_files(".sheet-upload input[type=file]", str(bad))
        async with page.expect_response(lambda r: "dry_run=true" in r.url and r.status == 200):
            await page.click("button.check-sheet")
        await expect(page.locator(".import-errors tr.el-table__row")).to_have_count(2)
        await expect(page.locator(".import-summary")).to_contain_text("将新增 1 家")
        await expect(page.locator(".import-errors tr.el-table__row").first).to_contain_text("校验位")
        await page.screenshot(path=str(shots / "console-import-errors.png"))
        assert await Enterprise.all().count() == before
        await page.set_input_files(".sheet-upload input[type=file]", str(fixed))
        await expect(page.locator(".sheet-name")).to_have_text(fixed.name)
        async with page.expect_response(lambda r: "dry_run=true" in r.url) as second:
            await page.click("button.check-sheet")
        assert (await second.value).status == 200, await (await second.value).text()
        await expect(page.locator(".import-summary")).to_contain_text("将新增 3 家,更新 0 家;没有错误")
        async with page.expect_response(lambda r: r.url.endswith("/enterprises/import") and r.status == 200):
            await page.click("button.run-import")
        await expect(page.locator(".import-result")).to_contain_text("新增 3 家")
        assert await Enterprise.filter(credit_code__in=codes, status=EnterpriseStatus.ACTIVE).count() == 3

        # 专项任务: a campaign to 化工 published through the API shows its progress per target.
        template = await builders.template(await builders.check_items(2), name="危化品专项检查表")
        published = await http.post("/api/v1/campaigns", headers=builders.auth(clerk), json={
            "title": "危化品仓库专项检查", "template_id": template.id, "target": {"industries": ["化工"]},
            "deadline": (clock.now() + timedelta(days=7)).date().isoformat()})
        assert published.status_code == 201, published.text
        await page.click(".el-menu-item:has-text('专项任务')")
        await expect(_rows(page, "campaigns")).to_have_count(1)
        await expect(_rows(page, "campaigns").first).to_contain_text("0 / 3")
        await expect(_rows(page, "campaigns").first).to_contain_text("危化品专项检查表")

        # Accounts: the admin menu; the clerk's own row cannot be deactivated.
        await page.keyboard.press("Escape")
        await page.click(".el-menu-item:has-text('账号管理')")
        await page.wait_for_selector(".users tr.el-table__row")
        await page.screenshot(path=str(shots / "console-users.png"))

        await _the_enterprise_page(page, http, firms["food"], clerk, shots)
        await _posters_of_one_grid(page, tree["north_grid"], shots)

        # A community admin sees only their community.
        other = await browser.new_page(viewport=SCREEN, locale="zh-CN")
        other.on("pageerror", lambda error: problems.append(str(error)))
        await _log_in(other, served, "north-admin")
        await expect(other.locator(".enterprises tr.el-table__row td:first-child")).to_have_text(
            ["北方化工有限公司", "北方食品厂", "新申请涂料有限公司", "雁东五金厂", "雁西化工厂", "雁北食品厂"])
        assert "南方" not in await other.locator(".enterprises").inner_text()
        # Its posters page offers only its own subtree (the server's scoped region list).
        await other.click(".el-menu-item:has-text('海报打印')")
        await other.wait_for_selector(".poster-enterprises tr.el-table__row")
        await other.locator(".posters-page .el-select.f-region").click()
        tree_text = await other.locator(".el-select-dropdown:visible").inner_text()
        assert "北一网格" in tree_text and "南" not in tree_text
        await other.keyboard.press("Escape")
        # Another community's enterprise, even by its address: the server's 404, shown as such.
        await other.goto(f"{served}/admin/#/enterprises/{firms['machine'].id}")
        await expect(other.locator(".el-result")).to_contain_text("企业不存在")
        # Its own: the page opens (and, as an admin in scope, with the reissue button).
        await other.goto(f"{served}/admin/#/enterprises/{firms['chem_north'].id}")
        await expect(other.locator(".ent-head h2")).to_have_text("北方化工有限公司")
        await expect(other.locator("button.reissue")).to_be_visible()
        await browser.close()
    assert problems == []


async def _the_enterprise_page(page, http, firm, clerk, shots: Path) -> None:
    """From the table's 详情: a document refused with a reason, a fact recorded (the colour turns at once, the risk
    tab explains why), the scan log, and the code reissued after a confirmation (the old one then answers 410)."""
    from playwright.async_api import expect

    scanned = await builders.photo(clerk, firm)
    document = await SafetyDocument.create(enterprise_id=firm.id, doc_type="emergency_plan", title="综合应急预案",
                                           upload_ids=[scanned.id], has_file=True)
    old_token = firm.qr_token
    assert (await http.get(f"/api/v1/scan/{old_token}")).status_code == 200  # a passer-by scans the door
    await page.click(".el-menu-item:has-text('企业台账')")
    await page.wait_for_selector(".enterprises tr.el-table__row")
    await _rows(page, "enterprises").filter(has_text=firm.name).locator(".open-enterprise").click()
    await expect(page.locator(".ent-head h2")).to_have_text(firm.name)
    await expect(page.locator(".ent-profile")).to_contain_text(firm.credit_code)

    await page.click(".ent-tabs .el-tabs__item:has-text('安全制度与预案')")
    await _rows(page, "ent-documents").first.locator("button:has-text('不通过')").click()
    await page.click(".el-dialog:visible .dialog-ok")
    await expect(page.locator(".el-dialog:visible .conflict")).to_have_text("请填写不通过的原因")
    await page.locator(".el-dialog:visible .dialog-note textarea").fill("预案未经专家评审,请补充评审意见")
    async with page.expect_response(lambda r: r.url.endswith(f"/documents/{document.id}/verify")) as verified:
        await page.click(".el-dialog:visible .dialog-ok")
    assert (await verified.value).status == 200
    await expect(_rows(page, "ent-documents").first).to_contain_text("未通过")
    refused = await SafetyDocument.get(id=document.id)
    assert (refused.review, refused.review_note) == ("rejected", "预案未经专家评审,请补充评审意见")

    # A veto fact: the form refuses an empty one at its fields, then the colour turns red at once.
    await page.click(".ent-tabs .el-tabs__item:has-text('否决事实')")
    await page.click("button.add-fact")
    await page.click(".el-dialog:visible .dialog-ok")
    await expect(page.locator(".el-dialog:visible .el-form-item__error")).to_have_text(
        ["请选择事实种类", "请选择发生日期", "请填写事由"])
    await _choose(page, ".el-dialog:visible .fact-kind", "生产安全事故")
    await page.locator(".el-dialog:visible .fact-date input").fill(clock.now().date().isoformat())
    await page.keyboard.press("Enter")
    await page.locator(".el-dialog:visible .fact-reason textarea").fill("仓库叉车碰撞,一人轻伤")
    async with page.expect_response(lambda r: r.url.endswith(f"/enterprises/{firm.id}/facts")
                                    and r.request.method == "POST") as recorded:
        await page.click(".el-dialog:visible .dialog-ok")
    assert (await recorded.value).status == 201, await (await recorded.value).text()
    await expect(_rows(page, "ent-facts")).to_have_count(1)
    await expect(page.locator(".ent-head .ent-color")).to_contain_text("红码")
    assert (await RiskFact.get(enterprise_id=firm.id)).reason == "仓库叉车碰撞,一人轻伤"

    await page.click(".ent-tabs .el-tabs__item:has-text('风险码与评分')")
    await expect(page.locator(".vetoes")).to_contain_text("事故")
    await expect(page.locator(".risk-breakdown tr.el-table__row").first).to_be_visible()
    await expect(page.locator(".risk-history tr.el-table__row").first).to_contain_text("红码")
    await page.wait_for_selector(".risk-image")
    await page.screenshot(path=str(shots / "console-enterprise-risk.png"))

    await page.click(".ent-tabs .el-tabs__item:has-text('扫码记录')")
    await expect(_rows(page, "ent-scans")).to_have_count(1)
    await expect(_rows(page, "ent-scans").first).to_contain_text("公众(未登录)")

    await page.click("button.reissue")
    await expect(page.locator(".el-message-box")).to_contain_text("旧码立即作废")
    async with page.expect_response(lambda r: r.url.endswith(f"/enterprises/{firm.id}/code/reissue")) as reissued:
        await page.locator(".el-message-box__btns button:has-text('重新生成')").click()
    assert (await reissued.value).status == 200
    assert (await http.get(f"/api/v1/scan/{old_token}")).status_code == 410
    assert (await Enterprise.get(id=firm.id)).qr_token != old_token


async def _posters_of_one_grid(page, grid, shots: Path) -> None:
    """海报打印: one grid chosen, one PDF downloaded; two A5 posters a page, each QR decoding to the link of one of
    the grid's active enterprises (the reissued code among them)."""
    from playwright.async_api import expect

    await page.click(".el-menu-item:has-text('海报打印')")
    await page.wait_for_selector(".poster-enterprises tr.el-table__row")
    async with page.expect_response(lambda r: f"region_id={grid.id}" in r.url and r.status == 200):
        await page.locator(".posters-page .el-select.f-region").click()
        await page.locator(".el-select-dropdown:visible .el-tree-node__content", has_text=grid.name).click()
    firms = await Enterprise.filter(region_id=grid.id, status=EnterpriseStatus.ACTIVE)
    await expect(_rows(page, "poster-enterprises")).to_have_count(len(firms))
    await expect(page.locator(".poster-count")).to_contain_text(f"全部 {len(firms)} 家")
    await page.screenshot(path=str(shots / "console-posters.png"))
    async with page.expect_download() as downloading:
        await page.click("button.print-posters")
    document = pdfium.PdfDocument(await (await downloading.value).path())
    assert len(document) == (len(firms) + 1) // 2
    decoded = set()
    for sheet in document:
        image = sheet.render(scale=150 / 72).to_pil()
        for half in ((0, 0, image.width // 2, image.height), (image.width // 2, 0, image.width, image.height)):
            if text := decode_qr(image.crop(half)):
                decoded.add(text.rsplit("/q/", 1)[-1])
    assert decoded == {f.qr_token for f in firms}


# -- inspections, hazards and notices against the demo street (docs/decisions/079, 080) --

@pytest.fixture
async def served_demo(seeded_demo_dir, tmp_path):
    """`jinyan serve --demo` on a copy of the session's seeded demo street (SQLite, whatever the pass's database):
    the street is seeded once per session, not per test. Everything is then read and written through HTTP."""
    from tests.conftest import copy_seeded_demo, jinyan_serving

    data = tmp_path / "demo-data"
    copy_seeded_demo(seeded_demo_dir, str(data))
    env = {**os.environ, "DATA_DIR": str(data), "DATABASE_URL": "", "ENV": "dev"}
    async with jinyan_serving(["--demo"], env, tmp_path, ready_within=40) as base:
        yield base


async def test_the_clerk_notifies_chemicals_decides_an_extension_and_verifies_a_fix(served_demo, tmp_path):
    """On the demo street: a notice to 化工 with an attachment reaches as many enterprises as the API counts, and its
    receipts show who read it; the clerk approves an extension (after a refusal without a reason is stopped on the
    page) and verifies the one fix waiting in 待复查; 检查记录 opens a checklist and prints its record; 指挥中心 sees
    the queues without buttons and an inspector sees their community's hazards only."""
    _require_build()
    _require_chromium()
    from playwright.async_api import async_playwright, expect

    from demo.street import DEMO_PASSWORD
    from tests.files import samples

    served = served_demo
    shots = Path(os.environ.get("CONSOLE_SCREENSHOTS") or tmp_path)
    attachment = tmp_path / "危化品自查表.pdf"
    attachment.write_bytes(samples.pdf())
    problems: list[str] = []

    async def log_in(page, username: str, landing: str) -> None:
        await page.goto(served + "/admin/")
        await page.fill("input[name=username]", username)
        await page.fill("input[name=password]", DEMO_PASSWORD)
        await page.click("button[type=submit]")
        await page.wait_for_selector(".enterprises tr.el-table__row")
        await page.goto(served + "/admin/#" + landing)

    async with async_playwright() as driver, httpx.AsyncClient(base_url=served + "/api/v1") as http:
        async def token(username: str) -> dict:
            answer = await http.post("/auth/password", json={"username": username, "password": DEMO_PASSWORD})
            assert answer.status_code == 200, answer.text
            return {"Authorization": f"Bearer {answer.json()['access_token']}"}

        async def api(who: dict, path: str, **params):
            answer = await http.get(path, params=params, headers=who)
            assert answer.status_code == 200, answer.text
            return answer.json()

        admin, inspector = await token("admin"), await token("inspector1")
        chemicals = (await api(admin, "/enterprises", industry="化工", status="active", size=1))["total"]
        assert chemicals > 1
        # A 化工 enterprise of inspector1's community, and its safety manager on the fake WeChat (demo-ent<number>).
        firm = (await api(inspector, "/enterprises", industry="化工", status="active", size=1))["items"][0]
        answer = await http.post("/auth/wechat", json={"code": f"demo-ent{firm['id']}"})
        assert answer.json()["user"]["enterprise_id"] == firm["id"], answer.text
        reader = {"Authorization": f"Bearer {answer.json()['access_token']}"}

        browser = await driver.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        page = await browser.new_page(viewport=SCREEN, locale="zh-CN")
        page.on("console", lambda message: message.type == "error" and problems.append(message.text))
        page.on("pageerror", lambda error: problems.append(str(error)))
        await log_in(page, "admin", "/notices")

        # 通知公告: to 化工, with an attachment; the count is the API's before anything is published.
        await page.fill(".notice-form input[placeholder^='如']", "关于开展危化品仓库安全自查的通知")
        await page.fill(".notice-form textarea", "请各化工企业按附件自查表完成危化品仓库自查。")
        async with page.expect_response(lambda r: r.url.endswith("/api/v1/uploads") and r.status == 201):
            await page.set_input_files(".notice-attachment", str(attachment))
        await expect(page.locator(".attachment-name")).to_contain_text("危化品自查表.pdf")
        async with page.expect_response(lambda r: r.url.endswith("/notices/preview") and r.status == 200):
            await _choose(page, ".industries", "化工")
        await page.keyboard.press("Escape")
        await expect(page.locator(".recipients strong")).to_have_text(str(chemicals))
        await page.click(".notice-form button:has-text('发布')")
        async with page.expect_response(lambda r: r.url.endswith("/api/v1/notices") and r.request.method == "POST") as p:
            await page.locator(".el-message-box__btns button:has-text('发布')").click()
        published = await (await p.value).json()
        assert (await p.value).status == 201 and published["recipients"] == chemicals
        assert published["attachment_upload_id"] and published["target"] == {"industries": ["化工"]}
        await expect(page.locator(".receipts tr.el-table__row")).to_have_count(chemicals)
        # One of them reads it (and its attachment); the console shows who did and who has not.
        assert (await http.post(f"/notices/{published['id']}/read", headers=reader)).status_code == 200
        got = await http.get(f"/uploads/{published['attachment_upload_id']}", headers=reader)
        assert got.content == attachment.read_bytes()
        await page.keyboard.press("Escape")
        await page.reload()
        await _rows(page, "notices").first.click()
        await expect(page.locator(".receipts tr.el-table__row").first).to_contain_text(firm["name"])
        await expect(page.locator(".receipts tr.el-table__row").first).to_contain_text("已读")
        await expect(page.locator(".unread-count")).to_have_text(str(chemicals - 1))
        await page.keyboard.press("Escape")

        # 延期审批: inspector1 finds a hazard, the enterprise asks for ten more days; a refusal needs a reason; the
        # clerk approves.
        started = await http.post("/inspections", headers={**inspector, "Idempotency-Key": f"console-{firm['id']}"},
                                  json={"enterprise_id": firm["id"], "kind": "routine"})
        assert started.status_code == 201, started.text
        item = next(i for i in started.json()["items"] if not i["photo_required"])
        submitted = await http.post(f"/inspections/{started.json()['id']}/submit",
                                    headers={**inspector, "Idempotency-Key": f"console-submit-{firm['id']}"},
                                    json={"answers": [{"item_id": item["id"], "result": "fail",
                                                       "note": "危化品仓库通风设施损坏"}], "rest_passed": True})
        assert submitted.status_code == 200, submitted.text
        found = submitted.json()["hazards"][0]
        later = str(date.fromisoformat(found["deadline"]) + timedelta(days=10))
        asked = await http.post(f"/hazards/{found['id']}/extensions", headers=reader,
                                json={"requested_deadline": later, "reason": "风机需向厂家订购"})
        assert asked.status_code == 201, asked.text
        await page.click(".el-menu-item:has-text('隐患')")
        await page.click(".hazard-tabs .el-tabs__item:has-text('延期审批')")
        row = _rows(page, "extension-queue").filter(has_text=firm["name"])
        await expect(row).to_contain_text("风机需向厂家订购")
        await row.locator("button.refuse-extension").click()
        await page.click(".extension-dialog button.confirm-decision")
        await expect(page.locator(".extension-dialog .el-form-item__error")).to_have_text("请填写不批准的原因")
        await page.click(".extension-dialog button:has-text('取消')")
        await row.locator("button.approve-extension").click()
        async with page.expect_response(lambda r: r.url.endswith("/decide")) as decided:
            await page.click(".extension-dialog button.confirm-decision")
        assert (await decided.value).status == 200, await (await decided.value).text()
        await expect(page.locator(".extension-queue .el-table__empty-text")).to_be_visible()
        after = await api(admin, f"/hazards/{found['id']}")
        assert (after["deadline"], after["extensions"][0]["status"]) == (later, "approved")

        # 待复查: the demo's one fix waiting, with how long it has waited; the clerk accepts it.
        queue = await api(admin, "/dashboard/awaiting-verification")
        assert queue["total"] == 1
        waiting = queue["items"][0]
        await page.click(".hazard-tabs .el-tabs__item:has-text('待复查')")
        row = _rows(page, "verification-queue").first
        await expect(row).to_contain_text(waiting["enterprise_name"])
        shown = await row.locator(".waited").inner_text()
        # The server's Beijing days, as the reminders and the command page count them (hours on the day itself).
        days = waiting["waiting_days"]
        assert shown == f"{days}天" if days else "小时" in shown, shown
        await expect(row.locator(".late-fix")).to_have_count(0 if waiting["submitted_in_time"] else 1)
        await page.locator(".el-message").last.wait_for(state="hidden")  # the approval's toast
        await page.screenshot(path=str(shots / "console-verification-queue.png"))
        await row.locator("button.start-verify").click()
        await page.locator(".verify-dialog .verify-result label:has-text('不合格')").click()
        await page.click(".verify-dialog button.confirm-verify")
        await expect(page.locator(".verify-dialog .el-form-item__error")).to_have_text("请填写驳回原因")
        await page.locator(".verify-dialog .verify-result label:has-text('合格,销号')").click()
        await page.fill(".verify-dialog textarea", "现场复查,整改到位")
        async with page.expect_response(lambda r: r.url.endswith(f"/hazards/{waiting['id']}/verify")) as verified:
            await page.click(".verify-dialog button.confirm-verify")
        assert (await verified.value).status == 200, await (await verified.value).text()
        await expect(page.locator(".verification-queue .el-table__empty-text")).to_be_visible()
        assert (await api(admin, f"/hazards/{waiting['id']}"))["status"] == "closed"

        # The ledger: filters are the server's; the timeline shows the decision.
        await page.click(".hazard-tabs .el-tabs__item:has-text('隐患台账')")
        closed = (await api(admin, "/hazards", status="closed", size=1))["total"]
        async with page.expect_response(lambda r: "status=closed" in r.url):
            await _choose(page, ".f-status", "已销号")
        await expect(page.locator(".pager .el-pagination__total")).to_contain_text(f"共 {closed} 条")
        await page.click("button:has-text('重置')")
        await _rows(page, "hazards").filter(has_text=found["title"][:12]).first.locator("button.open-timeline").click()
        await expect(page.locator(".hazard-timeline")).to_contain_text("批准延期")

        # 检查记录: routine checklists of the street; one opens with its items and prints its record.
        await page.keyboard.press("Escape")
        await page.click(".el-menu-item:has-text('检查记录')")
        routine = await api(admin, "/inspections", kind="routine", status="submitted", size=1)
        async with page.expect_response(lambda r: "kind=routine" in r.url):
            await _choose(page, ".f-kind", "日常检查")
        async with page.expect_response(lambda r: "status=submitted" in r.url):
            await _choose(page, ".f-status", "已提交")
        await expect(page.locator(".pager .el-pagination__total")).to_contain_text(f"共 {routine['total']} 条")
        checklist = await api(admin, f"/inspections/{routine['items'][0]['id']}")
        await _rows(page, "inspections").first.locator("button:has-text('查看')").click()
        await expect(page.locator(".inspection-items tr.el-table__row")).to_have_count(len(checklist["items"]))
        async with page.expect_download() as printed:
            await page.click(".inspection-drawer button.doc-record")
        pdf = Path(await (await printed.value).path()).read_bytes()
        assert pdf.startswith(b"%PDF")

        # 指挥中心 watches the queues without buttons; an inspector's ledger is their community's.
        watcher = await browser.new_page(viewport=SCREEN, locale="zh-CN")
        watcher.on("pageerror", lambda error: problems.append(str(error)))
        await log_in(watcher, "command", "/hazards?tab=extensions")
        await expect(watcher.locator(".extension-queue")).to_be_visible()
        assert await watcher.locator("button.approve-extension").count() == 0
        await expect(watcher.locator(".panel")).to_contain_text("指挥中心只可查看")
        local = await browser.new_page(viewport=SCREEN, locale="zh-CN")
        local.on("pageerror", lambda error: problems.append(str(error)))
        await log_in(local, "inspector1", "/hazards")
        theirs = (await api(inspector, "/hazards", size=1))["total"]
        assert theirs < (await api(admin, "/hazards", size=1))["total"]
        await expect(local.locator(".pager .el-pagination__total")).to_contain_text(f"共 {theirs} 条")
        await browser.close()
    assert problems == []
