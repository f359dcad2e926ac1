"""The image runs exactly the commands tested here: `jinyan migrate`, `jinyan serve`, `jinyan worker`,
against the test database (MariaDB in CI's second run), in production mode."""

import os
import re
import signal
import socket
import subprocess
import time
import uuid
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import httpx
import pytest
import yaml

from core.settings import Settings

from tests.conftest import _mysql_execute, free_port
from tests.test_cli import JINYAN

pytestmark = pytest.mark.every_database

ROOT = Path(__file__).resolve().parents[1]


def test_the_image_and_compose_start_only_tested_commands():
    dockerfile = (ROOT / "docker" / "Dockerfile").read_text()
    compose = (ROOT / "docker" / "compose.yaml").read_text()
    assert 'ENTRYPOINT ["jinyan"]' in dockerfile and "USER jinyan" in dockerfile and "HEALTHCHECK" in dockerfile
    services = yaml.safe_load(compose)["services"]
    commands = {service["command"][0] for service in services.values() if service.get("image") == "jinyan:latest"}
    assert commands == {"migrate", "serve", "worker"}


def test_the_compose_file_orders_the_start_and_shares_uploads():
    compose = yaml.safe_load((ROOT / "docker" / "compose.yaml").read_text())
    services = compose["services"]
    assert services["migrate"]["depends_on"] == {"mysql": {"condition": "service_healthy"}}
    for name in ("api", "worker"):
        assert services[name]["depends_on"]["migrate"] == {"condition": "service_completed_successfully"}
        assert services[name]["volumes"] == ["uploads:/data"]
        assert services[name]["environment"]["AUTO_MIGRATE"] == "false"
    assert services["worker"]["deploy"]["replicas"] == 2
    assert "--default-time-zone=+08:00" in services["mysql"]["command"]
    assert "--character-set-server=utf8mb4" in services["mysql"]["command"]


def test_the_rate_limits_are_shared_through_a_healthy_redis():
    services = yaml.safe_load((ROOT / "docker" / "compose.yaml").read_text())["services"]
    assert services["redis"]["healthcheck"]["test"] == ["CMD", "redis-cli", "ping"]
    assert services["api"]["depends_on"]["redis"] == {"condition": "service_healthy"}
    for name in ("api", "worker", "migrate"):
        assert services[name]["environment"]["RATE_LIMIT_STORAGE_URL"] == "async+redis://redis:6379/0"
    Settings(rate_limit_storage_url=services["api"]["environment"]["RATE_LIMIT_STORAGE_URL"])  # a URL `limits` takes
    assert Settings().rate_limit_storage_url == "async+memory://"  # dev needs no Redis


def test_only_the_proxy_is_published_and_the_api_trusts_it():
    services = yaml.safe_load((ROOT / "docker" / "compose.yaml").read_text())["services"]
    assert [name for name, service in services.items() if "ports" in service] == ["proxy"]
    assert services["proxy"]["depends_on"] == {"api": {"condition": "service_healthy"}}
    # Only the proxy can reach the API, so any peer's X-Forwarded-For is the proxy's (docs/deployment.md).
    assert services["api"]["environment"]["FORWARDED_ALLOW_IPS"] == "*"
    assert "FORWARDED_ALLOW_IPS" not in services["worker"]["environment"]


def test_docker_compose_accepts_the_file(tmp_path):
    if subprocess.run(["docker", "compose", "version"], capture_output=True).returncode != 0:
        pytest.skip("no `docker compose` client on this machine (the structure is checked above)")
    required = {**PRODUCTION_SECRETS, "MYSQL_PASSWORD": "m", "PUBLIC_BASE_URL": "https://example.cn",
                "TLS_DIR": str(tmp_path)}
    checked = subprocess.run(["docker", "compose", "-f", str(ROOT / "docker" / "compose.yaml"), "config", "-q"],
                             env={**os.environ, **required}, capture_output=True, text=True)
    assert checked.returncode == 0, checked.stderr


# What production refuses to start without (Settings.production_problems), for every production-mode test here and
# in tests/test_container.py.
PRODUCTION_SECRETS = {"SECRET_KEY": "p" * 40, "AUDIT_CHAIN_KEY": "c" * 40, "WECHAT_APPID": "wx-prod-test",
                      "WECHAT_SECRET": "s", "METRICS_TOKEN": "t" * 20}


@pytest.fixture
async def production_env(tmp_path):
    """A fresh database of the test server (or a SQLite file) and a production configuration."""
    base = os.environ.get("TEST_DB_URL")
    url = f"sqlite://{tmp_path / 'prod.sqlite3'}"
    if base:
        url = urlunsplit(urlsplit(base)._replace(path=f"/jinyan_deploy_{uuid.uuid4().hex[:10]}"))
        await _mysql_execute(url, f"CREATE DATABASE `{urlsplit(url).path[1:]}` CHARACTER SET utf8mb4")
    yield {**os.environ, **PRODUCTION_SECRETS, "ENV": "production", "DATABASE_URL": url, "DATA_DIR": str(tmp_path),
           "AUTO_MIGRATE": "false", "RUN_WORKER_IN_PROCESS": "false"}
    if base:
        await _mysql_execute(url, f"DROP DATABASE IF EXISTS `{urlsplit(url).path[1:]}`")


def test_migrate_then_serve_and_work_in_production_mode(production_env):
    migrated = subprocess.run([JINYAN, "migrate"], env=production_env, capture_output=True, text=True)
    assert migrated.returncode == 0, migrated.stdout + migrated.stderr
    port = free_port()
    api = subprocess.Popen([JINYAN, "serve", "--workers", "2", "--port", str(port)], env=production_env,
                           stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    worker = subprocess.Popen([JINYAN, "worker"], env=production_env, stdout=subprocess.PIPE,
                              stderr=subprocess.STDOUT, text=True)
    try:
        for _ in range(150):
            try:
                if httpx.get(f"http://127.0.0.1:{port}/readyz").status_code == 200:
                    break
            except httpx.TransportError:
                time.sleep(0.2)
        else:
            pytest.fail("the API did not become ready")
        assert httpx.get(f"http://127.0.0.1:{port}/api/v1/me").status_code == 401
        # Production keeps its route map and its metrics to itself.
        assert httpx.get(f"http://127.0.0.1:{port}/openapi.json").status_code == 404
        assert httpx.get(f"http://127.0.0.1:{port}/metrics").status_code == 401
        _assert_connections_spread_over_both_workers(api.pid, port)
    finally:
        api.terminate()
        worker.send_signal(signal.SIGTERM)
        api_output = api.communicate(timeout=15)[0]
        worker_output = worker.communicate(timeout=15)[0]
    assert worker.returncode == 0, worker_output
    assert api.returncode == 0, api_output
    assert "已应用迁移" not in api_output  # production serve does not migrate


_LISTEN, _ESTABLISHED = "0A", "01"  # TCP states as /proc/net/tcp writes them


def _tcp_sockets(pid: int) -> list[tuple[str, int]]:
    """(state, local port) of the TCP sockets a process holds, from /proc (psutil is a bench extra only)."""
    inodes = set()
    for fd in Path(f"/proc/{pid}/fd").iterdir():
        try:
            target = os.readlink(fd)
        except OSError:
            continue
        if target.startswith("socket:["):
            inodes.add(target[8:-1])
    sockets = []
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        for line in Path(table).read_text().splitlines()[1:]:
            fields = line.split()
            if fields[9] in inodes:
                sockets.append((fields[3], int(fields[1].rsplit(":", 1)[1], 16)))
    return sockets


def _children(pid: int) -> list[int]:
    return [int(child) for task in Path(f"/proc/{pid}/task").iterdir()
            for child in (task / "children").read_text().split()]


def _assert_connections_spread_over_both_workers(server_pid: int, port: int, clients: int = 40) -> None:
    """Each API process listens on its own SO_REUSEPORT socket (decision 097) and the kernel spreads new
    connections over them: of a burst of 40 connections held open, each worker holds some (a binomial 40 x 1/2
    falls under 8 about once in 100,000 runs). uvicorn's shared socket let one process accept most of a burst."""
    workers = [child for child in _children(server_pid) if (_LISTEN, port) in _tcp_sockets(child)]
    assert len(workers) == 2, "a listening socket of its own in each of the two workers"
    assert (_LISTEN, port) not in _tcp_sockets(server_pid), "the supervisor itself does not listen"
    # A burst: every connection is in the accept queue before any worker wakes, as when many clients arrive
    # at once. A shared socket hands the whole queue to the first process to wake.
    held = [socket.create_connection(("127.0.0.1", port)) for _ in range(clients)]
    try:
        for sock in held:
            sock.sendall(b"GET /healthz HTTP/1.1\r\nHost: localhost\r\n\r\n")
        for sock in held:
            assert sock.recv(64).startswith(b"HTTP/1.1 200")
        per_worker = [_tcp_sockets(worker).count((_ESTABLISHED, port)) for worker in workers]
    finally:
        for sock in held:
            sock.close()
    assert sum(per_worker) == clients and min(per_worker) >= 8, per_worker


def test_serve_stops_when_a_worker_cannot_listen(production_env):
    """A port another program holds without SO_REUSEPORT: the workers fail at start-up and `serve` exits with
    uvicorn's start-up failure code instead of restarting them forever."""
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        served = subprocess.run([JINYAN, "serve", "--workers", "2", "--port", str(port)], env=production_env,
                                capture_output=True, text=True, timeout=60)
    assert served.returncode == 3, served.stdout + served.stderr
    assert "启动失败" in served.stdout + served.stderr
