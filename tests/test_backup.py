"""The backup procedure of the README, run for real on MariaDB: dump, wipe, restore, the audit chain verifies."""

import os
import shutil
import subprocess
import uuid
from urllib.parse import urlsplit, urlunsplit

import pytest

from tests.test_cli import JINYAN

BASE = os.environ.get("TEST_DB_URL", "")
pytestmark = [pytest.mark.every_database,
              pytest.mark.skipif(not BASE.startswith("mysql://") or not shutil.which("mariadb-dump"),
                                 reason="needs MariaDB and mariadb-dump (the SQLite file is backed up by copying it)")]


def _client_args(url: str) -> list[str]:
    parts = urlsplit(url)
    return ["-h", parts.hostname or "127.0.0.1", "-P", str(parts.port or 3306), "-u", parts.username or "root",
            *([f"-p{parts.password}"] if parts.password else [])]


def _sql(url: str, statement: str) -> str:
    return subprocess.run(["mariadb", *_client_args(url), "-N", "-e", statement], capture_output=True, text=True,
                          check=True).stdout


def test_dump_wipe_restore_and_the_audit_chain_still_verifies(tmp_path):
    name = f"jinyan_backup_{uuid.uuid4().hex[:10]}"
    url = urlunsplit(urlsplit(BASE)._replace(path=f"/{name}"))
    env = {**os.environ, "DATABASE_URL": url, "DATA_DIR": str(tmp_path), "ENV": "dev"}
    _sql(url, f"CREATE DATABASE {name} CHARACTER SET utf8mb4")
    try:
        assert subprocess.run([JINYAN, "demo"], env=env, capture_output=True).returncode == 0
        count_sql = f"SELECT COUNT(*) FROM {name}.audit_entry"
        entries = int(_sql(url, count_sql))
        dump = tmp_path / "backup.sql"
        with dump.open("w") as out:
            subprocess.run(["mariadb-dump", *_client_args(url), "--single-transaction", "--routines", name],
                           stdout=out, check=True)
        _sql(url, f"DROP DATABASE {name}; CREATE DATABASE {name} CHARACTER SET utf8mb4")
        assert subprocess.run([JINYAN, "audit", "verify"], env=env, capture_output=True).returncode != 0
        with dump.open() as source:
            subprocess.run(["mariadb", *_client_args(url), name], stdin=source, check=True)
        assert int(_sql(url, count_sql)) == entries
        verify = subprocess.run([JINYAN, "audit", "verify"], env=env, capture_output=True, text=True)
        assert verify.returncode == 0 and f"共 {entries} 条" in verify.stdout
    finally:
        _sql(url, f"DROP DATABASE IF EXISTS {name}")
