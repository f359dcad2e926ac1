"""Upgrading a database whose history rows carry their score lines and advice as JSON: scoring.0060 packs them into
the compressed `explanation` and drops the two columns, and the rows read back the same (decision 095). Runs in a
fresh interpreter on its own database, on SQLite and, with TEST_DB_URL, on MariaDB."""

import json

import pytest

from tests.conftest import run_on_scratch_database

pytestmark = pytest.mark.every_database

BREAKDOWN = [{"dimension": "systems", "rule": "document.rules", "points": 0, "reason": "未上传安全生产规章制度"},
             {"dimension": "inspections", "rule": "hazards.base", "points": 45.0, "reason": "检查结果基础分"}]
ADVICE = [{"action": "上传有效期内的安全生产规章制度 +4", "gain": 4.0, "lifts": "", "rule": "document.rules"}]

_UPGRADE = """
import asyncio, json, sys
from tortoise import Tortoise, connections
from tortoise.migrations.api import migrate
from tortoise.transactions import in_transaction
from core.db import tortoise_config

async def main(url, breakdown, advice):
    config = tortoise_config(url)
    await migrate(config=config, target="scoring.0050_ruleset_activated_by")
    await Tortoise.close_connections()
    await Tortoise.init(config=config)
    mysql = url.startswith("mysql")
    now = "'2026-01-01 08:00:00'"
    async with in_transaction() as conn:
        await conn.execute_script(
            f"INSERT INTO region (id, name, level, parent_id, path, created_at, updated_at) "
            f"VALUES (1, '网格', 'grid', NULL, '/1/', {now}, {now})")
        await conn.execute_script(
            "INSERT INTO enterprise (id, name, credit_code, address, region_id, industry, category, contact_name, "
            "contact_phone, main_products, processes, hazardous_materials, special_equipment, status, review_note, "
            f"qr_token, qr_issued_at, version, created_at, updated_at) VALUES (7, '雁鸣涂料', 'CODE00000000000007', "
            f"'', 1, '', '', '', '', '', '', '[]', '[]', 'active', '', 'token7', {now}, 1, {now}, {now})")
        mark = "%s" if mysql else "?"
        for id_, lines, tips in ((1, breakdown, advice), (2, [], []), (3, breakdown[:1], None)):
            await conn.execute_query(
                "INSERT INTO risk_score (id, enterprise_id, ruleset_version, score, color, raw_color, color_since, "
                "breakdown, vetoes, advice, fingerprint, scored_at) VALUES "
                f"({mark}, 7, 0, 45, 'red', 'red', '2026-01-01 08:00:00', {mark}, '[]', {mark}, '', "
                "'2026-01-01 08:00:00')",
                [id_, json.dumps(lines, ensure_ascii=False), "[]" if tips is None else json.dumps(tips)])
    await Tortoise.close_connections()
    await migrate(config=config)
    await Tortoise.init(config=config)
    from scoring.models import RiskScore
    rows = await RiskScore.all().order_by("id")
    print(json.dumps([[r.id, r.breakdown, r.advice] for r in rows], ensure_ascii=False))
    await Tortoise.close_connections()

asyncio.run(main(sys.argv[1], json.loads(sys.argv[2]), json.loads(sys.argv[3])))
"""


async def test_history_rows_read_the_same_after_the_upgrade(tmp_path):
    rows = await run_on_scratch_database(_UPGRADE, tmp_path, json.dumps(BREAKDOWN), json.dumps(ADVICE))
    assert rows == [[1, BREAKDOWN, ADVICE], [2, [], []], [3, BREAKDOWN[:1], []]]
