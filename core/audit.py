"""The audit trail: every write records who, what, which object, before/after, when and from where,
inside the writer's transaction. Entries form a hash chain so an edited or deleted entry is detectable."""

import hashlib
import json
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from typing import Any

from tortoise.exceptions import IntegrityError

from core import clock
from core.identity import SYSTEM, Actor  # noqa: F401  (re-exported: audit.Actor, audit.SYSTEM)
from core.models import AuditEntry, AuditHead

GENESIS_HASH = "0" * 64
HEAD_ID = 1




def to_jsonable(value: Any) -> Any:
    """Plain JSON values for before/after snapshots, stable across databases."""
    if isinstance(value, dict):
        return {str(k): to_jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple | set):
        return [to_jsonable(v) for v in value]
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    return value


def _epoch_micros(at: datetime) -> int:
    return round(at.timestamp() * 1_000_000)


def entry_hash(prev_hash: str, seq: int, at: datetime, actor_user_id: int | None, actor_role: str,
               ip: str | None, action: str, object_type: str, object_id: str | None,
               before: Any, after: Any) -> str:
    payload = [prev_hash, seq, _epoch_micros(at), actor_user_id, actor_role, ip, action,
               object_type, object_id, before, after]
    canonical = json.dumps(payload, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(canonical.encode()).hexdigest()


async def _locked_head() -> AuditHead:
    head = await AuditHead.filter(id=HEAD_ID).select_for_update().first()
    if head is not None:
        return head
    try:
        await AuditHead.create(id=HEAD_ID, last_seq=0, last_hash=GENESIS_HASH)
    except IntegrityError:
        pass  # another transaction created it first; lock theirs
    return await AuditHead.filter(id=HEAD_ID).select_for_update().get()


async def record(actor: Actor, action: str, object_type: str, object_id: Any = None, *,
                 before: Any = None, after: Any = None) -> AuditEntry:
    """Append one entry. Call inside the use case's transaction so it commits or rolls back with the write."""
    head = await _locked_head()
    seq = head.last_seq + 1
    # Microsecond precision survives both MariaDB DATETIME(6) and SQLite, so the hash recomputes.
    at = clock.now()
    object_id = None if object_id is None else str(object_id)
    before, after = to_jsonable(before), to_jsonable(after)
    digest = entry_hash(head.last_hash, seq, at, actor.user_id, actor.role, actor.ip, action,
                        object_type, object_id, before, after)
    entry = await AuditEntry.create(
        seq=seq, at=at, actor_user_id=actor.user_id, actor_role=actor.role, ip=actor.ip,
        request_id=actor.request_id, action=action, object_type=object_type, object_id=object_id,
        before=before, after=after, prev_hash=head.last_hash, hash=digest,
    )
    head.last_seq, head.last_hash = seq, digest
    await head.save(update_fields=["last_seq", "last_hash"])
    return entry


@dataclass
class ChainReport:
    checked: int
    problems: list[str]

    @property
    def ok(self) -> bool:
        return not self.problems


async def verify_chain(batch_size: int = 1000, progress=None) -> ChainReport:
    """Recompute every hash in order; report edits, deletions and a truncated tail."""
    problems: list[str] = []
    prev_hash, expected_seq, checked = GENESIS_HASH, 1, 0
    last_id = 0
    while True:
        batch = await AuditEntry.filter(id__gt=last_id).order_by("id").limit(batch_size)
        if not batch:
            break
        for entry in batch:
            if entry.seq != expected_seq:
                problems.append(f"第 {expected_seq} 条审计记录缺失(下一条为第 {entry.seq} 条)")
            if entry.prev_hash != prev_hash:
                problems.append(f"第 {entry.seq} 条审计记录的前序哈希不符")
            recomputed = entry_hash(entry.prev_hash, entry.seq, entry.at, entry.actor_user_id,
                                    entry.actor_role, entry.ip, entry.action, entry.object_type,
                                    entry.object_id, entry.before, entry.after)
            if recomputed != entry.hash:
                problems.append(f"第 {entry.seq} 条审计记录内容被修改")
            prev_hash, expected_seq = entry.hash, entry.seq + 1
            checked += 1
            if progress:
                progress(1)
        last_id = batch[-1].id
    head = await AuditHead.filter(id=HEAD_ID).first()
    if head and (head.last_seq != expected_seq - 1 or head.last_hash != prev_hash):
        problems.append(f"审计链末尾被截断:应有 {head.last_seq} 条,实有 {checked} 条")
    return ChainReport(checked=checked, problems=problems)


async def count_entries() -> int:
    return await AuditEntry.all().count()
