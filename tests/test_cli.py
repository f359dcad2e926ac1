"""The commands the README and the image run, as subprocesses: `jinyan serve --demo`, `jinyan audit verify`."""

import os
import sqlite3
import subprocess
import sys
import time
from contextlib import closing
from pathlib import Path

import httpx
import pytest

from tests.conftest import copy_seeded_demo, free_port

JINYAN = str(Path(sys.executable).parent / "jinyan")


def _count_rows(env: dict, table: str) -> int:
    with closing(sqlite3.connect(Path(env["DATA_DIR"]) / "jinyan.sqlite3")) as db:
        return db.execute(f'SELECT COUNT(*) FROM "{table}"').fetchone()[0]


@pytest.fixture
def env(tmp_path) -> dict:
    return {**os.environ, "DATA_DIR": str(tmp_path), "DATABASE_URL": "", "ENV": "dev"}


def test_serve_with_the_demo_answers_logins(env, seeded_demo_dir):
    # The seeding itself is `seeded_demo_dir`'s (the same `_seed_demo` as `serve --demo` on an empty database).
    copy_seeded_demo(seeded_demo_dir, env["DATA_DIR"])
    port = free_port()
    server = subprocess.Popen([JINYAN, "serve", "--demo", "--port", str(port)], env=env,
                              stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        base = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 120
        while True:
            try:
                if httpx.get(f"{base}/readyz").status_code == 200:
                    break
            except httpx.TransportError:
                pass
            if time.monotonic() > deadline:
                pytest.fail("the server did not become ready")
            time.sleep(0.2)
        login = httpx.post(f"{base}/api/v1/auth/password", json={"username": "admin", "password": "jinyan-demo-2026"})
        assert login.status_code == 200 and login.json()["user"]["role"] == "admin"
        wechat = httpx.post(f"{base}/api/v1/auth/wechat", json={"code": "demo-inspector1"})
        assert wechat.json()["user"]["role"] == "inspector"
        assert httpx.get(f"{base}/docs").status_code == 200
        # Somebody tries another code on the fake WeChat: a public user with an `o-demo-` openid, no demo login.
        assert httpx.post(f"{base}/api/v1/auth/wechat", json={"code": "demo-newfactory"}).status_code == 200
        # The whole product runs in this one process (docs/decisions/044).
        jobs = httpx.get(f"{base}/readyz").json()["jobs"]
        assert all(jobs[name]["runs"] == "in-process" for name in (
            "outbox", "hazard_reminders", "rescore", "outbox_purge", "campaign_reminders", "report_reminders"))
    finally:
        stopping = time.monotonic()
        server.terminate()
        output = server.communicate(timeout=10)[0]
    assert time.monotonic() - stopping < 5, "stopping `jinyan serve` took too long"
    assert "demo-ent1" in output and "演示街道:" not in output  # the logins again; the street was there already
    for page in ("/ ", "/command", "/docs", "/api/v1"):  # the banner links the landing page and what it lists
        assert f"http://127.0.0.1:{port}{page}" in output, page

    # `jinyan demo` too finds the street, adds nothing and lists the same logins.
    enterprises = _count_rows(env, "enterprise")
    again = subprocess.run([JINYAN, "demo"], env=env, capture_output=True, text=True)
    assert again.returncode == 0 and "演示街道:" not in again.stdout
    assert "另有 127 个企业安全员账号:微信 code demo-ent4 … demo-ent130" in again.stdout.replace("\n", "")
    assert "newfactory" not in again.stdout
    for login in ("demo-admin", "demo-command", "demo-inspector5", "demo-ent3"):
        assert login in again.stdout
    # The banner prints the first door codes, so nobody has to decode a PNG to scan one.
    with closing(sqlite3.connect(Path(env["DATA_DIR"]) / "jinyan.sqlite3")) as db:
        first_token = db.execute("SELECT qr_token FROM enterprise ORDER BY id LIMIT 1").fetchone()[0]
    assert f"/q/{first_token}" in output and f"/api/v1/scan/{first_token}" in again.stdout
    assert _count_rows(env, "enterprise") == enterprises == 130

    verify = subprocess.run([JINYAN, "audit", "verify"], env=env, capture_output=True, text=True)
    assert verify.returncode == 0 and "审计链完好" in verify.stdout


def test_create_admin_then_log_in(env):
    made = subprocess.run([JINYAN, "create-admin", "chief", "--password", "a-long-password"], env=env,
                          capture_output=True, text=True)
    assert made.returncode == 0, made.stdout + made.stderr
    again = subprocess.run([JINYAN, "create-admin", "chief", "--password", "x"], env=env,
                           capture_output=True, text=True)
    assert again.returncode == 1 and "用户名已被使用" in again.stdout


def test_the_audit_head_anchors_verify(env):
    made = subprocess.run([JINYAN, "create-admin", "chief", "--password", "a-long-password"], env=env,
                          capture_output=True, text=True)
    assert made.returncode == 0, made.stdout + made.stderr
    head = subprocess.run([JINYAN, "audit", "head"], env=env, capture_output=True, text=True)
    assert head.returncode == 0, head.stderr
    anchored = head.stdout.strip()
    seq, digest = anchored.split(":")
    assert int(seq) >= 1 and len(digest) == 64
    verify = subprocess.run([JINYAN, "audit", "verify", "--expect", anchored], env=env, capture_output=True, text=True)
    assert verify.returncode == 0 and "审计链完好" in verify.stdout, verify.stdout
    forged = f"{seq}:{'0' * 64}"
    refused = subprocess.run([JINYAN, "audit", "verify", "--expect", forged], env=env, capture_output=True, text=True)
    assert refused.returncode == 1 and "锚定之前的历史被改写" in refused.stdout
    other_key = subprocess.run([JINYAN, "audit", "verify"], env={**env, "AUDIT_CHAIN_KEY": "x" * 40},
                               capture_output=True, text=True)
    assert other_key.returncode == 1 and "签名密钥未知" in other_key.stdout


def test_production_refuses_to_start_with_defaults(env):
    result = subprocess.run([JINYAN, "migrate"], env={**env, "ENV": "production"}, capture_output=True, text=True)
    assert result.returncode != 0 and "SECRET_KEY" in (result.stdout + result.stderr)


def test_import_enterprises_from_the_command_line(env, tmp_path, seeded_demo_dir):
    from openpyxl import Workbook

    from enterprises import importing
    from enterprises.credit_code import complete

    copy_seeded_demo(seeded_demo_dir, env["DATA_DIR"])
    book = Workbook()
    book.active.append([c.header for c in importing.COLUMNS])
    values = {"name": "命令行导入企业", "credit_code": complete("91510681MA9000001"), "address": "金雁路9号",
              "lat": 30.97, "lng": 104.28, "region": "金雁湖第一网格", "industry": "机械", "category": "规下",
              "contact_name": "周", "contact_phone": "13600000000"}
    book.active.append([values.get(c.field) for c in importing.COLUMNS])
    book.active.append([values.get(c.field) if c.field != "region" else "无此网格" for c in importing.COLUMNS])
    path = tmp_path / "enterprises.xlsx"
    book.save(path)
    result = subprocess.run([JINYAN, "import", "enterprises", str(path), "--admin", "admin"], env=env,
                            capture_output=True, text=True)
    assert result.returncode == 1, result.stdout + result.stderr  # one bad row
    assert "新增 1 家" in result.stdout and "第 3 行 所属网格" in result.stdout
