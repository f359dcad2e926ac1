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
import subprocess
import time
import uuid
from html.parser import HTMLParser
from pathlib import Path

import httpx
import pytest

from api.routes import miniprogram
from core.identity import Role
from core.settings import Settings
from inspections.models import Hazard, Inspection
from tests import builders
from tests.api.test_command_page import CHROMIUM, CHROMIUM_ARGS, _require_chromium, _wait_until_ready
from tests.conftest import TEST_SECRET
from tests.test_cli import JINYAN, _free_port

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


class _Parts(HTMLParser):
    def __init__(self):
        super().__init__()
        self.sources: list[str] = []
        self.inline: list[str] = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "script":
            (self.sources if "src" in attrs else self.inline).append(attrs.get("src", "inline script"))
        if tag == "link" and attrs.get("rel") == "stylesheet":
            self.sources.append(attrs["href"])
        if tag == "style" or "style" in attrs or any(name.startswith("on") for name in attrs):
            self.inline.append(tag)


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
        parts = _Parts()
        parts.feed(answer.text)
        assert parts.inline == [] and parts.sources
        for source in parts.sources:
            assert source.startswith("./assets/"), source
            asset = await client.get("/m/" + source.removeprefix("./"))
            assert asset.status_code == 200 and asset.headers["cache-control"].endswith("immutable")
        assert (await client.get("/m", follow_redirects=False)).headers["location"] == "/m/"

    @pytest.mark.parametrize("name", ["../api/app.py", "index.html", "assets/nothing.js", "%2e%2e/package.json"])
    async def test_anything_but_the_built_files_is_404(self, client, name):
        assert (await client.get(f"/m/{name}")).status_code == 404

    def test_no_file_names_a_host_and_the_first_load_is_small(self):
        files = miniprogram.built_files()
        hosts = {host for asset in files.values() for host in re.findall(rb"https?://([\w.-]+)", asset.body)}
        # Namespace URIs and Vue's warning links are strings, never requested.
        assert hosts <= {b"www.w3.org", b"vuejs.org"}, hosts
        gzipped = sum(len(asset.gzipped) for asset in files.values())
        print(f"\nH5 build: {len(files)} files, {sum(len(a.body) for a in files.values())} bytes, {gzipped} gzipped")
        assert gzipped < 300_000  # every file, so the first load (a part of them) is smaller still

    def test_without_a_build_there_is_nothing_to_serve(self, tmp_path):
        assert miniprogram.built_files(tmp_path) == {}


def test_the_mp_weixin_build_has_every_page_our_messages_open():
    _require(MP_DIR)
    app = json.loads((MP_DIR / "app.json").read_text(encoding="utf-8"))
    settings = Settings(env="dev", secret_key=TEST_SECRET)
    linked = {template.page for template in settings.wechat_templates.values() if template.page}
    handlers = (ROOT / "notify" / "handlers.py").read_text(encoding="utf-8") + (
        ROOT / "notify" / "delivery.py").read_text(encoding="utf-8")
    linked |= set(re.findall(r'page=f?"(pages/[\w/]+)', handlers)) | {settings.wechat_scan_page}
    assert {"pages/hazard/detail", "pages/campaign/detail", "pages/notice/detail", "pages/enterprise/risk",
            "pages/notify/subscribe", "pages/scan/index", "pages/inspection/detail"} <= linked
    assert linked <= set(app["pages"]), linked - set(app["pages"])
    for page in app["pages"]:
        for suffix in (".wxml", ".js", ".json"):
            assert (MP_DIR / f"{page}{suffix}").is_file(), page + suffix
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
