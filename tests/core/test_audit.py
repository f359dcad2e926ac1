import pytest
from tortoise import connections
from tortoise.transactions import in_transaction

from core import audit
from core.audit import Actor
from core.models import AuditEntry, AuditHead

ACTOR = Actor(user_id=7, role="admin", ip="10.1.2.3", request_id="req-1")


@pytest.fixture
def chain_keys():
    """Sets the chain's keys as the app does from its settings (a 32-byte test key first); back to the
    environment's afterwards."""
    audit.configure_keys(audit.ChainKeys(b"k" * 32))
    yield audit.configure_keys
    audit.configure_keys(None)


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


async def _rewrite(seq: int, **changes) -> None:
    await AuditEntry.filter(seq=seq).update(**changes)


async def _rehash_with_sha256(from_seq: int, keep_key_ids: bool = True) -> None:
    """What an attacker with write access to the database can do: recompute every later hash with plain sha256."""
    entries = await AuditEntry.all().order_by("seq")
    prev_hash = entries[from_seq - 2].hash if from_seq > 1 else audit.GENESIS_HASH
    for entry in entries[from_seq - 1:]:
        digest = audit.entry_hash(prev_hash, entry.seq, entry.at, entry.actor_user_id, entry.actor_role, entry.ip,
                                  entry.action, entry.object_type, entry.object_id, entry.before, entry.after)
        await _rewrite(entry.seq, prev_hash=prev_hash, hash=digest,
                       key_id=entry.key_id if keep_key_ids else None)
        prev_hash = digest
    await AuditHead.filter(id=audit.HEAD_ID).update(last_hash=prev_hash)


async def test_a_rewritten_entry_with_every_later_hash_recomputed_is_detected(db_clean):
    await _write(5)
    await _rewrite(2, action="thing.hidden")
    await _rehash_with_sha256(2)
    report = await audit.verify_chain()
    assert "第 2 条审计记录内容被修改" in report.problems and not report.ok


async def test_passing_the_forgery_off_as_entries_of_before_the_key_is_detected(db_clean):
    await _write(3)
    await _rewrite(2, action="thing.hidden")
    await _rehash_with_sha256(1, keep_key_ids=False)
    report = await audit.verify_chain()
    assert report.problems == ["最后一条审计记录没有密钥签名(升级后请运行 jinyan migrate)"]


async def test_the_chain_is_an_hmac_under_the_configured_key(db_clean, chain_keys):
    await _write(2)
    entries = await AuditEntry.all().order_by("seq")
    assert {e.key_id for e in entries} == {audit.key_id(b"k" * 32)}
    chain_keys(audit.ChainKeys(b"another-key-that-is-long-enough!"))  # the key was lost or never given
    assert (await audit.verify_chain()).problems == [
        f"第 {n} 条审计记录的签名密钥未知({audit.key_id(b'k' * 32)}),请在 AUDIT_CHAIN_PREVIOUS_KEYS 中提供"
        for n in (1, 2)]


async def test_a_rotated_key_marks_the_change_and_old_entries_verify_with_the_old_key(db_clean, chain_keys):
    old, new = b"k" * 32, b"n" * 32
    await _write(2)
    chain_keys(audit.ChainKeys(new, previous=(old,)))
    await _write(2)
    entries = await AuditEntry.all().order_by("seq")
    assert [(e.action, e.key_id) for e in entries] == [
        ("thing.changed", audit.key_id(old)), ("thing.changed", audit.key_id(old)),
        (audit.KEYED_MARKER, audit.key_id(new)), ("thing.changed", audit.key_id(new)),
        ("thing.changed", audit.key_id(new))]
    assert entries[2].after == {"key_id": audit.key_id(new), "previous_key_id": audit.key_id(old), "after_seq": 2}
    assert (await audit.verify_chain()).ok


async def test_entries_of_before_the_upgrade_stay_verifiable_and_the_keyed_chain_starts_with_a_marker(db_clean):
    prev = audit.GENESIS_HASH
    for seq in (1, 2):  # as the previous release wrote them
        at = audit.clock.now()
        digest = audit.entry_hash(prev, seq, at, 7, "admin", None, "thing.changed", "thing", str(seq), None, None)
        await AuditEntry.create(seq=seq, at=at, actor_user_id=7, actor_role="admin", action="thing.changed",
                                object_type="thing", object_id=str(seq), prev_hash=prev, hash=digest)
        prev = digest
    await AuditHead.create(id=audit.HEAD_ID, last_seq=2, last_hash=prev)
    assert (await audit.verify_chain()).problems == ["最后一条审计记录没有密钥签名(升级后请运行 jinyan migrate)"]
    assert await audit.ensure_keyed() and not await audit.ensure_keyed()
    await _write(1)
    assert [e.action for e in await AuditEntry.all().order_by("seq")][2:] == [audit.KEYED_MARKER, "thing.changed"]
    assert (await audit.verify_chain()).ok
    await _rewrite(1, action="thing.hidden")  # the old entries are covered by the keyed marker's hash
    await _rehash_with_sha256(1, keep_key_ids=False)
    assert not (await audit.verify_chain()).ok


async def test_the_anchored_head_catches_a_history_re_signed_with_the_key(db_clean):
    await _write(3)
    anchored = await audit.chain_head()
    assert anchored == f"3:{(await AuditEntry.get(seq=3)).hash}"
    await _write(2)
    assert (await audit.verify_chain(expect=anchored)).ok
    # Someone holding the key itself rewrites entry 2 and re-signs everything after it.
    keys = audit.chain_keys()
    entries = await AuditEntry.all().order_by("seq")
    prev_hash = entries[0].hash
    for entry in entries[1:]:
        action = "thing.hidden" if entry.seq == 2 else entry.action
        digest = audit.keyed_hash(keys.current, keys.current_id, prev_hash, entry.seq, entry.at, entry.actor_user_id,
                                  entry.actor_role, entry.ip, action, entry.object_type, entry.object_id,
                                  entry.before, entry.after)
        await _rewrite(entry.seq, action=action, prev_hash=prev_hash, hash=digest)
        prev_hash = digest
    await AuditHead.filter(id=audit.HEAD_ID).update(last_hash=prev_hash)
    assert (await audit.verify_chain()).ok  # the key alone cannot tell
    assert (await audit.verify_chain(expect=anchored)).problems == [
        "第 3 条审计记录与外部锚定的哈希不符:锚定之前的历史被改写"]
    assert (await audit.verify_chain(expect="9:" + "0" * 64)).problems == ["外部锚定的第 9 条审计记录不存在"]


# -- a transaction's entries written at its commit, in one INSERT --

def _inserts(statements: list[str], table: str) -> int:
    return sum(1 for s in statements if s.lstrip().upper().startswith("INSERT") and table in s.split("(")[0])


async def test_a_transactions_entries_go_in_one_insert_at_its_commit_and_chain(db_clean):
    from tests.querycount import count_queries

    await _write(2)
    with count_queries() as statements:
        async with in_transaction():
            for i in range(5):
                await audit.record(ACTOR, "thing.changed", "thing", i, after={"step": i})
            assert await AuditEntry.all().count() == 2  # kept until the commit
    assert _inserts(statements, "audit_entry") == 1
    entries = await AuditEntry.all().order_by("seq")
    assert [(e.seq, e.after) for e in entries[2:]] == [(3 + i, {"step": i}) for i in range(5)]
    assert [e.id for e in entries] == sorted(e.id for e in entries)
    assert all(later.prev_hash == earlier.hash for earlier, later in zip(entries, entries[1:]))
    report = await audit.verify_chain()
    assert report.ok and report.checked == 7
    assert all(not problems for problems in (await audit.check_entries(entries)).values())


async def test_the_snapshot_is_taken_when_recorded_not_when_written(db_clean):
    state = {"colour": "green"}
    async with in_transaction():
        await audit.record(ACTOR, "thing.changed", "thing", 1, before=state)
        state["colour"] = "red"
    assert (await AuditEntry.get(seq=1)).before == {"colour": "green"}


async def test_a_rolled_back_savepoint_takes_its_entries_and_keeps_the_others(db_clean):
    async with in_transaction():
        await audit.record(ACTOR, "thing.kept", "thing", 1)
        with pytest.raises(RuntimeError):
            async with in_transaction():
                await audit.record(ACTOR, "thing.undone", "thing", 2)
                raise RuntimeError("the inner write failed")
        async with in_transaction():
            await audit.record(ACTOR, "thing.released", "thing", 3)
    assert await AuditEntry.all().order_by("seq").values_list("action", flat=True) == ["thing.kept", "thing.released"]
    assert (await audit.verify_chain()).ok


async def test_an_entry_outside_a_transaction_is_written_at_once(db_clean):
    await audit.record(ACTOR, "thing.changed", "thing", 1)
    assert await AuditEntry.all().count() == 1 and (await audit.verify_chain()).ok


async def test_concurrent_writers_keep_one_unforked_chain(db_clean):
    """Twenty transactions at once (real concurrency on MariaDB, one at a time on SQLite), each with three entries:
    every entry written, each transaction's entries next to each other, the chain intact."""
    import asyncio

    async def writer(n: int) -> None:
        async with in_transaction():
            for step in range(3):
                await audit.record(ACTOR, "thing.changed", "thing", n, after={"step": step})
                await asyncio.sleep(0)

    await asyncio.gather(*(writer(n) for n in range(20)))
    entries = await AuditEntry.all().order_by("seq")
    assert [e.seq for e in entries] == list(range(1, 61))
    for start in range(0, 60, 3):
        group = entries[start:start + 3]
        assert len({e.object_id for e in group}) == 1 and [e.after["step"] for e in group] == [0, 1, 2]
    report = await audit.verify_chain()
    assert report.ok and report.checked == 60
    head = await AuditHead.get(id=audit.HEAD_ID)
    assert (head.last_seq, head.last_hash) == (60, entries[-1].hash)
