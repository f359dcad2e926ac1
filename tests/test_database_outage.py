"""MariaDB killed (SIGKILL) while requests run, then restarted on the same data directory, under a served app that
is never restarted. During the outage every answer is 503 DATABASE_UNAVAILABLE (JSON, Chinese message,
Retry-After), never a 500; the app recovers by itself; afterwards every write the client was told succeeded is
there, every write is all there or not there at all, and the audit chain verifies.

The server is our own: a private mariadbd on its own data directory, port and socket (the machine's server on 3306
is left alone), and the app is `jinyan serve` in its own process. It needs no TEST_DB_URL, so it runs once, in the
SQLite run of the suite. About 20 s."""

import asyncio
import os
import shutil
import signal
import subprocess
import time
from dataclasses import dataclass, field
from pathlib import Path

import httpx
import pytest

from tests.conftest import free_port
from tests.test_cli import JINYAN

pytestmark = [
    pytest.mark.skipif(not (shutil.which("mariadbd") and shutil.which("mariadb-install-db")),
                       reason="needs mariadbd and mariadb-install-db (Debian: apt-get install mariadb-server)"),
    pytest.mark.skipif(bool(os.environ.get("TEST_DB_URL")),
                       reason="runs its own MariaDB, so once is enough: it runs in the SQLite run of the suite"),
]

WRITERS = 4
ADMIN, PASSWORD = "outage-admin", "outage-password-1"


class PrivateMariaDB:
    """A mariadbd of our own under tmp_path, which the test may kill and restart."""

    def __init__(self, root: Path) -> None:
        self.datadir, self.port, self.root = root / "data", free_port(), root
        self.process: subprocess.Popen | None = None
        self.url = f"mysql://root:@127.0.0.1:{self.port}/jinyan"
        user = ["--user=root"] if os.geteuid() == 0 else []
        subprocess.run(["mariadb-install-db", "--no-defaults", "--auth-root-authentication-method=normal",
                        f"--datadir={self.datadir}", "--skip-test-db", *user],
                       check=True, capture_output=True)
        self.command = ["mariadbd", "--no-defaults", f"--datadir={self.datadir}", f"--port={self.port}",
                        "--bind-address=127.0.0.1", f"--socket={root / 'mariadb.sock'}",
                        f"--pid-file={root / 'mariadb.pid'}", f"--log-error={root / 'mariadb.err'}",
                        "--innodb-buffer-pool-size=32M", "--skip-log-bin", *user]

    def start(self) -> None:
        self.process = subprocess.Popen(self.command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        for _ in range(300):
            if self.sql("SELECT 1", check=False).returncode == 0:
                return
            assert self.process.poll() is None, (self.root / "mariadb.err").read_text()[-2000:]
            time.sleep(0.1)
        raise AssertionError("mariadbd did not start in 30 s")

    def kill(self) -> None:
        self.process.send_signal(signal.SIGKILL)
        self.process.wait()

    def sql(self, statement: str, check: bool = True) -> subprocess.CompletedProcess:
        return subprocess.run(["mariadb", "--no-defaults", "-h", "127.0.0.1", "-P", str(self.port), "-u", "root",
                               "-N", "-B", "-e", statement], capture_output=True, text=True, check=check)

    def rows(self, statement: str) -> list[list[str]]:
        return [line.split("\t") for line in self.sql(statement).stdout.splitlines()]


@pytest.fixture
def mariadb(tmp_path):
    server = PrivateMariaDB(tmp_path)
    server.start()
    server.sql("CREATE DATABASE jinyan CHARACTER SET utf8mb4")
    yield server
    if server.process.poll() is None:
        server.kill()


@dataclass
class Answer:
    name: str | None      # the region a write tried to create; None for a read
    started: float
    ended: float
    status: int
    body: dict | None
    retry_after: str | None


@dataclass
class Stream:
    base: str
    token: str
    parent_id: int
    answers: list[Answer] = field(default_factory=list)
    running: bool = True

    async def writer(self, http: httpx.AsyncClient, number: int) -> None:
        """Alternates a write (a new region: a row, its path, an audit entry) and a read, without pause."""
        sequence = 0
        while self.running:
            sequence += 1
            name = f"outage-{number}-{sequence}"
            await self.call(http, name, "POST", "/api/v1/regions",
                            json={"name": name, "level": "street", "parent_id": self.parent_id})
            await self.call(http, None, "GET", "/api/v1/regions")

    async def call(self, http: httpx.AsyncClient, name, method: str, path: str, **kwargs) -> None:
        started = time.monotonic()
        answer = await http.request(method, self.base + path, headers={"Authorization": f"Bearer {self.token}"},
                                    **kwargs)
        body = answer.json() if answer.headers.get("content-type", "").startswith("application/json") else None
        self.answers.append(Answer(name, started, time.monotonic(), answer.status_code, body, answer.headers.get("retry-after")))


def serve(mariadb: PrivateMariaDB, tmp_path: Path, **settings: str) -> tuple[subprocess.Popen, str, dict]:
    env = {**os.environ, "DATABASE_URL": mariadb.url, "DATA_DIR": str(tmp_path), "ENV": "dev",
           "RUN_WORKER_IN_PROCESS": "false", **settings}
    subprocess.run([JINYAN, "create-admin", ADMIN, "--password", PASSWORD], env=env, check=True,
                   capture_output=True)
    port = free_port()
    app = subprocess.Popen([JINYAN, "serve", "--port", str(port)], env=env, stdout=subprocess.DEVNULL,
                           stderr=open(tmp_path / "serve.log", "w"))
    base = f"http://127.0.0.1:{port}"
    for _ in range(300):
        try:
            if httpx.get(f"{base}/readyz", timeout=1).status_code == 200:
                return app, base, env
        except httpx.TransportError:
            pass
        assert app.poll() is None, (tmp_path / "serve.log").read_text()[-3000:]
        time.sleep(0.1)
    raise AssertionError("jinyan serve did not answer in 30 s")


def is_outage_answer(answer: Answer) -> bool:
    return (answer.status == 503 and answer.retry_after == "5" and answer.body is not None
            and answer.body.get("code") == "DATABASE_UNAVAILABLE" and "数据库" in answer.body.get("message", ""))


async def test_the_app_answers_503_while_mariadb_is_down_recovers_by_itself_and_loses_no_write(mariadb, tmp_path):
    app, base, env = serve(mariadb, tmp_path)
    try:
        async with httpx.AsyncClient(timeout=15) as http:
            login = await http.post(f"{base}/api/v1/auth/password", json={"username": ADMIN, "password": PASSWORD})
            token = login.json()["access_token"]
            district = await http.post(f"{base}/api/v1/regions", json={"name": "断电区", "level": "district"},
                                       headers={"Authorization": f"Bearer {token}"})
            assert district.status_code == 201, district.text
            stream = Stream(base, token, district.json()["id"])
            writers = [asyncio.create_task(stream.writer(http, n)) for n in range(WRITERS)]

            await asyncio.sleep(1.5)
            killed_at = time.monotonic()
            mariadb.kill()
            await asyncio.sleep(2.5)
            restarted_at = time.monotonic()
            await asyncio.to_thread(mariadb.start)  # the stream keeps running while InnoDB recovers
            recovered_at = None
            while time.monotonic() - restarted_at < 15:
                await asyncio.sleep(0.2)
                recent = [a for a in stream.answers if a.started > time.monotonic() - 1]
                if recovered_at is None and recent and all(a.status < 300 for a in recent):
                    recovered_at = time.monotonic()
                if recovered_at and time.monotonic() - recovered_at > 1.5:
                    break
            stream.running = False
            await asyncio.gather(*writers)
    finally:
        app.send_signal(signal.SIGTERM)
        app.wait(timeout=30)  # serve gives requests in flight 10 s; a loaded machine needs the rest

    answers = stream.answers
    before = [a for a in answers if a.ended < killed_at]  # those in flight at the kill may go either way
    during = [a for a in answers if killed_at + 0.2 < a.started < restarted_at]
    after = [a for a in answers if recovered_at and a.started > recovered_at]
    statuses = sorted({a.status for a in answers})
    print(f"\noutage: {len(answers)} requests, {len(before)} before the kill, {len(during)} while down, "
          f"recovered {recovered_at - restarted_at if recovered_at else None:.1f} s after the restart; "
          f"statuses {statuses}")
    assert all(a.status in (200, 201, 503) for a in answers), [a for a in answers if a.status not in (200, 201, 503)]
    assert all(a.status < 300 for a in before), [a for a in before if a.status >= 300][:3]
    assert len(during) >= 10 and all(is_outage_answer(a) for a in during), [a for a in during
                                                                             if not is_outage_answer(a)][:3]
    assert all(is_outage_answer(a) for a in answers if a.status == 503)
    assert recovered_at is not None, "the app did not recover within 15 s of the restart"
    assert len(after) >= 10 and all(a.status < 300 for a in after)

    # No partial writes: each region is whole (row, path, one audit entry) or absent; every 201 is there.
    regions = {name: (region_id, path) for region_id, name, path in
               mariadb.rows("SELECT id, name, path FROM jinyan.region WHERE name LIKE 'outage-%'")}
    audited = {object_id for (object_id,) in mariadb.rows(
        "SELECT object_id FROM jinyan.audit_entry WHERE action = 'region.created'")}
    for name, (region_id, path) in regions.items():
        assert path.endswith(f"/{region_id}/") and region_id in audited, (name, region_id, path)
    every_region = {region_id for (region_id,) in mariadb.rows("SELECT id FROM jinyan.region")}
    assert audited <= every_region, sorted(audited - every_region)  # no audit entry for a row that is not there
    created = {a.name for a in answers if a.name and a.status == 201}
    assert created <= set(regions), sorted(created - set(regions))
    refused = {a.name for a in answers if a.name and a.status == 503}
    print(f"writes: {len(created)} answered 201, {len(refused)} answered 503 "
          f"({len(refused & set(regions))} of those committed before the answer was lost)")
    assert "unhandled error" not in (tmp_path / "serve.log").read_text()
    verify = subprocess.run([JINYAN, "audit", "verify"], env=env, capture_output=True, text=True)
    assert verify.returncode == 0, verify.stdout + verify.stderr


async def test_a_frozen_database_is_503_at_the_deadline_and_the_app_goes_on_after(mariadb, tmp_path):
    app, base, env = serve(mariadb, tmp_path, REQUEST_TIMEOUT_SECONDS="2")
    try:
        async with httpx.AsyncClient(timeout=15) as http:
            login = await http.post(f"{base}/api/v1/auth/password", json={"username": ADMIN, "password": PASSWORD})
            headers = {"Authorization": f"Bearer {login.json()['access_token']}"}
            mariadb.process.send_signal(signal.SIGSTOP)  # alive but silent, as behind a partition
            try:
                started = time.monotonic()
                frozen = await asyncio.gather(
                    http.get(f"{base}/api/v1/regions", headers=headers),
                    http.post(f"{base}/api/v1/regions", headers=headers, json={"name": "冻结区", "level": "district"}))
                waited = time.monotonic() - started
            finally:
                mariadb.process.send_signal(signal.SIGCONT)
            for answer in frozen:
                assert answer.status_code == 503 and answer.headers["Retry-After"] == "5"
                assert answer.json() == {"code": "REQUEST_TIMEOUT", "message": "服务器处理超时,请稍后重试", "detail": None}
            assert 2 <= waited < 6, waited
            for _ in range(50):  # the cancelled queries' connections are dropped; the pool opens new ones
                if (await http.get(f"{base}/api/v1/regions", headers=headers)).status_code == 200:
                    break
                await asyncio.sleep(0.2)
            after = await http.post(f"{base}/api/v1/regions", headers=headers, json={"name": "解冻区", "level": "district"})
            assert after.status_code == 201, after.text
    finally:
        app.send_signal(signal.SIGTERM)
        app.wait(timeout=30)
    # The write cut off by the deadline is all there or not there: its row and its audit entry together.
    rows = mariadb.rows("SELECT id FROM jinyan.region WHERE name = '冻结区'")
    audited = mariadb.rows("SELECT object_id FROM jinyan.audit_entry WHERE action = 'region.created'")
    assert len(audited) == 1 + len(rows) and all(row in audited for row in rows)
    verify = subprocess.run([JINYAN, "audit", "verify"], env=env, capture_output=True, text=True)
    assert verify.returncode == 0, verify.stdout + verify.stderr
