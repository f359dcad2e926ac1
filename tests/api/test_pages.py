"""The pages outside the API: the landing page at /, the API docs from files this server ships (checked in Chromium with
every request to another host blocked), and the WeChat console's verification files."""

from urllib.parse import urlsplit

import pytest
from fastapi import APIRouter
from fastapi.staticfiles import StaticFiles
from pydantic import SecretStr, ValidationError

from api import static_assets
from api.app import create_app
from api.routes.command import CONTENT_SECURITY_POLICY
from api.routes.pages import PAGES
from core.settings import Settings
from tests.api.test_command_page import CHROMIUM, CHROMIUM_ARGS, _parts, _require_chromium
from tests.conftest import asgi_client, served, settings_for


def _policy(headers) -> dict[str, str]:
    return dict(part.strip().split(" ", 1) for part in headers["content-security-policy"].split(";"))


def _links(html: str) -> list[str]:
    return [part.split('"', 1)[0] for part in html.split('<a href="')[1:]]


class TestLandingPage:
    async def test_it_is_chinese_and_links_the_pages_this_server_serves(self, client):
        answer = await client.get("/")
        assert answer.status_code == 200 and answer.headers["content-type"].startswith("text/html")
        assert 'lang="zh-CN"' in answer.text and "金雁安全云" in answer.text and "风险码" in answer.text
        # /m/ (the mini program's H5 build) answers with or without a build; /admin/ (the console) without a build
        # answers 404 with a Chinese page saying how to build it.
        assert _links(answer.text) == ["/command", "/admin/", "/m/", "/docs"]
        for link in _links(answer.text):
            page = await client.get(link)
            assert page.status_code in ((200, 404) if link == "/admin/" else (200,)), link
            assert page.headers["content-type"].startswith("text/html"), link

    async def test_a_mounted_front_end_gets_its_link(self, settings, wechat_client, tmp_path):
        app = create_app(settings, wechat=wechat_client, manage_database=False)
        (tmp_path / "index.html").write_text("<!doctype html><title>管理端</title>", encoding="utf-8")
        app.mount("/admin", StaticFiles(directory=tmp_path, html=True))
        mini_program = APIRouter()
        mini_program.add_api_route("/m/{path:path}", lambda path: {"page": path})
        app.include_router(mini_program)
        async with asgi_client(app) as http:
            answer = await http.get("/")
        assert _links(answer.text) == [path for path, _, _ in PAGES] == ["/command", "/admin/", "/m/", "/docs"]

    async def test_it_has_the_command_pages_policy_and_no_inline_script_or_style(self, client):
        answer = await client.get("/")
        policy = _policy(answer.headers)
        assert policy["default-src"] == "'none'" and policy["script-src"] == "'self'"
        assert policy["style-src"] == "'self'" and "unsafe" not in answer.headers["content-security-policy"]
        parts = _parts(answer.text)
        assert parts.scripts == [] and parts.inline_styles == 0
        assert parts.stylesheets == [static_assets.asset_url("pages.css")]


class TestDocs:
    @pytest.mark.parametrize("path, assets", [
        ("/docs", ["swagger-ui.css", "swagger-ui-bundle.js", "swagger-init.js"]),
        ("/redoc", ["pages.css", "redoc.standalone.js", "redoc-init.js"]),
    ])
    async def test_the_pages_load_only_files_of_this_server_and_no_inline_script(self, client, path, assets):
        answer = await client.get(path)
        assert answer.status_code == 200 and 'data-openapi-url="/openapi.json"' in answer.text
        parts = _parts(answer.text)
        assert all("src" in script for script in parts.scripts)
        assert [*parts.stylesheets, *(script["src"] for script in parts.scripts)] == [
            static_assets.asset_url(name) for name in assets]
        for url in [*parts.stylesheets, *(script["src"] for script in parts.scripts)]:
            assert (await client.get(url)).status_code == 200
        policy = _policy(answer.headers)
        assert policy["script-src"] == "'self'" and policy["connect-src"] == "'self'"
        assert policy["default-src"] == "'none'" and policy["frame-ancestors"] == "'none'"
        if path == "/docs":  # Swagger UI runs under the command page's own policy; ReDoc needs inline styles
            assert answer.headers["content-security-policy"] == CONTENT_SECURITY_POLICY

    async def test_fastapis_cdn_pages_are_gone(self, client):
        answer = await client.get("/docs")
        assert "cdn.jsdelivr.net" not in answer.text and "<script>" not in answer.text

    @pytest.mark.parametrize("enabled, status", [(None, 404), (False, 404), (True, 200)])
    async def test_production_serves_them_only_when_enabled(self, tmp_path, wechat_client, enabled, status):
        settings = Settings(env="production", secret_key="p" * 40, data_dir=tmp_path, wechat_appid="wx-prod",
                            wechat_secret="s", database_url=f"sqlite://{tmp_path / 'db.sqlite3'}",
                            docs_enabled=enabled, audit_chain_key=SecretStr("c" * 40), metrics_token="m" * 20)
        async with asgi_client(create_app(settings, wechat=wechat_client, manage_database=False)) as http:
            for path in ("/docs", "/redoc", "/openapi.json"):
                assert (await http.get(path)).status_code == status, path
            links = _links((await http.get("/")).text)
        assert ("/docs" in links) == (status == 200)

    async def test_dev_can_turn_them_off(self, settings, wechat_client):
        app = create_app(settings.model_copy(update={"docs_enabled": False}), wechat=wechat_client,
                         manage_database=False)
        async with asgi_client(app) as http:
            assert (await http.get("/docs")).status_code == 404
            assert (await http.get("/openapi.json")).status_code == 404


@pytest.mark.parametrize("path, shown", [
    ("/docs", ".opblock-summary-path[data-path='/healthz']"),
    ("/redoc", "[data-section-id='tag/运维/operation/healthz_healthz_get']"),
])
async def test_the_docs_render_an_operation_with_the_network_off(db_clean, app, path, shown):
    _require_chromium()
    from playwright.async_api import async_playwright

    blocked, problems = [], []

    async def local_only(route):
        if urlsplit(route.request.url).hostname in ("127.0.0.1", "localhost"):
            await route.continue_()
        else:
            blocked.append(route.request.url)
            await route.abort("internetdisconnected")

    async with served(app) as base, async_playwright() as driver:
        browser = await driver.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        context = await browser.new_context(locale="zh-CN")
        await context.route("**/*", local_only)
        page = await context.new_page()
        page.on("console", lambda message: message.type == "error" and problems.append(message.text))
        page.on("pageerror", lambda error: problems.append(str(error)))
        await page.goto(base + path)
        operation = page.locator(shown).first
        await operation.wait_for(timeout=20_000)
        assert "healthz" in (await operation.text_content()) or "存活检查" in (await operation.text_content())
        await browser.close()
    # ReDoc's sidebar links its logo from its CDN: the policy refuses it before any request is made.
    refused_logo = [p for p in problems if "cdn.redoc.ly/redoc/logo-mini.svg" in p and "img-src" in p]
    assert blocked == [] and problems == refused_logo and len(refused_logo) <= 1


class TestWeChatVerifyFiles:
    FILES = {"MP_verify_a1b2c3.txt": "a1b2c3d4e5", "f3e2d1.txt": "9988776655"}

    @pytest.fixture
    async def http(self, db_clean, tmp_path, wechat_client):
        settings = settings_for(tmp_path).model_copy(update={"wechat_verify_files": self.FILES})
        async with asgi_client(create_app(settings, wechat=wechat_client, manage_database=False)) as http:
            yield http

    @pytest.mark.parametrize("directory", ["/", "/q/"])
    async def test_each_file_is_served_at_the_root_and_under_the_scan_prefix(self, http, directory):
        for name, content in self.FILES.items():
            answer = await http.get(directory + name)
            assert answer.status_code == 200 and answer.text == content
            assert answer.headers["content-type"].startswith("text/plain")

    async def test_an_unlisted_file_is_not_served_and_door_codes_still_open(self, http):
        assert (await http.get("/other.txt")).status_code == 404
        assert (await http.get("/q/other.txt")).status_code == 404  # the door-code page: no such token
        assert (await http.get("/q/MP_verify_a1b2c3.txt?content=x")).text == "a1b2c3d4e5"

    def test_a_settings_file_name_that_is_a_path_is_refused(self, monkeypatch):
        monkeypatch.setenv("WECHAT_VERIFY_FILES", '{"../secret.txt": "x"}')
        with pytest.raises(ValidationError, match="不是校验文件名"):
            Settings()

    def test_the_setting_reads_json_from_the_environment(self, monkeypatch):
        monkeypatch.setenv("WECHAT_VERIFY_FILES", '{"MP_verify_x.txt": "abc"}')
        assert Settings().wechat_verify_files == {"MP_verify_x.txt": "abc"}
