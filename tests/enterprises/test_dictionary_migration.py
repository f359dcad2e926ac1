"""Upgrading a database of free-text industries and categories: enterprises.0010 stores the dictionary's names
for the synonyms, files the old demo's "九小场所" shops under their industry by their name, and leaves a word it
does not know as it was; the new profile flags and the check items' features get their defaults. Runs in a fresh interpreter on its own database, on SQLite and, with TEST_DB_URL, on
MariaDB."""

import json

import pytest

from tests.conftest import run_on_scratch_database

pytestmark = pytest.mark.every_database

OLD_ROWS = [("雁鸣涂料有限公司", "涂料制造", "规模以上"), ("金雁机械厂", "机械制造", "规下"),
            ("福瑞宾馆", "九小场所", "九小场所"), ("鑫达美容美发店", "九小场所", "九小"),
            ("利民便利店", "九小场所", "九小场所"), ("航天配件厂", "航天", "中型")]

_UPGRADE = """
import asyncio, json, sys
from tortoise import Tortoise, connections
from tortoise.migrations.api import migrate
from core.db import tortoise_config

async def main(url, rows):
    config = tortoise_config(url)
    await migrate(config=config, target="inspections.0003_dashboard_indexes")
    await Tortoise.close_connections()
    await Tortoise.init(config=config)
    conn = connections.get("default")
    now = "'2026-01-01 08:00:00'"
    await conn.execute_script(
        f"INSERT INTO region (id, name, level, parent_id, path, created_at, updated_at) "
        f"VALUES (1, '网格', 'grid', NULL, '/1/', {now}, {now})")
    for n, (name, industry, category) in enumerate(rows, start=1):
        await conn.execute_script(
            "INSERT INTO enterprise (name, credit_code, address, region_id, industry, category, contact_name, "
            "contact_phone, main_products, processes, hazardous_materials, special_equipment, status, review_note, "
            f"qr_token, qr_issued_at, version, created_at, updated_at) VALUES ('{name}', 'CODE{n:014d}', '', 1, "
            f"'{industry}', '{category}', '', '', '', '', '[]', '[]', 'active', '', 'token{n}', {now}, 1, {now}, {now})")
    await conn.execute_script(
        "INSERT INTO check_item (code, category, text, basis, severity, major_condition, deadline_days, hazard_type, "
        f"industries, categories, photo_required, preset, created_at, updated_at) VALUES ('WH-01', '危险化学品', "
        f"'危化品未存放于专用仓库', '', 'general', '', 7, 'thing', '[]', '[]', 1, 1, {now}, {now})")
    await Tortoise.close_connections()
    await migrate(config=config)
    await Tortoise.init(config=config)
    conn = connections.get("default")
    _, found = await conn.execute_query("SELECT name, industry, category, hot_work FROM enterprise ORDER BY id")
    _, items = await conn.execute_query("SELECT features FROM check_item")
    print(json.dumps([[[r["name"], r["industry"], r["category"], bool(r["hot_work"])] for r in found],
                      [json.loads(r["features"]) for r in items]], ensure_ascii=False))
    await Tortoise.close_connections()

asyncio.run(main(sys.argv[1], json.loads(sys.argv[2])))
"""


async def test_stored_words_become_the_dictionary_names(tmp_path):
    enterprises, check_item_features = await run_on_scratch_database(_UPGRADE, tmp_path, json.dumps(OLD_ROWS),
                                                                       timeout=120)
    assert enterprises == [
        ["雁鸣涂料有限公司", "化工", "规上", False], ["金雁机械厂", "机械", "规下", False],
        ["福瑞宾馆", "住宿", "九小场所", False], ["鑫达美容美发店", "居民服务", "九小场所", False],
        ["利民便利店", "零售", "九小场所", False], ["航天配件厂", "航天", "中型", False]]
    assert check_item_features == [[]]  # the library's rows get an empty list; `jinyan migrate` then retargets
