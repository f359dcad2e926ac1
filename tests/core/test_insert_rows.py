"""core.db.insert_rows: many rows in one INSERT (SQLite: as many per statement as its parameters allow), each value
through its field's to_db_value, inside the caller's transaction."""

from datetime import timedelta

from tortoise.transactions import in_transaction

from core import clock, db
from core.models import OutboxEvent
from tests.querycount import count_queries


def _event(n: int, now) -> dict:
    return {"name": "risk.changed", "payload": {"enterprise_id": n, "color": "红", "previous_color": None},
            "key": None, "request_id": None if n % 2 else f"r{n}", "available_at": now + timedelta(seconds=n),
            "dispatched_at": None, "created_at": now}


async def test_rows_go_in_one_statement_and_read_back_as_written(db_clean):
    now = clock.now()
    with count_queries() as statements:
        await db.insert_rows(OutboxEvent, [_event(n, now) for n in range(1, 1001)])
    inserts = [s for s in statements if s.lstrip().upper().startswith("INSERT")]
    assert len(inserts) == 1
    rows = await OutboxEvent.all().order_by("id")
    assert len(rows) == 1000
    assert rows[0].payload == {"enterprise_id": 1, "color": "红", "previous_color": None}
    assert (rows[1].request_id, rows[2].request_id) == ("r2", None)
    assert clock.aware(rows[9].available_at) == now + timedelta(seconds=10)


async def test_more_rows_than_sqlite_binds_split_into_statements_and_roll_back_together(db_clean, monkeypatch):
    monkeypatch.setattr(db, "_SQLITE_MAX_PARAMS", 70)  # 10 rows of 7 columns per statement on SQLite
    monkeypatch.setattr(db, "_MYSQL_MAX_ROWS", 10)
    now = clock.now()
    try:
        async with in_transaction():
            with count_queries() as statements:
                await db.insert_rows(OutboxEvent, [_event(n, now) for n in range(1, 26)])
            assert len([s for s in statements if s.lstrip().upper().startswith("INSERT")]) == 3
            assert await OutboxEvent.all().count() == 25
            raise RuntimeError("the use case fails after the insert")
    except RuntimeError:
        pass
    assert await OutboxEvent.all().count() == 0
    await db.insert_rows(OutboxEvent, [])


async def test_update_by_id_sets_each_rows_own_value_and_a_shared_one_in_one_statement(db_clean, monkeypatch):
    now = clock.now()
    await db.insert_rows(OutboxEvent, [_event(n, now) for n in range(1, 6)])
    ids = await OutboxEvent.all().order_by("id").values_list("id", flat=True)
    later = now + timedelta(hours=1)
    with count_queries() as statements:
        await db.update_by_id(OutboxEvent, "request_id", {ids[0]: "甲", ids[2]: None, ids[3]: "丁"},
                              dispatched_at=later)
    assert len([s for s in statements if s.lstrip().upper().startswith("UPDATE")]) == 1
    rows = {r.id: r for r in await OutboxEvent.all()}
    assert [rows[i].request_id for i in ids] == ["甲", "r2", None, "丁", None]
    assert [rows[i].dispatched_at is not None for i in ids] == [True, False, True, True, False]
    assert clock.aware(rows[ids[0]].dispatched_at) == later
    monkeypatch.setattr(db, "_MYSQL_MAX_ROWS", 2)
    with count_queries() as statements:
        await db.update_by_id(OutboxEvent, "request_id", {i: f"x{i}" for i in ids})
    assert len([s for s in statements if s.lstrip().upper().startswith("UPDATE")]) == 3
    assert [r.request_id for r in await OutboxEvent.all().order_by("id")] == [f"x{i}" for i in ids]
