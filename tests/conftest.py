"""Fixtures: a real database (SQLite file, or MariaDB via TEST_DB_URL) built by the committed migrations,
the ASGI app over real HTTP semantics, and the fake WeChat server."""

import asyncio
import json
import os
import shutil
import socket
import subprocess
import sys
import time
import uuid
from contextlib import asynccontextmanager
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import httpx
import pytest
import pytest_asyncio
import uvicorn
from tortoise import Tortoise, connections

from api.app import create_app
from api.metrics import count_wechat_error
from core import audit, clock, db
from core.settings import Settings
from enterprises import public_reports, regions
from enterprises.scans import scan_log
from scoring import service as scoring_service
from wechat.client import WeChatClient
from wechat.fake import FakeWeChat

TEST_SECRET = "test-secret-key-that-is-long-enough-for-hs256"
JINYAN_COMMAND = str(Path(sys.executable).parent / "jinyan")

# Recorded by tests as user properties, which reach the controlling process under xdist too, for the terminal summary:
# (route, role, status) of every cell the authorization matrix ran; (role, operations, test cases, seconds) of
# every schemathesis run.
AUTHZ_CELL, SCHEMATHESIS_RUN = "authz_cell", "schemathesis_run"
_SUMMARY: dict[str, list] = {AUTHZ_CELL: [], SCHEMATHESIS_RUN: []}


async def _mysql_execute(url: str, sql: str) -> None:
    import aiomysql

    parts = urlsplit(url)
    conn = await aiomysql.connect(host=parts.hostname, port=parts.port or 3306, user=parts.username or "root",
                                  password=parts.password or "", autocommit=True)
    try:
        async with conn.cursor() as cursor:
            await cursor.execute(sql)
    finally:
        conn.close()


async def run_on_scratch_database(script: str, tmp_path: Path, *args: str, timeout: int = 300):
    """A migration test's script (`python -c`), given a database of its own as its first argument: a new MariaDB
    database under TEST_DB_URL, dropped after, or a SQLite file; answers the JSON of the last line it prints."""
    base = os.environ.get("TEST_DB_URL")
    if base:
        url = urlunsplit(urlsplit(base)._replace(path=f"/jinyan_upgrade_{uuid.uuid4().hex[:8]}"))
        await _mysql_execute(url, f"CREATE DATABASE `{urlsplit(url).path.lstrip('/')}` CHARACTER SET utf8mb4")
    else:
        url = f"sqlite://{tmp_path / 'old.sqlite3'}"
    try:
        upgrade = subprocess.run([sys.executable, "-c", script, url, *args], capture_output=True, text=True,
                                 timeout=timeout)
    finally:
        if is_mysql(url):
            await _mysql_execute(url, f"DROP DATABASE IF EXISTS `{urlsplit(url).path.lstrip('/')}`")
    assert upgrade.returncode == 0, upgrade.stderr[-3000:]
    return json.loads(upgrade.stdout.strip().splitlines()[-1])


@pytest.fixture(scope="session")
def database_url(tmp_path_factory) -> str:
    base = os.environ.get("TEST_DB_URL")
    if not base:
        return f"sqlite://{tmp_path_factory.mktemp('db') / 'test.sqlite3'}"
    parts = urlsplit(base)
    return urlunsplit(parts._replace(path=f"/jinyan_test_{uuid.uuid4().hex[:12]}"))


def is_mysql(url: str) -> bool:
    return url.startswith("mysql://")


@pytest_asyncio.fixture(scope="session", loop_scope="session")
async def database(database_url):
    """One database per session, made by the committed migrations exactly as production makes it."""
    if is_mysql(database_url):
        name = urlsplit(database_url).path.lstrip("/")
        await _mysql_execute(database_url, f"CREATE DATABASE `{name}` CHARACTER SET utf8mb4")
    await db.apply_migrations(database_url)
    await db.open_database(database_url)
    yield database_url
    await db.close_database()
    if is_mysql(database_url):
        await _mysql_execute(database_url, f"DROP DATABASE IF EXISTS `{name}`")


def _tables() -> list[str]:
    return [model._meta.db_table for app in Tortoise.apps.values() for model in app.values()]


async def wipe(database: str) -> None:
    """Empty every table (and the per-process caches that mirror them)."""
    await scan_log.flush()
    regions.forget_labels()
    scoring_service.forget_rulesets()
    public_reports.forget_config()
    conn = connections.get("default")
    if is_mysql(database):
        await conn.execute_script("SET FOREIGN_KEY_CHECKS=0;" + "".join(f"DELETE FROM `{t}`;" for t in _tables())
                                  + "SET FOREIGN_KEY_CHECKS=1;")
    else:
        await conn.execute_script("PRAGMA foreign_keys=OFF;" + "".join(f'DELETE FROM "{t}";' for t in _tables())
                                  + "PRAGMA foreign_keys=ON;")
    clock.reset()


@pytest_asyncio.fixture(loop_scope="session")
async def db_clean(database):
    """A database that is empty at the start of the test."""
    yield database
    await wipe(database)


@pytest_asyncio.fixture(scope="module", loop_scope="session")
async def db_module(database):
    """A database shared by the tests of one module (a world built once), emptied after the module."""
    yield database
    await wipe(database)


@pytest.fixture(autouse=True)
def _audit_keys_of_the_environment():
    """An app made with other settings (a production one) configures its audit keys process-wide: forget them after
    the test, so the next one signs with the environment's."""
    yield
    audit.configure_keys(None)


@pytest.fixture(scope="session")
def seeded_demo_dir(tmp_path_factory) -> Path:
    """A DATA_DIR where `jinyan demo` seeded the demo street on its own SQLite file, once per session: the CLI tests
    that start from a seeded street copy it (`copy_seeded_demo`) instead of seeding again (30-45 s each here)."""
    data_dir = tmp_path_factory.mktemp("seeded-demo")
    env = {**os.environ, "DATA_DIR": str(data_dir), "DATABASE_URL": "", "ENV": "dev"}
    seeded = subprocess.run([JINYAN_COMMAND, "demo"], env=env, capture_output=True, text=True)
    assert seeded.returncode == 0, seeded.stdout + seeded.stderr
    # `make run`'s first start on an empty database takes this path too (`jinyan serve --demo`, the same seeding).
    assert "演示街道:130 家企业" in seeded.stdout and "demo-ent1" in seeded.stdout, seeded.stdout
    return data_dir


def copy_seeded_demo(seeded_demo_dir: Path, data_dir: str) -> None:
    shutil.copytree(seeded_demo_dir, data_dir, dirs_exist_ok=True)


@pytest.fixture
def fake_wechat() -> FakeWeChat:
    return FakeWeChat()


@pytest.fixture
def sleeps() -> list[float]:
    """Backoff delays the client asked for; recorded instead of slept so tests stay fast."""
    return []


def fake_wechat_client(fake: FakeWeChat, sleeps: list[float], *, base_url: str | None = None,
                       secret: str | None = None, **options) -> WeChatClient:
    """A client of this fake: in process, or over HTTP (aiohttp) when `base_url` is where it is served."""
    async def record_sleep(seconds: float) -> None:
        sleeps.append(seconds)

    return WeChatClient(fake.appid, secret or fake.secret, base_url=base_url or "https://api.weixin.qq.com",
                        app=None if base_url else fake.app, sleep=record_sleep,
                        on_error=count_wechat_error, **options)


@pytest_asyncio.fixture(loop_scope="session")
async def wechat_client(fake_wechat, sleeps):
    client = fake_wechat_client(fake_wechat, sleeps)
    yield client
    await client.aclose()


def settings_for(data_dir) -> Settings:
    return Settings(env="dev", secret_key=TEST_SECRET, data_dir=data_dir, wechat_appid="wx-fake-app",
                    run_worker_in_process=False, wechat_secret="fake-secret")


@pytest.fixture
def settings(tmp_path) -> Settings:
    return settings_for(tmp_path)


@pytest_asyncio.fixture(loop_scope="session")
async def app(db_clean, settings, wechat_client):
    return create_app(settings, wechat=wechat_client, manage_database=False)


def asgi_client(app, ip: str = "10.0.0.1") -> httpx.AsyncClient:
    return httpx.AsyncClient(transport=httpx.ASGITransport(app=app, client=(ip, 50000)),
                             base_url="http://testserver")


@pytest_asyncio.fixture(loop_scope="session")
async def client(app):
    async with asgi_client(app) as http:
        yield http


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@asynccontextmanager
async def served(app, **options):
    """The app behind a real socket: uvicorn on a free loopback port, in this event loop; yields its base URL.
    `options` go to uvicorn.Config (proxy headers, the access log)."""
    port = free_port()
    config = {"lifespan": "off", "log_level": "warning", **options}
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, **config))
    task = asyncio.create_task(server.serve())
    while not server.started:
        await asyncio.sleep(0.02)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        await task


@asynccontextmanager
async def jinyan_serving(options: list[str], env: dict[str, str], directory: Path, *, ready_within: float = 60):
    """`jinyan serve` with `options` in its own process on a free loopback port, run from `directory`, its log in
    `directory/server.log`: a pipe nobody reads while the tests run fills up (64 KB) and then blocks the server's
    next log line, and with it every request. Yields its base URL once /readyz answers; stops it after."""
    port = free_port()
    log_path = directory / "server.log"
    with log_path.open("w", encoding="utf-8") as log:
        server = subprocess.Popen([JINYAN_COMMAND, "serve", *options, "--port", str(port)],
                                  env={**env, "HOST": "127.0.0.1"}, cwd=directory, text=True, stdout=log,
                                  stderr=subprocess.STDOUT)
        base = f"http://127.0.0.1:{port}"
        try:
            await _until_ready(base, server, log_path, ready_within)
            yield base
        finally:
            server.terminate()
            server.wait(timeout=15)


async def _until_ready(base: str, server: subprocess.Popen, log_path: Path, seconds: float) -> None:
    deadline = time.monotonic() + seconds
    async with httpx.AsyncClient(base_url=base) as http:
        while time.monotonic() < deadline:
            if server.poll() is not None:
                pytest.fail("the server stopped: " + log_path.read_text(encoding="utf-8")[-4000:])
            try:
                if (await http.get("/readyz")).status_code == 200:
                    return
            except httpx.TransportError:
                pass
            await asyncio.sleep(0.1)
    pytest.fail("the server did not become ready")


@pytest.fixture
def client_from():
    """A client whose requests come from the given IP (per-IP limits)."""
    opened = []

    def make(app, ip: str) -> httpx.AsyncClient:
        http = asgi_client(app, ip)
        opened.append(http)
        return http

    return make


def _shared_setup_group(item) -> str | None:
    """Which tests must run in one xdist worker so that a costly shared fixture is made once: the seeded demo street
    (a session fixture), and a module's tests when the module has a fixture of its own scope (an image install,
    a seeded street, a built site)."""
    if "seeded_demo_dir" in item.fixturenames:
        return "seeded-demo"
    definitions = item._fixtureinfo.name2fixturedefs.values()
    if any(chain[-1].scope == "module" for chain in definitions):
        return item.module.__name__
    return None


@pytest.hookimpl(tryfirst=True)  # before xdist reads the groups (--dist loadgroup, the Makefile's)
def pytest_collection_modifyitems(config, items):
    for item in items:
        if group := _shared_setup_group(item):
            item.add_marker(pytest.mark.xdist_group(group))
    _skip_what_the_sqlite_pass_ran(items)


def _skip_what_the_sqlite_pass_ran(items) -> None:
    """On the MariaDB pass (TEST_DB_URL) a test that touches no database — neither the `database` fixture nor, marked
    `every_database`, a database of its own from TEST_DB_URL — already ran, identically, on the SQLite pass: skip it
    there, so CI's second pass spends its minutes on the dialect (about three of them: the CLI's subprocess tests
    run on their own SQLite file whatever TEST_DB_URL says)."""
    if not os.environ.get("TEST_DB_URL"):
        return
    ran_already = pytest.mark.skip(reason="touches no database: it runs on the SQLite pass")
    for item in items:
        if "database" not in item.fixturenames and not item.get_closest_marker("every_database"):
            item.add_marker(ran_already)


def pytest_runtest_logreport(report):
    if report.when == "call":
        for name, value in report.user_properties:
            if name in _SUMMARY:
                _SUMMARY[name].append(value)


def pytest_terminal_summary(terminalreporter, config):
    cells = _SUMMARY[AUTHZ_CELL]
    if cells:
        routes, roles = {c[0] for c in cells}, {c[1] for c in cells}
        terminalreporter.write_line(f"authorization matrix: {len(routes)} routes × {len(roles)} roles = "
                                    f"{len(cells)} requests")
        if os.environ.get("AUTHZ_SHOW"):
            for route, role, status in cells:
                terminalreporter.write_line(f"  {route:60} {role:14} {status}")
    for role, operations, cases, seconds in _SUMMARY[SCHEMATHESIS_RUN]:
        terminalreporter.write_line(f"schemathesis as {role}: {operations} operations, {cases} generated requests "
                                    f"in {seconds:.0f} s")
