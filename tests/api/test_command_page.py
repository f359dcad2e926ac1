"""GET /command, the command-center big screen: served safely (CSP, hashed and cached static files), and used as a
person would, in Debian's headless Chromium against the real server: log in, read the numbers, watch the live feed."""

import gzip
import os
import re
import uuid
from decimal import ROUND_HALF_UP, Decimal
from html.parser import HTMLParser
from pathlib import Path

import httpx
import pytest

from api import static_assets
from core.identity import Role
from tests import builders
from tests.conftest import TEST_SECRET, jinyan_serving

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


@pytest.fixture
async def served(db_clean, tmp_path):
    """`jinyan serve` on a free loopback port against the test database, signing tokens with the tests' key."""
    env = {**os.environ, "ENV": "dev", "DATABASE_URL": db_clean, "SECRET_KEY": TEST_SECRET, "AUTO_MIGRATE": "false",
           "RUN_WORKER_IN_PROCESS": "false", "DATA_DIR": str(tmp_path)}
    async with jinyan_serving([], env, tmp_path, ready_within=40) as base:  # a loaded CI machine starts it slowly
        yield base


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


# -- the command screen against the demo street (issue 24) --

SCREENSHOTS = Path(os.environ.get("JINYAN_SCREENSHOTS", "")) if os.environ.get("JINYAN_SCREENSHOTS") else None


async def _seed_demo(data_dir: Path) -> None:
    from tortoise.transactions import in_transaction

    from demo import history, street
    from inspections import library
    from tests.conftest import settings_for

    await library.load_presets()
    async with in_transaction():
        await street.seed()
        await history.seed(settings=settings_for(data_dir))


async def _shot(page, tmp_path: Path, name: str) -> Path:
    target = (SCREENSHOTS or tmp_path) / name
    await page.screenshot(path=str(target))
    print(f"\n{name}: {target}")
    return target


async def _api(http: httpx.AsyncClient, token: str, path: str):
    answer = await http.get(f"/api/v1{path}", headers={"Authorization": f"Bearer {token}"})
    assert answer.status_code == 200, (path, answer.text)
    return answer.json()


async def _texts(page, selector: str) -> list[str]:
    return await page.eval_on_selector_all(selector, "els => els.map(e => e.textContent)")


async def test_the_duty_officer_reads_the_quarter_clicks_through_and_is_alerted(served, tmp_path):
    """Issue 24 in Chromium against the demo street: 本季度's figures are the API's; the first overdue (or, the demo
    having none, the first 待复查) row opens its enterprise with the reasons from /risk; 待复查, 七日预警 and 比学赶超
    show the API's rows; a 重大 hazard submitted meanwhile raises an alert within 5 seconds that stays until
    acknowledged; at 1920×1080 and 3840×2160 nothing scrolls."""
    _require_chromium()
    from datetime import date

    from playwright.async_api import async_playwright

    from demo.street import DEMO_PASSWORD
    from enterprises.models import Enterprise, User

    await _seed_demo(tmp_path)
    # A green enterprise with a hazard due in three days: left alone it turns yellow within the week (七日预警).
    from datetime import timedelta

    from core import clock

    due = await Enterprise.filter(status="active", risk_color="green").order_by("id").first()
    await builders.hazard(due, await User.filter(role="inspector").first(), title="燃气报警器失效",
                          deadline_date=clock.now().date() + timedelta(days=3))
    problems: list[str] = []
    async with async_playwright() as driver, httpx.AsyncClient(base_url=served) as http:
        browser = await driver.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        page = await browser.new_page(viewport={"width": 1920, "height": 1080}, locale="zh-CN")
        page.on("console", lambda message: message.type == "error" and problems.append(message.text))
        page.on("pageerror", lambda error: problems.append(str(error)))
        await _log_in(page, served, "command", DEMO_PASSWORD)
        token = await page.evaluate("sessionStorage.getItem('jinyan.command.token')")

        # 本季度: the quarter's figures, and the change against the previous quarter-long period.
        loads = int(await page.get_attribute("body", "data-loads"))
        await page.click("#periods button[data-period=quarter]")
        await page.wait_for_selector(f"body[data-loads='{loads + 1}'][data-period=quarter]")
        today = date.fromisoformat((await _api(http, token, "/dashboard/summary"))["period"]["to"])
        start = date(today.year, (today.month - 1) // 3 * 3 + 1, 1)
        quarter = await _api(http, token, f"/dashboard/summary?from={start}&to={today}")
        shown = await _shown_metrics(page)
        assert shown == {name: _shown(name, _pick(quarter, name)) for name in shown}
        assert await page.text_content("#period") == f"{start} 至 {today}"
        assert await page.text_content("#previous-period") == (f"{quarter['previous']['period']['from']} 至 "
                                                                f"{quarter['previous']['period']['to']}")
        change = quarter["change"]["hazards"]["total"]
        assert (await page.text_content("[data-change='hazards.total']")).startswith("较上期 ") or change is None

        # 待复查, 七日预警 and 比学赶超 show the API's rows.
        awaiting = await _api(http, token, "/dashboard/awaiting-verification?size=12")
        assert awaiting["total"] >= 1
        rows = await _texts(page, "#awaiting-list li[data-hazard]")
        assert len(rows) == len(awaiting["items"])
        for row, hazard in zip(rows, awaiting["items"]):
            assert hazard["enterprise_name"] in row and f"已等 {hazard['waiting_days']} 天" in row
        worsening = await _api(http, token, "/dashboard/worsening?days=7")
        rows = await _texts(page, "#worsening-list li[data-enterprise]")
        assert due.id in [e["enterprise_id"] for e in worsening["items"]]
        assert len(rows) == len(worsening["items"])
        for row, enterprise in zip(rows, worsening["items"]):
            assert enterprise["name"] in row and all(reason in row for reason in enterprise["reasons"])
        board = await _api(http, token, f"/dashboard/board?month={today:%Y-%m}")
        improved = sorted((e for c in board["communities"] for e in c["improved_most"]), key=lambda e: -e["change"])
        assert [row.split("+")[0] for row in await _texts(page, "#board-improved li[data-enterprise]")] == [
            e["name"] for e in improved[:6]]
        breakdown = await _api(http, token, "/dashboard/breakdown?by=region")
        assert await page.locator("#breakdown tbody tr[data-region]").count() == len(breakdown["items"])
        # A community's row lists its enterprises, the worst colours first.
        community = breakdown["items"][0]
        await page.click(f"#breakdown tr[data-region='{community['key']}']")
        await page.wait_for_selector("#drawer[data-kind=region] #region-list li[data-enterprise]")
        assert await page.locator("#region-list li[data-enterprise]").count() == community["enterprises"]
        if community["colors"]["yellow"]:
            assert "黄码" in await page.locator("#region-list li[data-enterprise]").first.text_content()
        await page.click("#drawer-close")

        # Red and yellow enterprises as a list; the demo has 12 yellow.
        yellow = await _api(http, token, "/enterprises?color=yellow&status=active&size=100")
        assert await page.locator("#flagged-list li[data-enterprise]").count() == yellow["total"] == 12

        # The base map: the street's, communities' and grids' outlines the demo drew, under the dots.
        outlined = [r for r in await _api(http, token, "/regions") if r["boundary"]]
        assert {r["level"] for r in outlined} == {"street", "community", "grid"}
        assert await page.get_attribute("#chart-map", "data-outlines") == str(len(outlined))

        await _shot(page, tmp_path, "command-1920x1080.png")
        for size in ((1920, 1080), (3840, 2160)):
            loads = int(await page.get_attribute("body", "data-loads"))
            await page.set_viewport_size({"width": size[0], "height": size[1]})
            if size[0] > 1920:  # the wall screen's scale redraws the charts at its resolution
                await page.wait_for_selector(f"body[data-loads='{loads + 1}']")
                await page.wait_for_timeout(1200)  # the charts' entry animation
            else:
                await page.wait_for_timeout(300)
            overflow = await page.evaluate(
                "() => [document.documentElement.scrollWidth, document.documentElement.scrollHeight,"
                " innerWidth, innerHeight]")
            assert overflow[0] <= overflow[2] and overflow[1] <= overflow[3], (size, overflow)
        await _shot(page, tmp_path, "command-3840x2160.png")
        # Scaled, the ring still answers a click where its slice is drawn.
        ring = await page.evaluate("""() => {
            const box = document.getElementById('chart-colors').getBoundingClientRect();
            return {x: box.left + box.width / 2 + 12, y: box.top + box.height * 0.16};
        }""")
        await page.mouse.click(ring["x"], ring["y"])
        await page.wait_for_selector("#drawer[data-kind=colors]")
        await page.click("#drawer-close")
        loads = int(await page.get_attribute("body", "data-loads"))
        await page.set_viewport_size({"width": 1920, "height": 1080})
        await page.wait_for_selector(f"body[data-loads='{loads + 1}']")

        # The first overdue row (the demo keeps none: the first 待复查 row) opens its enterprise's card with the
        # reasons of its colour from /enterprises/{id}/risk.
        row = page.locator("#overdue-list li[data-hazard], #awaiting-list li[data-hazard]").first
        enterprise_id = int(await row.get_attribute("data-enterprise-id"))
        await row.click()
        await page.wait_for_selector(f"#drawer[data-kind=enterprise] [data-enterprise-id='{enterprise_id}']")
        risk = await _api(http, token, f"/enterprises/{enterprise_id}/risk")
        reasons = await _texts(page, "#risk-reasons li")
        costs = sorted((line for line in risk["breakdown"] if line["points"] < 0), key=lambda line: line["points"])
        expected = [v["reason"] for v in risk["vetoes"]] + [line["reason"] for line in costs]
        assert expected, "a yellow enterprise has its reasons"
        assert len(reasons) == max(len(expected), 1)
        assert all(reason.startswith(text) for reason, text in zip(reasons, expected)), (reasons, expected)
        assert await page.locator("#risk-advice li").count() == max(len(risk["advice"]), 1)
        assert await page.locator("#drawer [data-hazard-card]").count() >= 1
        await _shot(page, tmp_path, "command-drawer.png")
        await page.locator("#drawer [data-hazard-card]").first.scroll_into_view_if_needed()
        await _shot(page, tmp_path, "command-drawer-hazards.png")
        await page.click("#drawer-close")

        # A yellow dot on the map opens its enterprise; a slice of the ring lists the enterprises of its colour.
        dot = await page.evaluate("""() => {
            const element = document.getElementById('chart-map'), map = echarts.getInstanceByDom(element);
            const yellow = map.getOption().series.find(s => s.id === 'yellow').data[0];
            const [x, y] = map.convertToPixel({seriesId: 'yellow'}, [yellow[0], yellow[1]]);
            const box = element.getBoundingClientRect();
            return {x: box.left + x, y: box.top + y, id: yellow[5]};
        }""")
        await page.mouse.click(dot["x"], dot["y"])
        await page.wait_for_selector(f"#drawer[data-kind=enterprise] [data-enterprise-id='{dot['id']}']")
        assert (await _api(http, token, f"/enterprises/{dot['id']}"))["risk"]["color"] == "yellow"
        await page.click("#drawer-close")
        await page.click("[data-color-list=yellow]")
        await page.wait_for_selector("#drawer[data-kind=colors] #color-list li[data-enterprise]")
        assert await page.locator("#color-list li[data-enterprise]").count() == 12
        # From the list to one enterprise and back.
        await page.locator("#color-list li[data-enterprise]").first.click()
        await page.wait_for_selector("#drawer[data-kind=enterprise]")
        await page.click("#drawer-back")
        await page.wait_for_selector("#drawer[data-kind=colors]")
        await page.click("#drawer-close")

        # A 重大 hazard submitted now raises an alert within 5 seconds; it stays until acknowledged.
        await page.wait_for_selector("#live-state[data-state=on]", timeout=10_000)
        inspector = await User.filter(role="inspector").first()
        target = await Enterprise.filter(status="active").order_by("id").first()
        headers = builders.auth(inspector)
        checklist = (await http.post("/api/v1/inspections", json={"enterprise_id": target.id},
                                     headers={**headers, "Idempotency-Key": uuid.uuid4().hex})).json()
        evidence = await builders.photo(inspector, target)
        answers = [{"item_id": checklist["items"][0]["id"], "result": "fail", "note": "液化气瓶与明火同室",
                    "severity": "major", "photo_ids": [evidence.id]}]
        submitted = await http.post(f"/api/v1/inspections/{checklist['id']}/submit",
                                    json={"answers": answers, "rest_passed": True},
                                    headers={**headers, "Idempotency-Key": uuid.uuid4().hex})
        assert submitted.status_code == 200, submitted.text
        major = submitted.json()["hazards"][0]
        assert major["severity"] == "major"
        alert = page.locator(f".alert[data-alert='hazard-{major['id']}']")
        await alert.wait_for(timeout=5_000)
        assert target.name in await alert.text_content() and "重大隐患" in await alert.text_content()
        await _shot(page, tmp_path, "command-alert.png")
        await page.wait_for_timeout(1500)
        assert await alert.is_visible(), "the alert stays until acknowledged"
        await alert.locator("button.ack").click()
        await alert.wait_for(state="detached")
        await browser.close()
    assert [p for p in problems if "status of 401" not in p] == []


async def test_a_kiosk_rotates_the_periods_by_itself(served):
    """/command?kiosk=5 on a wall screen: the controls hidden, the periods rotating every 5 seconds."""
    _require_chromium()
    from playwright.async_api import async_playwright

    await _street()
    async with async_playwright() as driver:
        browser = await driver.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        page = await browser.new_page(viewport={"width": 1920, "height": 1080}, locale="zh-CN")
        await page.goto(f"{served}/command?kiosk=5")
        await page.fill("#username", "command1")
        await page.fill("#password", "Zhihui-2026!")
        await page.click("#login-submit")
        await page.wait_for_selector("body.kiosk[data-kiosk='5']")
        assert not await page.is_visible("#logout")
        await page.wait_for_selector("body[data-period=quarter]", timeout=8_000)
        assert await page.get_attribute("#periods button.on", "data-period") == "quarter"
        await page.wait_for_selector("body[data-period=year]", timeout=8_000)
        await browser.close()


async def test_a_turn_to_red_alerts_the_feed_says_when_offline_and_a_failing_panel_shows_a_dash(served, tmp_path):
    """A turn to red (here a system admin's override) raises an alert; offline, the header says so and the feed
    comes back by itself; the board's endpoint failing leaves "—" there and the rest of the screen working; a
    custom range shows that range's figures."""
    _require_chromium()
    from datetime import timedelta

    from playwright.async_api import async_playwright

    from core import clock

    enterprises, viewer, inspector = await _street()
    system = await builders.user(Role.ADMIN)
    problems: list[str] = []
    async with async_playwright() as driver, httpx.AsyncClient(base_url=served) as http:
        browser = await driver.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        context = await browser.new_context(viewport={"width": 1920, "height": 1080}, locale="zh-CN")
        page = await context.new_page()
        page.on("pageerror", lambda error: problems.append(str(error)))
        await page.route("**/api/v1/dashboard/board*", lambda route: route.abort())
        await _log_in(page, served)
        token = await page.evaluate("sessionStorage.getItem('jinyan.command.token')")
        assert await page.text_content("#board-month") == "—"
        assert await page.text_content("#board-improved") == "—"
        assert await page.text_content("[data-metric=enterprises]") == "5"  # the rest works

        # A custom range: its own figures.
        start, end = clock.now().date() - timedelta(days=40), clock.now().date() - timedelta(days=3)
        loads = int(await page.get_attribute("body", "data-loads"))
        await page.click("#periods button[data-period=custom]")
        await page.fill("#range-from", (end - timedelta(days=400)).isoformat())  # longer than the API allows
        await page.fill("#range-to", end.isoformat())
        await page.click("#custom-range button[type=submit]")
        assert await page.get_attribute("body", "data-loads") == str(loads)  # refused on the page, nothing asked
        assert await page.evaluate("document.getElementById('range-from').validationMessage") == "统计周期最长 366 天"
        await page.fill("#range-from", start.isoformat())
        await page.click("#custom-range button[type=submit]")
        await page.wait_for_selector(f"body[data-loads='{loads + 1}'][data-period=custom]")
        custom = await _api(http, token, f"/dashboard/summary?from={start}&to={end}")
        shown = await _shown_metrics(page)
        assert shown == {name: _shown(name, _pick(custom, name)) for name in shown}
        assert await page.text_content("#period") == f"{start} 至 {end}"

        # Turned red: an alert that stays until acknowledged.
        await page.wait_for_selector("#live-state[data-state=on]", timeout=10_000)
        target = enterprises[0]
        answer = await http.post(f"/api/v1/enterprises/{target.id}/risk/override", headers=builders.auth(system),
                                 json={"color": "red", "reason": "发生事故,调查期间", "until":
                                       (clock.now() + timedelta(days=30)).isoformat()})
        assert answer.status_code == 200, answer.text
        alert = page.locator(f".alert[data-alert^='red-{target.id}-']")
        await alert.wait_for(timeout=5_000)
        assert "转为红码" in await alert.text_content() and target.name in await alert.text_content()
        await alert.locator("button", has_text="查看").click()
        await page.wait_for_selector(f"#drawer[data-kind=enterprise] [data-enterprise-id='{target.id}']")
        assert "人工认定" in await page.text_content("#drawer")
        assert await alert.is_visible()
        await alert.locator("button.ack").click()
        await alert.wait_for(state="detached")

        # Offline: said so; back online: reconnected by itself.
        await context.set_offline(True)
        await page.wait_for_selector("#live-state[data-state=error]", timeout=10_000)
        assert "离线" in await page.text_content("#live-state")
        await context.set_offline(False)
        await page.wait_for_selector("#live-state[data-state=on]", timeout=15_000)
        await browser.close()
    assert problems == []
