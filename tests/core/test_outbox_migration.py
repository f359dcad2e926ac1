"""Upgrading a database whose old notify outbox holds rows: core.0004 copies them with their ids, done ones count as
dispatched and the rest are fanned out again (docs/decisions/090). Runs in a fresh interpreter on its own
database, on SQLite and, with TEST_DB_URL, on MariaDB."""

import pytest

from tests.conftest import run_on_scratch_database

pytestmark = pytest.mark.every_database

_UPGRADE = """
import asyncio, json, sys
from tortoise import Tortoise, connections
from tortoise.migrations.api import migrate
from core.db import tortoise_config

OLD_ROWS = [
    (1, "hazard.closed", '{"hazard_id": 1, "enterprise_id": 1, "title": "t"}', "done", "2026-01-01 08:00:00"),
    (2, "risk.changed", '{"enterprise_id": 1, "color": "red"}', "pending", None),
    (3, "hazard.overdue", '{"hazard_id": 1, "enterprise_id": 1, "title": "t", "deadline": "2026-01-01"}', "dead",
     "2026-01-02 08:00:00"),
]

async def main(url):
    config = tortoise_config(url)
    await migrate(config=config, target="notify.0002_outbox_request_id")
    await Tortoise.close_connections()
    await Tortoise.init(config=config)
    conn = connections.get("default")
    for id_, name, payload, status, finished in OLD_ROWS:
        key = "hazard:1:overdue" if id_ == 3 else None
        await conn.execute_query(
            "INSERT INTO outbox_event (id, name, payload, `key`, status, attempts, available_at, created_at, "
            "finished_at) VALUES (%s, %s, %s, %s, %s, 0, '2026-01-01 08:00:00', '2026-01-01 08:00:00', %s)"
            .replace("%s", "?" if url.startswith("sqlite") else "%s"), [id_, name, payload, key, status, finished])
    await Tortoise.close_connections()
    await migrate(config=config)
    await Tortoise.init(config=config)
    _, rows = await connections.get("default").execute_query(
        "SELECT id, name, `key`, dispatched_at IS NOT NULL AS dispatched FROM outbox_entry ORDER BY id")
    print(json.dumps([[r["id"], r["name"], r["key"], bool(r["dispatched"])] for r in rows]))
    await Tortoise.close_connections()

asyncio.run(main(sys.argv[1]))
"""


async def test_old_outbox_rows_survive_the_upgrade(tmp_path):
    rows = await run_on_scratch_database(_UPGRADE, tmp_path)
    assert rows == [[1, "hazard.closed", None, True], [2, "risk.changed", None, False],
                    [3, "hazard.overdue", "hazard:1:overdue", False]]
