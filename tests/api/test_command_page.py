"""GET /command, the command-center big screen: served safely (CSP, hashed and cached static files), and used as a
person would, in Debian's headless Chromium against the real server: log in, read the numbers, watch the live feed."""

import asyncio
import gzip
import os
import re
import subprocess
import uuid
from decimal import ROUND_HALF_UP, Decimal
from html.parser import HTMLParser
from pathlib import Path

import httpx
import pytest

from api import static_assets
from core.identity import Role
from tests import builders
from tests.conftest import TEST_SECRET
from tests.test_cli import JINYAN, _free_port

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]


class _PageParts(HTMLParser):
    """The scripts, stylesheets and data-metric names of a page."""

    def __init__(self):
        super().__init__()
        self.scripts: list[dict] = []
        self.stylesheets: list[str] = []
        self.metrics: list[str] = []
        self.inline_styles = 0

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "script":
            self.scripts.append(attrs)
        if tag == "link" and attrs.get("rel") == "stylesheet":
            self.stylesheets.append(attrs["href"])
        if tag == "style" or "style" in attrs or any(name.startswith("on") for name in attrs):
            self.inline_styles += 1
        if "data-metric" in attrs:
            self.metrics.append(attrs["data-metric"])


def _parts(html: str) -> _PageParts:
    parts = _PageParts()
    parts.feed(html)
    return parts


class TestCommandPage:
    async def test_the_page_is_chinese_and_loads_only_its_own_hashed_files(self, client):
        answer = await client.get("/command")
        assert answer.status_code == 200 and answer.headers["content-type"].startswith("text/html")
        assert 'lang="zh-CN"' in answer.text and "综合调度指挥中心" in answer.text
        parts = _parts(answer.text)
        sources = [script["src"] for script in parts.scripts] + parts.stylesheets
        assert all("src" in script for script in parts.scripts), "no inline script"
        assert parts.inline_styles == 0, "no inline style or event handler"
        assert sorted(sources) == sorted(static_assets.asset_url(name) for name in ("command.css", "command.js",
                                                                                "echarts.min.js"))
        assert {"enterprises", "inspections", "colors.green", "colors.yellow", "colors.red", "colors.unrated",
                "hazards.total",
                "hazards.open", "hazards.overdue", "hazards.closed", "rectification_rate",
                "inspection_coverage"} <= set(parts.metrics)

    async def test_the_page_forbids_inline_script_framing_and_sniffing(self, client):
        headers = (await client.get("/command")).headers
        policy = dict(part.strip().split(" ", 1) for part in headers["content-security-policy"].split(";"))
        assert policy["default-src"] == "'none'" and policy["script-src"] == "'self'"
        assert policy["frame-ancestors"] == "'none'" and policy["connect-src"] == "'self'"
        assert "unsafe" not in headers["content-security-policy"]
        assert headers["x-frame-options"] == "DENY" and headers["x-content-type-options"] == "nosniff"
        assert headers["cache-control"] == "no-cache" and headers["etag"]

    async def test_the_page_answers_304_to_its_etag(self, client):
        first = await client.get("/command")
        again = await client.get("/command", headers={"If-None-Match": first.headers["etag"]})
        assert again.status_code == 304 and again.content == b""
        assert again.headers["content-security-policy"] == first.headers["content-security-policy"]

    async def test_html_and_static_routes_stay_out_of_the_openapi(self, client):
        paths = (await client.get("/openapi.json")).json()["paths"]
        assert not [path for path in paths if path.startswith(("/command", static_assets.STATIC_URL))]


class TestStaticFiles:
    @pytest.mark.parametrize("name", static_assets.SERVED_NAMES)
    async def test_a_hashed_url_is_cached_for_a_year_with_an_etag(self, client, name):
        answer = await client.get(static_assets.asset_url(name), headers={"Accept-Encoding": "identity"})
        assert answer.status_code == 200 and "content-encoding" not in answer.headers
        assert answer.content == static_assets.source_path(name).read_bytes()
        assert answer.headers["cache-control"] == "public, max-age=31536000, immutable"
        assert answer.headers["x-content-type-options"] == "nosniff"
        digest = static_assets.asset_url(name).rsplit("=", 1)[1]
        assert answer.headers["etag"] == f'"{digest}"'
        assert answer.headers["content-type"].split(";")[0] == ("text/css" if name.endswith(".css")
                                                                else "text/javascript")

    async def test_gzip_is_served_to_who_accepts_it_under_its_own_etag(self, client):
        url = static_assets.asset_url("echarts.min.js")
        source = static_assets.source_path("echarts.min.js").read_bytes()
        async with client.stream("GET", url, headers={"Accept-Encoding": "gzip, br"}) as answer:
            wire = b"".join([chunk async for chunk in answer.aiter_raw()])
        assert answer.headers["content-encoding"] == "gzip" and answer.headers["vary"] == "Accept-Encoding"
        assert gzip.decompress(wire) == source and len(wire) < len(source) / 2
        assert answer.headers["etag"].endswith('-gzip"')
        refused = await client.get(url, headers={"Accept-Encoding": "gzip;q=0, deflate"})
        assert "content-encoding" not in refused.headers and refused.content == source

    async def test_a_matching_etag_is_304_and_a_stale_hash_is_revalidated(self, client):
        url = static_assets.asset_url("command.js")
        etag = (await client.get(url)).headers["etag"]
        assert (await client.get(url, headers={"If-None-Match": f'W/{etag}, "x"'})).status_code == 304
        stale = await client.get(url.replace("?v=", "?v=0"))
        assert stale.status_code == 200 and stale.headers["cache-control"] == "public, no-cache"

    @pytest.mark.parametrize("name", ["index.html", "LICENSE", "command/command.js", "..%2Fstatic_assets.py",
                                      "nothing.js"])
    async def test_anything_but_the_served_files_is_404(self, client, name):
        answer = await client.get(f"{static_assets.STATIC_URL}/{name}")
        assert answer.status_code == 404 and answer.json()["code"] == "NOT_FOUND"


# -- the page in a real browser against the real server --

def _require_chromium() -> None:
    if CHROMIUM.exists():
        return
    reason = f"{CHROMIUM} is missing (apt-get install chromium); .ci/run installs it"
    if os.environ.get("JINYAN_REQUIRE_BROWSER") == "1":
        pytest.fail(reason + " and JINYAN_REQUIRE_BROWSER=1")
    pytest.skip(reason)


async def _wait_until_ready(base: str, server: subprocess.Popen) -> None:
    async with httpx.AsyncClient(base_url=base) as http:
        for _ in range(150):
            if server.poll() is not None:
                pytest.fail("the server stopped: " + server.stdout.read())
            try:
                if (await http.get("/readyz")).status_code == 200:
                    return
            except httpx.TransportError:
                pass
            await asyncio.sleep(0.1)
    pytest.fail("the server did not become ready")


@pytest.fixture
async def served(db_clean, tmp_path):
    """`jinyan serve` on a free loopback port against the test database, signing tokens with the tests' key."""
    port = _free_port()
    env = {**os.environ, "ENV": "dev", "DATABASE_URL": db_clean, "SECRET_KEY": TEST_SECRET, "AUTO_MIGRATE": "false",
           "RUN_WORKER_IN_PROCESS": "false", "DATA_DIR": str(tmp_path), "HOST": "127.0.0.1"}
    server = subprocess.Popen([JINYAN, "serve", "--port", str(port)], env=env, cwd=tmp_path, text=True,
                              stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    try:
        await _wait_until_ready(base, server)
        yield base
    finally:
        server.terminate()
        server.communicate(timeout=15)


def _shown(name: str, value) -> str:
    """What the page shows for a summary value: the JavaScript's formatting, in Python."""
    if not isinstance(value, (int, float)) or isinstance(value, bool):
        return "—"
    if re.search(r"_rate$|_coverage$", name):
        # toFixed(1) rounds the exact binary value half up.
        return f"{Decimal(value * 100).quantize(Decimal('0.1'), rounding=ROUND_HALF_UP)}%"
    return f"{value:,}"


def _pick(summary: dict | None, name: str):
    value = summary
    for key in name.split("."):
        value = value.get(key) if isinstance(value, dict) else None
    return value


async def _summary(http: httpx.AsyncClient, token: str) -> dict | None:
    answer = await http.get("/api/v1/dashboard/summary", headers={"Authorization": f"Bearer {token}"})
    return answer.json() if answer.status_code == 200 else None


async def _shown_metrics(page) -> dict[str, str]:
    return await page.eval_on_selector_all(
        "[data-metric]", "els => Object.fromEntries(els.map(e => [e.dataset.metric, e.textContent]))")


async def _street():
    tree = await builders.region_tree()
    spots = [(37.461, 121.431, "green"), (37.466, 121.447, "green"), (37.458, 121.452, "yellow"),
             (37.471, 121.438, "red"), (37.463, 121.441, None)]
    enterprises = [await builders.enterprise(tree["north_grid" if n % 2 else "south_grid"], lat=lat, lng=lng,
                                             risk_color=color, industry="餐饮", name=f"金雁测试餐馆{n}")
                   for n, (lat, lng, color) in enumerate(spots)]
    items = await builders.check_items(3)
    await builders.template(items, industries=["餐饮"])
    viewer = await builders.user(Role.COMMAND, tree["street"], username="command1", password="Zhihui-2026!")
    inspector = await builders.user(Role.INSPECTOR, tree["street"])
    return enterprises, viewer, inspector


async def _report_a_hazard(http: httpx.AsyncClient, inspector, enterprise) -> str:
    """An inspection with one failed item, through the API, as the inspector's phone does it."""
    headers = builders.auth(inspector)
    checklist = (await http.post("/api/v1/inspections", json={"enterprise_id": enterprise.id},
                                 headers={**headers, "Idempotency-Key": uuid.uuid4().hex})).json()
    for n, item in enumerate(checklist["items"]):
        body = {"result": "fail", "note": "灭火器压力不足"} if n == 0 else {"result": "pass"}
        answer = await http.put(f"/api/v1/inspections/{checklist['id']}/items/{item['id']}", json=body,
                                headers=headers)
        assert answer.status_code == 200, answer.text
    submitted = await http.post(f"/api/v1/inspections/{checklist['id']}/submit", headers=headers)
    assert submitted.status_code == 200, submitted.text
    return submitted.json()["hazards"][0]["title"]


async def test_a_viewer_logs_in_reads_the_summary_and_sees_a_new_hazard_arrive(served, tmp_path):
    _require_chromium()
    from playwright.async_api import async_playwright

    enterprises, viewer, inspector = await _street()
    problems: list[str] = []
    async with async_playwright() as driver, httpx.AsyncClient(base_url=served) as http:
        browser = await driver.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        page = await browser.new_page(viewport={"width": 1920, "height": 1080}, locale="zh-CN")
        page.on("console", lambda message: message.type == "error" and problems.append(message.text))
        page.on("pageerror", lambda error: problems.append(str(error)))
        streams: list[str] = []
        page.on("request", lambda request: "/dashboard/stream" in request.url and streams.append(request.url))
        await page.goto(f"{served}/command")
        await page.fill("#username", "command1")
        await page.fill("#password", "wrong-password")
        await page.click("#login-submit")
        await page.wait_for_selector("#login-error:not(:empty)")  # (the page's CSP forbids eval'd predicates)
        await page.fill("#password", "Zhihui-2026!")
        await page.click("#login-submit")
        await page.wait_for_selector("#login", state="hidden")
        await page.wait_for_selector("body[data-loads]")

        token = await page.evaluate("sessionStorage.getItem('jinyan.command.token')")
        summary = await _summary(http, token)
        assert summary is not None
        shown = await _shown_metrics(page)
        assert shown == {name: _shown(name, _pick(summary, name)) for name in shown}

        title = await _report_a_hazard(http, inspector, enterprises[0])
        await page.wait_for_selector("#live-state[data-state=on]", timeout=10_000)
        entry = page.locator("#feed li[data-event=hazard_created]", has_text=title)
        await entry.first.wait_for(timeout=10_000)
        assert "金雁测试餐馆0" in await entry.first.text_content()
        # The stream was opened with a ticket fetched first, never with the login token in its URL.
        opened = [url for url in streams if "/dashboard/stream?" in url]
        assert opened and all("ticket=" in url and token not in url for url in opened), streams
        assert any(url.endswith("/dashboard/stream-ticket") for url in streams), streams
        await page.wait_for_selector("body[data-loads='2']", timeout=10_000)  # the event refreshed the numbers
        assert await _shown_metrics(page) == {name: _shown(name, _pick(await _summary(http, token), name))
                                              for name in shown}
        screenshot = tmp_path / "command.png"
        await page.screenshot(path=str(screenshot))
        print(f"\ncommand-center screenshot: {screenshot}")
        await browser.close()
    # The wrong password is a 401 in the console; anything else (a CSP violation, a script error) fails the test.
    assert [p for p in problems if "status of 401" not in p] == []


async def _log_in(page, served: str, username: str = "command1", password: str = "Zhihui-2026!") -> None:
    await page.goto(f"{served}/command")
    await page.fill("#username", username)
    await page.fill("#password", password)
    await page.click("#login-submit")
    await page.wait_for_selector("#login", state="hidden")
    await page.wait_for_selector("body[data-loads]")


async def _a_fix_awaiting_verification(enterprise, inspector, days_late: int, waited_days: int):
    """A hazard past its deadline whose fix the enterprise submitted `waited_days` ago: the street's queue."""
    from datetime import timedelta

    from core import clock
    from inspections.models import HazardEvent

    today = clock.now().date()
    hazard = await builders.hazard(enterprise, inspector, title="配电箱未上锁", status="submitted",
                                   deadline_date=today - timedelta(days=days_late))
    await HazardEvent.create(hazard=hazard, at=clock.now() - timedelta(days=waited_days), actor_user_id=None,
                             actor_name="企业", from_status="open", to_status="submitted")
    return hazard


async def test_a_fix_awaiting_verification_is_listed_as_such_and_never_as_overdue(served, tmp_path):
    """Issue 17: the street's queue (待复查, with its age) apart from the enterprise's lateness (逾期)."""
    _require_chromium()
    from datetime import timedelta

    from playwright.async_api import async_playwright

    from core import clock

    enterprises, viewer, inspector = await _street()
    late = await builders.hazard(enterprises[1], inspector, title="消防通道堵塞",
                                 deadline_date=clock.now().date() - timedelta(days=4))
    waiting = await _a_fix_awaiting_verification(enterprises[2], inspector, days_late=3, waited_days=5)
    problems: list[str] = []
    async with async_playwright() as driver, httpx.AsyncClient(base_url=served) as http:
        browser = await driver.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        page = await browser.new_page(viewport={"width": 1920, "height": 1080}, locale="zh-CN")
        page.on("pageerror", lambda error: problems.append(str(error)))
        await _log_in(page, served)
        token = await page.evaluate("sessionStorage.getItem('jinyan.command.token')")
        headers = {"Authorization": f"Bearer {token}"}
        queue = (await http.get("/api/v1/dashboard/awaiting-verification", headers=headers)).json()
        assert [row["id"] for row in queue["items"]] == [waiting.id] and queue["items"][0]["waiting_days"] == 5

        overdue_rows = page.locator("#overdue-list li[data-hazard]")
        assert await overdue_rows.count() == 1
        assert await overdue_rows.first.get_attribute("data-hazard") == str(late.id)
        assert "逾期 4 天" in await overdue_rows.first.text_content()
        awaiting_rows = page.locator("#awaiting-list li[data-hazard]")
        assert await awaiting_rows.count() == 1
        text = await awaiting_rows.first.text_content()
        assert "金雁测试餐馆2" in text and "已等 5 天" in text and "配电箱未上锁" in text and "逾期" not in text
        assert await page.text_content("#awaiting-total") == "1"
        assert await page.text_content("[data-metric='verification_queue.count']") == "1"
        assert await page.text_content("[data-metric='hazards.overdue']") == "1"
        await browser.close()
    assert problems == []
