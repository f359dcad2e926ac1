import pytest
from tortoise import connections
from tortoise.transactions import in_transaction

from core import audit
from core.audit import Actor
from core.models import AuditEntry

ACTOR = Actor(user_id=7, role="admin", ip="10.1.2.3", request_id="req-1")


async def _write(n: int) -> None:
    for i in range(n):
        async with in_transaction():
            await audit.record(ACTOR, "thing.changed", "thing", i, before={"v": i}, after={"v": i + 1, "名": "中文"})


async def test_entries_chain_and_verify(db_clean):
    await _write(5)
    report = await audit.verify_chain()
    assert report.ok and report.checked == 5
    entries = await AuditEntry.all().order_by("seq")
    assert [e.seq for e in entries] == [1, 2, 3, 4, 5]
    assert entries[1].prev_hash == entries[0].hash
    assert (entries[0].actor_user_id, entries[0].ip, entries[0].after["名"]) == (7, "10.1.2.3", "中文")


async def test_an_edited_entry_is_detected(db_clean):
    await _write(3)
    await connections.get("default").execute_query(
        "UPDATE audit_entry SET action = 'thing.hidden' WHERE seq = 2")
    report = await audit.verify_chain()
    assert report.problems == ["第 2 条审计记录内容被修改"]


async def test_a_deleted_entry_is_detected(db_clean):
    await _write(3)
    await AuditEntry.filter(seq=2).delete()
    report = await audit.verify_chain()
    assert "第 2 条审计记录缺失(下一条为第 3 条)" in report.problems


async def test_a_truncated_tail_is_detected(db_clean):
    await _write(3)
    await AuditEntry.filter(seq=3).delete()
    report = await audit.verify_chain()
    assert report.problems == ["审计链末尾被截断:应有 3 条,实有 2 条"]


async def test_a_rolled_back_write_leaves_no_entry(db_clean):
    with pytest.raises(RuntimeError):
        async with in_transaction():
            await audit.record(ACTOR, "thing.changed", "thing", 1)
            raise RuntimeError("the write failed")
    assert await AuditEntry.all().count() == 0
    await _write(1)
    assert (await audit.verify_chain()).ok
