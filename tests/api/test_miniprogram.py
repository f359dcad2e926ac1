"""The mini program (miniprogram/, docs/decisions/046–049): its H5 build served at /m/ under a strict CSP, its mp-weixin
build's structure, and the app used as people would, in Debian's Chromium at a phone's size against the real server:
an inspector fills a checklist (and fills one with the network cut), the enterprise fixes, the inspector verifies.

The builds come from `make test` (or `make run`) when Node is present; without them these tests skip, and fail with
JINYAN_REQUIRE_H5=1 (.ci/run). The browser tests run once per CI run, on the SQLite pass."""

import asyncio
import io
import json
import os
import re
import uuid
from pathlib import Path

import httpx
import pytest
import pytest_asyncio

from api.routes import miniprogram
from core.identity import Role
from core.settings import Settings
from inspections.models import DailyReport, Hazard, Inspection
from enterprises.models import Enterprise, HazardPoint, PublicReport, Region, SafetyDocument, SafetyPerson, User
from notify.models import InboxMessage
from records.models import Signature
from tests import builders
from tests.api.test_command_page import CHROMIUM, CHROMIUM_ARGS, _require_chromium
from tests.conftest import TEST_SECRET, jinyan_serving
from tests.page_parts import PageParts

ROOT = Path(__file__).resolve().parents[2]
MP_DIR = ROOT / "miniprogram" / "dist" / "build" / "mp-weixin"
PHONE = {"width": 390, "height": 844}
SCREENSHOTS = ROOT / "docs" / "screenshots"


def _require(build: Path) -> None:
    if build.is_dir():
        return
    reason = f"{build.relative_to(ROOT)} is missing: `make test` builds it when Node is present"
    if os.environ.get("JINYAN_REQUIRE_H5") == "1":
        pytest.fail(reason + " and JINYAN_REQUIRE_H5=1")
    pytest.skip(reason)


class TestTheH5Build:
    @pytest.fixture(autouse=True)
    def _built(self):
        _require(miniprogram.H5_DIR)

    async def test_the_page_loads_only_its_own_files_under_a_strict_policy(self, client):
        answer = await client.get("/m/")
        assert answer.status_code == 200 and 'lang="zh-CN"' in answer.text
        policy = dict(part.strip().split(" ", 1) for part in answer.headers["content-security-policy"].split(";"))
        assert policy["default-src"] == "'none'" and policy["script-src"] == "'self'"
        assert policy["style-src"] == "'self'" and policy["frame-ancestors"] == "'none'"
        assert "unsafe" not in answer.headers["content-security-policy"]
        parts = PageParts()
        parts.feed(answer.text)
        assert parts.inline == [] and parts.sources
        for source in parts.sources:
            assert source.startswith("./assets/"), source
            asset = await client.get("/m/" + source.removeprefix("./"))
            assert asset.status_code == 200 and asset.headers["cache-control"].endswith("immutable")
        assert (await client.get("/m/index.html")).text == answer.text

    @pytest.mark.parametrize("name", ["../api/app.py", "assets/nothing.js", "%2e%2e/package.json", "assets/"])
    async def test_anything_but_the_built_files_is_404(self, client, name):
        assert (await client.get(f"/m/{name}")).status_code == 404

    def test_no_file_names_a_host_and_the_first_load_is_small(self):
        files = miniprogram.built_files()
        hosts = {host for asset in files.values() for host in re.findall(rb"https?://([\w.-]+)", asset.body)}
        # Namespace URIs and Vue's warning links are strings, never requested.
        assert hosts <= {b"www.w3.org", b"vuejs.org"}, hosts
        assert not [name for name, asset in files.items() if re.search(rb"new Function\(|\beval\(", asset.body)]
        gzipped = sum(len(asset.gzipped) for asset in files.values())
        print(f"\nH5 build: {len(files)} files, {sum(len(a.body) for a in files.values())} bytes, {gzipped} gzipped")
        assert gzipped < 300_000  # every file, so the first load (a part of them) is smaller still

    def test_without_a_build_there_is_nothing_to_serve(self, tmp_path):
        assert miniprogram.built_files(tmp_path) == {}


async def test_the_door_link_opened_in_a_browser_offers_the_h5_app(client):
    tree = await builders.region_tree()
    factory = await builders.enterprise(tree["north_grid"])
    page = await client.get(f"/q/{factory.qr_token}")
    assert f'href="/m/#/pages/scan/index?token={factory.qr_token}"' in page.text


def test_the_mp_weixin_build_has_every_page_our_messages_open():
    _require(MP_DIR)
    app = json.loads((MP_DIR / "app.json").read_text(encoding="utf-8"))
    settings = Settings(env="dev", secret_key=TEST_SECRET)
    linked = {template.page for template in settings.wechat_templates.values() if template.page}
    handlers = (ROOT / "notify" / "handlers.py").read_text(encoding="utf-8") + (
        ROOT / "notify" / "delivery.py").read_text(encoding="utf-8")
    linked |= set(re.findall(r'page=f?"(pages/[\w/-]+)', handlers)) | {settings.wechat_scan_page}
    assert {"pages/hazard/detail", "pages/campaign/detail", "pages/notice/detail", "pages/enterprise/risk",
            "pages/notify/subscribe", "pages/scan/index", "pages/inspection/detail",
            "pages/public-report/detail"} <= linked
    assert linked <= set(app["pages"]), linked - set(app["pages"])
    for page in app["pages"]:
        for suffix in (".wxml", ".js", ".json"):
            assert (MP_DIR / f"{page}{suffix}").is_file(), page + suffix
        # A page with styles of its own has them in its .wxss (the app's shared styles are app.wxss).
        if "<style" in (ROOT / "miniprogram" / "src" / f"{page}.vue").read_text(encoding="utf-8"):
            assert (MP_DIR / f"{page}.wxss").is_file(), page + ".wxss"
    assert (MP_DIR / "app.wxss").is_file()
    for path in MP_DIR.rglob("*"):
        if path.suffix in (".wxml", ".wxss", ".json"):
            assert not re.search(r"https?://", path.read_text(encoding="utf-8")), path
        if path.suffix == ".js":
            code = path.read_text(encoding="utf-8")
            # uni's runtime preloads a shadow image from a host spelled in character codes: our build turns it off.
            assert "preloadAssets" not in code and "fromCharCode(99,100,110" not in code, path
            hosts = set(re.findall(r"https?://([\w.-]+)", code))
            # 127.0.0.1: the default server of an unconfigured build (VITE_PUBLIC_BASE_URL sets PUBLIC_BASE_URL's).
            assert hosts <= {"127.0.0.1:8000", "127.0.0.1", "vuejs.org", "uniapp.dcloud.net.cn"}, (path, hosts)


# -- the app in a phone-sized Chromium against the real server --

@pytest_asyncio.fixture(scope="module", loop_scope="session")
async def street(db_module):
    """One street for both browser tests (each uses its own factory), so one server start serves both."""
    return await _street()


@pytest_asyncio.fixture(scope="module", loop_scope="session")
async def served(db_module, street, tmp_path_factory):
    """`jinyan serve` as `make run` starts it (dev, the fake WeChat where `demo-<name>` logs in, the outbox worker in
    the process so colours are rescored), on a free port and the test database."""
    if os.environ.get("TEST_DB_URL"):
        pytest.skip("the mini program's browser tests run once per CI run, on the SQLite pass")
    _require(miniprogram.H5_DIR)
    _require_chromium()
    data_dir = tmp_path_factory.mktemp("served-h5")
    env = {**os.environ, "ENV": "dev", "DATABASE_URL": db_module, "SECRET_KEY": TEST_SECRET, "AUTO_MIGRATE": "false",
           "RUN_WORKER_IN_PROCESS": "true", "DATA_DIR": str(data_dir), "WECHAT_APPID": ""}
    async with jinyan_serving([], env, data_dir) as base:
        yield base


async def _street():
    tree = await builders.region_tree()
    items = await builders.check_items(4)
    await builders.template(items)
    inspector = await builders.user(Role.INSPECTOR, tree["street"], name="王检查", openid="o-demo-e2e-inspector")
    factories = [await builders.enterprise(tree["north_grid"], name=f"金雁测试五金厂{n}") for n in (1, 2, 3)]
    owner = await builders.user(Role.ENTERPRISE, None, name="李安全", enterprise=factories[0],
                                openid="o-demo-e2e-owner")
    return inspector, owner, factories


def _photo(tmp_path: Path) -> Path:
    from PIL import Image

    path = tmp_path / "photo.jpg"
    Image.new("RGB", (2400, 1800), (200, 80, 40)).save(path, quality=90)
    return path


class _Phone:
    """One person's phone: a browser context of its own (its own storage), failing the test on any page error,
    CSP violation or request to another host."""

    def __init__(self, browser, base: str, problems: list[str]):
        self.browser, self.base, self.problems = browser, base, problems

    async def open(self, code: str):
        self.context = await self.browser.new_context(viewport=PHONE, locale="zh-CN", device_scale_factor=2,
                                                      is_mobile=True, has_touch=True)
        self.page = await self.context.new_page()
        self.page.on("console", lambda m: m.type == "error" and self.problems.append(m.text))
        self.page.on("pageerror", lambda e: self.problems.append(str(e)))
        self.page.on("response", lambda r: "/api/" in r.url and r.status >= 400 and self.problems.append(
            f"{r.status} {r.request.method} {r.url}"))
        self.page.on("request", lambda r: r.url.startswith(("http", "ws")) and not r.url.startswith(self.base)
                     and self.problems.append("outside request: " + r.url))
        await self.go("pages/login/index")
        await self.page.fill("[data-test=code] input", code)
        await self.page.click("[data-test=wechat-login]")
        await self.page.wait_for_url(re.compile(r"/m/#/(pages/index/index)?$"))  # the first page is "#/"
        return self

    async def anonymous(self, route: str):
        """A browser with nobody logged in (a neighbour who opened the door link)."""
        self.context = await self.browser.new_context(viewport=PHONE, locale="zh-CN", device_scale_factor=2,
                                                      is_mobile=True, has_touch=True)
        self.page = await self.context.new_page()
        self.page.on("console", lambda m: m.type == "error" and self.problems.append(m.text))
        self.page.on("pageerror", lambda e: self.problems.append(str(e)))
        self.page.on("response", lambda r: "/api/" in r.url and r.status >= 400 and self.problems.append(
            f"{r.status} {r.request.method} {r.url}"))
        self.page.on("request", lambda r: r.url.startswith(("http", "ws")) and not r.url.startswith(self.base)
                     and self.problems.append("outside request: " + r.url))
        await self.go(route)
        return self

    async def go(self, route: str):
        """Open a page by its link. (Changing only the query of the page on screen does not open another page in uni's
        router: tests go through another page first, as a person does.)"""
        await self.page.goto(f"{self.base}/m/#/{route}")

    async def open_hazard(self, listing: str, hazard_id: int):
        await self.go(listing)
        await self.tap(f"[data-hazard='{hazard_id}']")
        await self.wait("[data-test=hazard-status]")

    def shown(self, selector: str):
        """uni-app keeps earlier pages of the stack in the DOM, hidden: only the one on screen counts."""
        return self.page.locator(selector).locator("visible=true").first

    async def tap(self, selector: str):
        await self.shown(selector).click()

    async def fill(self, selector: str, text: str):
        await self.wait(selector)
        await self.shown(selector).fill(text)

    async def wait(self, selector: str, timeout: float = 30_000):
        try:
            await self.shown(selector).wait_for(timeout=timeout)
        except Exception:
            shot = Path(os.environ.get("TMPDIR", "/tmp")) / f"miniprogram-failed-{uuid.uuid4().hex[:8]}.png"
            await self.page.screenshot(path=str(shot))
            pytest.fail(f"{selector} did not show on {self.page.url} (screenshot {shot}): "
                        f"{(await self.page.locator('body').inner_text())[:600]!r}")

    async def photo(self, selector: str, picture: Path):
        async with self.page.expect_file_chooser() as chooser:
            await self.tap(selector)
        await (await chooser.value).set_files(str(picture))

    async def shot(self, name: str):
        if os.environ.get("JINYAN_SCREENSHOTS") == "1":
            SCREENSHOTS.mkdir(exist_ok=True)
            await self.page.screenshot(path=str(SCREENSHOTS / f"{name}.png"))


async def _fill_checklist(phone: _Phone, picture: Path, failing: int) -> None:
    """Fail the first `failing` items (each with a note and a photo), pass the rest, add one finding."""
    page = phone.page
    await phone.wait("[data-item]")
    items = await page.eval_on_selector_all("[data-item]", "els => els.map(e => e.dataset.item)")
    for n, item in enumerate(items):
        row = f"[data-item='{item}']"
        if n < failing:
            await phone.tap(f"{row} [data-choice=fail]")
            await phone.wait(f"{row} [data-test=note] input")
            await phone.fill(f"{row} [data-test=note] input", f"第{n + 1}项不合格")
            await phone.photo(f"{row} [data-test=add-photo]", picture)
            await phone.wait(f"{row} uni-image.photo")
        else:
            await phone.tap(f"{row} [data-choice=pass]")
    await phone.tap("[data-test=new-finding]")
    await phone.fill("[data-test=finding-text] textarea", "仓库门口堆放纸箱,堵塞消防通道")
    await phone.tap("[data-test=save-finding]")
    await phone.wait("[data-test=finding]")


async def _wait_sent(phone: _Phone, timeout: float = 20_000) -> None:
    try:
        await phone.wait("[data-test=draft-status][data-status=sent]", timeout=timeout)
    except Exception:
        drafts = json.loads(await phone.page.evaluate("localStorage.getItem('jinyan.drafts')"))["data"]
        states = {key: (draft["status"], draft["error"]) for key, draft in drafts.items()}
        pytest.fail(f"the checklist was not sent; on the phone: {states}; {phone.problems}")


async def _risk_color(phone: _Phone, enterprise_id: int, again: bool = False) -> str:
    if again:
        await phone.page.reload()
    else:
        await phone.go(f"pages/enterprise/risk?id={enterprise_id}")
    badge = phone.shown("[data-test=risk-color]")
    await badge.wait_for()
    return await badge.get_attribute("data-color")


async def test_inspect_fix_and_verify_on_phones(served, street, tmp_path):
    from playwright.async_api import async_playwright

    inspector, owner, (factory, neighbour, _) = street
    picture = _photo(tmp_path)
    problems: list[str] = []
    async with async_playwright() as driver:
        browser = await driver.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        officer = await _Phone(browser, served, problems).open("demo-e2e-owner")
        before = await _risk_color(officer, factory.id)

        phone = await _Phone(browser, served, problems).open("demo-e2e-inspector")
        await phone.shot("home-inspector")
        await phone.go(f"pages/scan/index?token={factory.qr_token}")
        await phone.wait("[data-test=start]")
        await phone.tap("[data-test=nearby]")
        await phone.wait(f"[data-nearby='{neighbour.id}']")  # built at the same spot
        await phone.shot("scan-inspector")
        await phone.tap("[data-test=start]")
        await _fill_checklist(phone, picture, failing=2)
        await phone.shot("checklist")
        await phone.tap("[data-test=submit]")
        await _wait_sent(phone)

        hazards = await Hazard.filter(enterprise_id=factory.id).order_by("id")
        assert len(hazards) == 3 and all(len(h.photo_ids) == 1 for h in hazards[:2])

        # The safety officer sees the three, and fixes two with a photo each.
        await officer.go("pages/hazard/list")
        await officer.wait("[data-hazard]")
        assert await officer.page.locator("[data-hazard]").locator("visible=true").count() == 3
        await officer.shot("hazards-enterprise")
        for hazard in hazards[:2]:
            await officer.open_hazard("pages/hazard/list", hazard.id)
            await officer.fill("[data-test=fix-note] textarea", "已更换灭火器并清理通道")
            await officer.photo("[data-test=fix-photo]", picture)
            await officer.tap("[data-test=rectify]")
            await officer.wait("[data-test=hazard-status][data-status=submitted]")

        # The inspector accepts one fix and rejects the other with a reason.
        await phone.open_hazard("pages/hazard/list?status=submitted", hazards[0].id)
        await phone.tap("[data-test=approve]")
        await phone.wait("[data-test=hazard-status][data-status=closed]")
        # Verified: the hazard's page offers the review opinion's signature (052 stage "review") and its documents.
        await phone.wait("[data-document=review][data-available=true]")
        await phone.tap("[data-test=sign-documents]")
        await _sign_with_the_mouse(phone, "inspector")
        await phone.tap("[data-test=confirm]")
        await phone.wait("[data-side=inspector][data-state=signed]")
        signed = await Signature.filter(inspection_id=hazards[0].inspection_id).values_list("stage", "signer_role")
        assert signed == [("review", "inspector")]
        await phone.open_hazard("pages/hazard/list?status=submitted", hazards[1].id)
        await phone.fill("[data-test=verify-note] input", "照片看不清,请重新拍摄")
        await phone.tap("[data-test=reject]")
        await phone.wait("[data-test=hazard-status][data-status=open]")
        assert [h.status for h in await Hazard.filter(enterprise_id=factory.id).order_by("id")] == [
            "closed", "open", "open"]

        # The outbox worker rescored the factory: its risk page shows the new colour.
        await _risk_color(officer, factory.id)
        for _ in range(40):
            after = await _risk_color(officer, factory.id, again=True)
            if after != before:
                break
            await asyncio.sleep(0.5)
        assert after != before, (before, after)
        await officer.shot("risk-enterprise")

        # The daily report the reminder links to (pages/report/index): every yes/no question answered "是".
        await officer.go("pages/report/index")
        await officer.wait("[data-question]")
        for key in await officer.page.eval_on_selector_all("[data-question]", "els => els.map(e => e.dataset.question)"):
            choice = officer.page.locator(f"[data-question='{key}'] .choice").locator("visible=true")
            if await choice.count():
                await choice.first.click()
            else:
                await officer.fill(f"[data-question='{key}'] input", "无")
        await officer.tap("[data-test=report-submit]")
        await officer.wait("[data-test=report-done]")
        assert await DailyReport.filter(enterprise_id=factory.id).count() == 1
        await browser.close()
    assert problems == []


async def test_a_checklist_filled_offline_is_submitted_once_when_the_signal_returns(served, street, tmp_path):
    from playwright.async_api import async_playwright

    inspector, _, (_, factory, _) = street
    picture = _photo(tmp_path)
    problems: list[str] = []
    submits: list[str] = []
    async with async_playwright() as driver:
        browser = await driver.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        phone = await _Phone(browser, served, problems).open("demo-e2e-inspector")
        phone.page.on("request", lambda r: r.url.endswith("/submit") and submits.append(
            r.headers.get("idempotency-key", "")))
        await phone.go(f"pages/scan/index?token={factory.qr_token}")
        await phone.tap("[data-test=start]")
        await phone.wait("[data-item]")

        await phone.context.set_offline(True)
        await _fill_checklist(phone, picture, failing=1)
        await phone.tap("[data-test=submit]")
        banner = phone.shown("[data-test=draft-status][data-status=queued]")
        await banner.wait_for()
        assert "未上传" in await banner.text_content()
        await phone.shot("checklist-offline")
        assert await Inspection.filter(enterprise_id=factory.id, status="submitted").count() == 0

        # The inspector signs while still offline: the signature waits on the phone behind the checklist (068).
        await phone.tap("[data-test=to-sign]")
        await _sign_with_the_mouse(phone, "inspector")
        await phone.tap("[data-test=confirm]")
        await phone.wait("[data-side=inspector][data-state=queued]")

        await phone.context.set_offline(False)  # the app hears `online` and sends the queue
        await phone.wait("[data-side=inspector][data-state=signed]", timeout=30_000)
        await phone.page.go_back()
        await _wait_sent(phone, 30_000)
        await browser.close()
    # Ignore the offline failures themselves (net::ERR_INTERNET_DISCONNECTED).
    assert [p for p in problems if "ERR_INTERNET_DISCONNECTED" not in p] == []
    assert len(set(submits)) == 1 and submits[0]
    inspections = await Inspection.filter(enterprise_id=factory.id)
    assert [i.status for i in inspections] == ["submitted"]
    hazards = await Hazard.filter(enterprise_id=factory.id)
    assert sorted(h.description != "" for h in hazards) and len(hazards) == 2
    assert [(s.stage, s.signer_role) for s in await Signature.filter(inspection_id=inspections[0].id)] == [
        ("inspection", "inspector")]


async def _sign_with_the_mouse(phone: _Phone, side: str) -> None:
    """Write a signature on the pad as a mouse would (a browser has no finger): two strokes across the box."""
    await phone.wait(f"[data-signing={side}] #sign-pad canvas")
    box = await phone.shown("#sign-pad canvas").bounding_box()
    mouse = phone.page.mouse
    for row in (0.35, 0.65):
        await mouse.move(box["x"] + 30, box["y"] + box["height"] * row)
        await mouse.down()
        for step in range(1, 13):
            await mouse.move(box["x"] + 30 + step * (box["width"] - 60) / 12,
                             box["y"] + box["height"] * (row + (0.1 if step % 2 else -0.1)))
        await mouse.up()


async def test_both_sides_sign_on_the_inspectors_phone_and_the_record_prints_them(served, street, tmp_path):
    """Issue 22 / decision 052: right after the submission the inspector signs on the canvas, then the enterprise's
    person present on the same phone with their name; the signatures are on the server and in the record's PDF."""
    from playwright.async_api import async_playwright
    from pypdf import PdfReader

    inspector, _, (_, _, factory) = street
    picture = _photo(tmp_path)
    problems: list[str] = []
    async with async_playwright() as driver:
        browser = await driver.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        phone = await _Phone(browser, served, problems).open("demo-e2e-inspector")
        await phone.go(f"pages/scan/index?token={factory.qr_token}")
        await phone.tap("[data-test=start]")
        await _fill_checklist(phone, picture, failing=1)
        await phone.tap("[data-test=submit]")
        await _wait_sent(phone)
        await phone.tap("[data-test=to-sign]")

        # Confirming an empty pad is refused on the phone, nothing sent.
        await phone.wait("[data-signing=inspector]")
        await phone.tap("[data-test=confirm]")
        await phone.wait("text=请在签字框内手写签名")
        await _sign_with_the_mouse(phone, "inspector")
        await phone.tap("[data-test=confirm]")
        await phone.wait("[data-side=inspector][data-state=signed]")

        await phone.fill("[data-test=signer-name] input", "赵在场")
        await _sign_with_the_mouse(phone, "enterprise")
        await phone.shot("signature")
        await phone.tap("[data-test=confirm]")
        await phone.wait("[data-side=enterprise][data-state=signed]")

        # The documents are listed on the inspection's page, the record ready to download.
        await phone.tap("[data-test=to-documents]")
        await phone.wait("[data-document=record][data-available=true]")
        async with phone.page.expect_download() as download:
            await phone.tap("[data-document=record] [data-test=download]")
        saved = await (await download.value).path()
        assert Path(saved).read_bytes().startswith(b"%PDF")
        await browser.close()
    assert problems == []

    inspection = await Inspection.get(enterprise_id=factory.id)
    async with httpx.AsyncClient(base_url=served, headers=builders.auth(inspector)) as http:
        rows = (await http.get(f"/api/v1/inspections/{inspection.id}/signatures")).json()
        assert sorted((r["signer_role"], r["signer_name"], r["refused"], r["upload_id"] is not None) for r in rows) == [
            ("enterprise", "赵在场", False, True), ("inspector", "王检查", False, True)]
        images = [(await http.get(f"/api/v1/uploads/{r['upload_id']}")).content for r in rows]
        record = await http.get(f"/api/v1/inspections/{inspection.id}/record.pdf")
    assert record.status_code == 200
    from PIL import Image

    for data in images:  # the strokes drawn are in the PNG, not an empty pad
        picture = Image.open(io.BytesIO(data))
        assert picture.format == "PNG"
        inked = sum(picture.convert("RGBA").getchannel("A").histogram()[129:])
        assert inked > 500, inked
    # (pypdf reads the two-byte CIDs of the embedded CJK subset with a NUL between characters: dropped with spaces.)
    pages = PdfReader(io.BytesIO(record.content)).pages
    text = "".join("".join(page.extract_text() or "" for page in pages).replace("\x00", "").split())
    assert "赵在场" in text and "王检查" in text
    assert await Signature.filter(inspection_id=inspection.id).count() == 2


async def _pick_first(phone: _Phone, selector: str) -> None:
    """uni's <picker> in H5: open it, keep the first row, confirm."""
    await phone.tap(selector)
    await phone.tap(".uni-picker-action-confirm")


async def test_an_enterprise_registers_then_keeps_its_profile_and_colleagues(served, street, tmp_path):
    """Issue 20's enterprise pages: a WeChat user registers (pending), the street approves, the new manager fills
    the profile (a person, a document with a photographed file, a hazard point), removes a colleague, and starts a
    self-inspection outside any campaign."""
    from playwright.async_api import async_playwright

    inspector, _, _ = street
    await builders.user(Role.PUBLIC, None, name="周登记", openid="o-demo-e2e-registrant")
    admin = await builders.user(Role.ADMIN, await Region.get(id=inspector.region_id))  # the street
    picture = _photo(tmp_path)
    problems: list[str] = []
    async with async_playwright() as driver:
        browser = await driver.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        phone = await _Phone(browser, served, problems).open("demo-e2e-registrant")
        await phone.go("pages/enterprise/register")
        await phone.fill("[data-test=reg-name] input", "金雁测试纸箱厂")
        await phone.fill("[data-test=reg-credit] input", "91370602MB9000001")
        await phone.fill("[data-test=reg-address] input", "测试路 8 号")
        await phone.wait("text=所属网格:请选择")
        for field in ("reg-grid", "reg-industry", "reg-category"):
            await _pick_first(phone, f"[data-test={field}]")
        await phone.fill("[data-test=reg-lat] input", "37.4601")
        await phone.fill("[data-test=reg-lng] input", "121.4402")
        await phone.fill("[data-test=reg-contact] input", "周登记")
        await phone.fill("[data-test=reg-phone] input", "13900001111")
        await phone.tap("[data-test=reg-submit]")
        error = phone.shown("text=统一社会信用代码应为 18 位")
        await error.wait_for()  # 17 characters: refused on the phone
        from enterprises.credit_code import complete
        await phone.fill("[data-test=reg-credit] input", complete("91370602MB9000001"))
        await phone.tap("[data-test=reg-submit]")
        await phone.wait("[data-test=registration][data-status=pending]")
        enterprise = await Enterprise.get(name="金雁测试纸箱厂")
        grid = await Region.get(id=enterprise.region_id)
        assert enterprise.status == "pending" and grid.level == "grid" and enterprise.lat == 37.4601
        assert enterprise.registered_by_id == (await User.get(openid="o-demo-e2e-registrant")).id

        async with httpx.AsyncClient(base_url=served, headers=builders.auth(admin)) as http:
            assert (await http.post(f"/api/v1/enterprises/{enterprise.id}/approve", json={})).status_code == 200
        colleague = await builders.user(Role.ENTERPRISE, None, name="钱离职", enterprise=enterprise)
        await phone.context.close()

        # Approved: the registrant logs in again as the enterprise's manager.
        phone = await _Phone(browser, served, problems).open("demo-e2e-registrant")
        await phone.wait("text=企业档案")
        await phone.go(f"pages/enterprise/profile?id={enterprise.id}")
        await phone.tap("[data-test=add-personnel]")
        await phone.fill("[data-test=person-name] input", "周登记")
        await phone.tap("[data-test=save-row]")
        await phone.wait("[data-section=personnel] [data-row]")
        await phone.tap("[data-test=add-documents]")
        await phone.fill("[data-test=document-title] input", "安全生产规章制度汇编")
        await phone.photo("[data-test=document-file]", picture)
        await phone.wait("[data-form=documents] uni-image.photo")
        await phone.tap("[data-test=save-row]")
        await phone.wait("[data-section=documents] [data-row]")
        await phone.tap("[data-test=add-hazard-points]")
        await phone.fill("[data-test=point-name] input", "配电房")
        await phone.tap("[data-test=save-row]")
        await phone.wait("[data-section=hazard-points] [data-row]")
        await phone.shot("profile-enterprise")
        assert [p.name for p in await SafetyPerson.filter(enterprise_id=enterprise.id)] == ["周登记"]
        documents = await SafetyDocument.filter(enterprise_id=enterprise.id)
        assert [(d.title, len(d.upload_ids)) for d in documents] == [("安全生产规章制度汇编", 1)]
        assert [p.name for p in await HazardPoint.filter(enterprise_id=enterprise.id)] == ["配电房"]

        # Each row is edited in place (PATCH with only what changed), not deleted and added again.
        [person] = await SafetyPerson.filter(enterprise_id=enterprise.id)
        await phone.tap("[data-section=personnel] [data-test=edit-row]")
        await phone.wait(f"[data-form=personnel][data-editing='{person.id}']")
        await phone.fill("[data-test=person-name] input", "周登记(专职)")
        await phone.tap("[data-test=save-row]")
        await phone.wait("[data-section=personnel] [data-row] >> text=周登记(专职)")
        await phone.tap("[data-section=documents] [data-test=edit-row]")
        await phone.fill("[data-test=document-title] input", "安全生产规章制度汇编(2026 版)")
        await phone.photo("[data-test=document-file]", picture)
        await phone.wait("[data-form=documents] uni-image.photo")
        await phone.tap("[data-test=save-row]")
        await phone.wait("[data-section=documents] [data-row] >> text=附件 2")
        await phone.tap("[data-section=hazard-points] [data-test=edit-row]")
        await phone.tap("[data-form=hazard-points] .chip.orange")
        await phone.tap("[data-test=save-row]")
        await phone.wait("[data-section=hazard-points] [data-row] >> text=较大风险")
        assert [(p.id, p.name) for p in await SafetyPerson.filter(enterprise_id=enterprise.id)] == [
            (person.id, "周登记(专职)")]
        documents = await SafetyDocument.filter(enterprise_id=enterprise.id)
        assert [(d.id, d.title, len(d.upload_ids)) for d in documents] == [
            (documents[0].id, "安全生产规章制度汇编(2026 版)", 2)]
        assert [(p.name, p.risk_level) for p in await HazardPoint.filter(enterprise_id=enterprise.id)] == [
            ("配电房", "orange")]

        await phone.go("pages/enterprise/colleagues")
        await phone.tap(f"[data-colleague='{colleague.id}'] [data-test=deactivate]")
        await phone.tap(".uni-modal__btn_primary")
        await phone.wait(f"[data-colleague='{colleague.id}'][data-active=false]")
        assert not (await User.get(id=colleague.id)).is_active

        await phone.go("pages/inspection/self")
        await phone.tap("[data-test=self-start]")
        await phone.wait("[data-item]")
        await browser.close()
    assert problems == []
    assert [i.kind for i in await Inspection.filter(enterprise_id=enterprise.id)] == ["self"]


async def test_the_enterprise_refuses_to_sign_before_a_witness(served, street, tmp_path):
    """拒签 (decisions 052, 068): after the inspector signs, the enterprise's person refuses; the phone asks for a
    witness first, then records the refusal with no image; the record prints 拒签 and the witness."""
    from playwright.async_api import async_playwright
    from pypdf import PdfReader

    inspector, _, (first, _, _) = street
    factory = await builders.enterprise(await Region.get(id=first.region_id), name="金雁测试拒签厂")
    picture = _photo(tmp_path)
    problems: list[str] = []
    async with async_playwright() as driver:
        browser = await driver.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        phone = await _Phone(browser, served, problems).open("demo-e2e-inspector")
        await phone.go(f"pages/scan/index?token={factory.qr_token}")
        await phone.tap("[data-test=start]")
        await _fill_checklist(phone, picture, failing=1)
        await phone.tap("[data-test=submit]")
        await _wait_sent(phone)
        await phone.tap("[data-test=to-sign]")
        await _sign_with_the_mouse(phone, "inspector")
        await phone.tap("[data-test=confirm]")
        await phone.wait("[data-side=inspector][data-state=signed]")

        await phone.wait("[data-signing=enterprise]")
        await phone.tap("[data-test=refuse]")
        await phone.tap("[data-test=confirm]")  # no witness yet: refused on the phone, nothing sent
        await phone.wait("text=拒签须填写见证人姓名")
        assert await Signature.filter(inspection_id=(await Inspection.get(enterprise_id=factory.id)).id,
                                      signer_role="enterprise").count() == 0
        await phone.fill("[data-test=witness] input", "王见证")
        await phone.shot("signature-refused")
        await phone.tap("[data-test=confirm]")
        side = phone.shown("[data-side=enterprise][data-state=signed]")
        await side.wait_for(timeout=30_000)
        assert "拒签,见证人 王见证" in await side.text_content()
        await browser.close()
    assert problems == []

    inspection = await Inspection.get(enterprise_id=factory.id)
    refusal = await Signature.get(inspection_id=inspection.id, signer_role="enterprise")
    assert (refusal.refused, refusal.witness_name, refusal.upload_id) == (True, "王见证", None)
    # (A first print renders the PDF with its photos: seconds on a loaded machine, more than httpx's default 5 s.)
    async with httpx.AsyncClient(base_url=served, headers=builders.auth(inspector), timeout=60) as http:
        record = await http.get(f"/api/v1/inspections/{inspection.id}/record.pdf")
    assert record.status_code == 200
    pages = PdfReader(io.BytesIO(record.content)).pages
    text = "".join("".join(page.extract_text() or "" for page in pages).replace("\x00", "").split())
    # (the printed colon is the full-width one)
    assert "被检查单位负责人签字：拒签" in text and "见证人：王见证" in text


async def test_a_neighbour_reports_a_problem_from_the_card_and_the_inspector_closes_it(served, street, tmp_path):
    """Issue 20's public card (decision 084): with the street's switch on, somebody without an account reports a
    problem with a photo from the scanned card; the inspector is told, reads it with the photo, and closes it."""
    from playwright.async_api import async_playwright

    inspector, _, (first, _, _) = street
    factory = await builders.enterprise(await Region.get(id=first.region_id), name="金雁测试反映厂")
    street_region = await Region.get(id=inspector.region_id)
    top = await builders.user(Role.ADMIN, await Region.get(id=street_region.parent_id))  # the district: the top
    async with httpx.AsyncClient(base_url=served, headers=builders.auth(top), timeout=60) as http:
        turned = await http.patch("/api/v1/street-config", json={"public_reports_enabled": True})
        assert turned.status_code == 200 and turned.json()["public_reports_enabled"] is True
    picture = _photo(tmp_path)
    problems: list[str] = []
    async with async_playwright() as driver:
        browser = await driver.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        neighbour = await _Phone(browser, served, problems).anonymous(f"pages/scan/index?token={factory.qr_token}")
        await neighbour.wait("[data-test=report-form]")
        assert await neighbour.shown("[data-test=color]").text_content()
        await neighbour.fill("[data-test=report-text] textarea", "好")
        await neighbour.tap("[data-test=report-submit]")  # one character: refused on the phone, nothing sent
        await neighbour.wait("[data-test=report-error] >> text=至少 2 个字")
        await neighbour.fill("[data-test=report-text] textarea", "后门消防通道堆满纸箱,晚上有人在仓库里抽烟")
        await neighbour.fill("[data-test=report-contact] input", "13900002222")
        await neighbour.photo("[data-test=report-photo]", picture)
        await neighbour.wait("[data-test=report-photo-shown]")
        await neighbour.shot("report-public")
        await neighbour.tap("[data-test=report-submit]")
        await neighbour.wait("[data-test=report-done]")
        [report] = await PublicReport.filter(enterprise_id=factory.id)
        assert (report.text, report.contact, report.reporter_user_id) == (
            "后门消防通道堆满纸箱,晚上有人在仓库里抽烟", "13900002222", None)
        assert report.photo_key and report.photo_media_type == "image/jpeg"
        assert await neighbour.shown("[data-test=report-done]").get_attribute("data-report") == str(report.id)

        # The inspector covering the grid is told (the worker runs in the server), reads the report, closes it.
        for _ in range(40):
            if await InboxMessage.filter(user_id=inspector.id, kind="public_report").exists():
                break
            await asyncio.sleep(0.5)
        message = await InboxMessage.get(user_id=inspector.id, kind="public_report")
        assert message.page == f"pages/public-report/detail?id={report.id}"
        phone = await _Phone(browser, served, problems).open("demo-e2e-inspector")
        await phone.tap("[data-menu=群众反映]")
        await phone.tap(f"[data-public-report='{report.id}']")
        await phone.wait("[data-test=report-body] >> text=晚上有人在仓库里抽烟")
        photo = phone.shown("[data-test=report-photo] img")
        await photo.wait_for()
        assert await photo.evaluate("img => img.complete && img.naturalWidth") > 0
        await phone.fill("[data-test=close-note] textarea", "已现场核实,责令企业清理通道并加强吸烟管理")
        await phone.shot("report-staff")
        await phone.tap("[data-test=close-report]")
        await phone.wait("[data-test=report-status][data-status=closed]")
        await browser.close()
    assert problems == []
    report = await PublicReport.get(id=report.id)
    assert (report.status, report.closed_by_id, report.close_note) == (
        "closed", inspector.id, "已现场核实,责令企业清理通道并加强吸烟管理")
