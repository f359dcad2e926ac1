"""The audit trail: every write records who, what, which object, before/after, when and from where,
inside the writer's transaction. Entries form a hash chain so an edited or deleted entry is detectable; the hashes
are HMACs under AUDIT_CHAIN_KEY, a key outside the database, so whoever can write the tables still cannot recompute
them (docs/decisions/037-keyed-audit-chain.md). An operator anchors the head (`jinyan audit head`) outside too."""

import hashlib
import hmac
import json
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from typing import Any

from tortoise.transactions import in_transaction

from core import clock, db
from core.identity import SYSTEM, Actor  # noqa: F401  (re-exported: audit.Actor, audit.SYSTEM)
from core.models import AuditEntry, AuditHead
from core.settings import Settings, get_settings

GENESIS_HASH = "0" * 64
HEAD_ID = 1
# Written under a key the chain's head was not signed with: the chain starts keyed here (after the entries of an
# older release, which only sha256 covers) or continues under a rotated key.
KEYED_MARKER = "audit.chain_keyed"


def key_id(key: bytes) -> str:
    """A short name of a key that reveals nothing of it, stored with each entry it signs."""
    return hmac.new(key, b"jinyan audit key id", hashlib.sha256).hexdigest()[:12]


@dataclass(frozen=True)
class ChainKeys:
    """The key that signs new entries and the older ones that still verify theirs."""

    current: bytes
    previous: tuple[bytes, ...] = ()

    @classmethod
    def from_settings(cls, settings: Settings) -> "ChainKeys":
        return cls(settings.audit_chain_key.get_secret_value().encode(),
                   tuple(k.get_secret_value().encode() for k in settings.audit_chain_previous_keys))

    @property
    def current_id(self) -> str:
        return key_id(self.current)

    def by_id(self) -> dict[str, bytes]:
        return {key_id(k): k for k in (*self.previous, self.current)}


_configured: ChainKeys | None = None


def configure_keys(keys: ChainKeys | None) -> None:
    """The app and the worker set the keys of their settings; without it, those of the environment are used."""
    global _configured
    _configured = keys


def chain_keys() -> ChainKeys:
    return _configured or ChainKeys.from_settings(get_settings())


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


def _canonical(payload: list) -> bytes:
    return json.dumps(payload, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode()


def entry_hash(prev_hash: str, seq: int, at: datetime, actor_user_id: int | None, actor_role: str,
               ip: str | None, action: str, object_type: str, object_id: str | None,
               before: Any, after: Any) -> str:
    """The plain sha256 of entries written before the chain was keyed."""
    payload = [prev_hash, seq, _epoch_micros(at), actor_user_id, actor_role, ip, action,
               object_type, object_id, before, after]
    return hashlib.sha256(_canonical(payload)).hexdigest()


def keyed_hash(key: bytes, key_name: str, prev_hash: str, seq: int, at: datetime, actor_user_id: int | None,
               actor_role: str, ip: str | None, action: str, object_type: str, object_id: str | None,
               before: Any, after: Any) -> str:
    """HMAC-SHA256 over the same fields and the key's id (so an entry cannot claim another key)."""
    payload = [key_name, prev_hash, seq, _epoch_micros(at), actor_user_id, actor_role, ip, action,
               object_type, object_id, before, after]
    return hmac.new(key, _canonical(payload), hashlib.sha256).hexdigest()


async def _locked_head() -> AuditHead:
    # A plain read first: locking a missing row takes a gap lock, and two first writers holding one deadlock.
    if not await AuditHead.exists(id=HEAD_ID):
        await db.upsert(AuditHead, {"id": HEAD_ID, "last_seq": 0, "last_hash": GENESIS_HASH}, conflict=("id",))
    return await AuditHead.filter(id=HEAD_ID).select_for_update().get()


@dataclass(frozen=True)
class _Kept:
    """An entry recorded and not yet written: its snapshot and time are taken when it is recorded."""

    actor: Actor
    action: str
    object_type: str
    object_id: str | None
    before: Any
    after: Any
    at: datetime


def _signed(head: AuditHead, keys: ChainKeys, kept: _Kept) -> dict:
    """The next entry of the chain as the columns of its row; the head moves on to it."""
    seq, name, actor = head.last_seq + 1, keys.current_id, kept.actor
    # Microsecond precision survives both MariaDB DATETIME(6) and SQLite, so the hash recomputes.
    digest = keyed_hash(keys.current, name, head.last_hash, seq, kept.at, actor.user_id, actor.role, actor.ip,
                        kept.action, kept.object_type, kept.object_id, kept.before, kept.after)
    row = {"seq": seq, "at": kept.at, "actor_user_id": actor.user_id, "actor_role": actor.role, "ip": actor.ip,
           "request_id": actor.request_id, "action": kept.action, "object_type": kept.object_type,
           "object_id": kept.object_id, "before": kept.before, "after": kept.after, "prev_hash": head.last_hash,
           "hash": digest, "key_id": name}
    head.last_seq, head.last_hash, head.key_id = seq, digest, name
    return row


def _key_change(head: AuditHead, keys: ChainKeys) -> list[dict]:
    """Before the first entry under a key the head was not signed with: say so in the chain itself."""
    if head.last_seq > 0 and head.key_id != keys.current_id:
        return [_signed(head, keys, _Kept(SYSTEM, KEYED_MARKER, "audit_chain", None, None,
                                          {"key_id": keys.current_id, "previous_key_id": head.key_id,
                                           "after_seq": head.last_seq}, clock.now()))]
    return []


async def _write(kept: list[_Kept]) -> None:
    """A transaction's entries, in the order recorded, at its end: the head locked, each entry signed after its
    predecessor in Python, one INSERT, the head moved on (four statements however many entries)."""
    keys = chain_keys()
    head = await _locked_head()
    rows = _key_change(head, keys) + [_signed(head, keys, one) for one in kept]
    await db.insert_rows(AuditEntry, rows)
    await head.save(update_fields=["last_seq", "last_hash", "key_id"])


async def record(actor: Actor, action: str, object_type: str, object_id: Any = None, *,
                 before: Any = None, after: Any = None) -> None:
    """Append one entry for a write. Call inside the use case's transaction: the entry is kept until that
    transaction commits and written then with the transaction's other entries, in one INSERT (core.db
    .defer_to_commit); a rollback takes it away with the write. Outside a transaction it is written at once.
    The snapshot and the time are taken now; the sequence number and hash when it is written, so an entry may be
    dated a moment before the one preceding it in the chain (a transaction that began earlier committed later)."""
    kept = _Kept(actor, action, object_type, None if object_id is None else str(object_id),
                 to_jsonable(before), to_jsonable(after), clock.now())
    if not db.defer_to_commit(_write, kept):
        async with in_transaction():
            await _write([kept])


async def ensure_keyed() -> bool:
    """After an upgrade (`jinyan migrate`): the marker that starts the keyed chain, if the head is not yet signed
    with the current key; True if one was written."""
    keys = chain_keys()
    async with in_transaction():
        head = await _locked_head()
        if head.last_seq == 0 or head.key_id == keys.current_id:
            return False
        await db.insert_rows(AuditEntry, _key_change(head, keys))
        await head.save(update_fields=["last_seq", "last_hash", "key_id"])
    return True


@dataclass
class ChainReport:
    checked: int
    problems: list[str]

    @property
    def ok(self) -> bool:
        return not self.problems


def _recomputed(entry: AuditEntry, keys: dict[str, bytes]) -> str | None:
    """The entry's hash as its key (or, unkeyed, plain sha256) makes it; None if its key is not known here."""
    fields = (entry.prev_hash, entry.seq, entry.at, entry.actor_user_id, entry.actor_role, entry.ip, entry.action,
              entry.object_type, entry.object_id, entry.before, entry.after)
    if entry.key_id is None:
        return entry_hash(*fields)
    if (key := keys.get(entry.key_id)) is None:
        return None
    return keyed_hash(key, entry.key_id, *fields)


def _check_entry(entry: AuditEntry, prev: AuditEntry | None, keys: dict[str, bytes]) -> list[str]:
    problems = []
    expected_seq = prev.seq + 1 if prev else 1
    if entry.seq != expected_seq:
        problems.append(f"第 {expected_seq} 条审计记录缺失(下一条为第 {entry.seq} 条)")
    if entry.prev_hash != (prev.hash if prev else GENESIS_HASH):
        problems.append(f"第 {entry.seq} 条审计记录的前序哈希不符")
    keyed_before = prev is not None and prev.key_id is not None
    if entry.key_id is None and keyed_before:
        problems.append(f"第 {entry.seq} 条审计记录没有密钥签名,而此前的记录已签名")
    elif entry.key_id is not None and prev is not None and prev.key_id != entry.key_id \
            and entry.action != KEYED_MARKER:
        problems.append(f"第 {entry.seq} 条审计记录换用了密钥,却不是换钥标记")
    recomputed = _recomputed(entry, keys)
    if recomputed is None:
        problems.append(f"第 {entry.seq} 条审计记录的签名密钥未知({entry.key_id}),请在 AUDIT_CHAIN_PREVIOUS_KEYS 中提供")
    elif not hmac.compare_digest(recomputed, entry.hash):
        problems.append(f"第 {entry.seq} 条审计记录内容被修改")
    return problems


async def verify_chain(batch_size: int = 1000, progress=None, expect: str | None = None) -> ChainReport:
    """Recompute every hash in order; report edits, deletions, a truncated tail, entries without a key after
    keyed ones, and (given `expect`, a head anchored outside as "seq:hash") a history rewritten before it."""
    keys = chain_keys().by_id()
    problems: list[str] = []
    prev: AuditEntry | None = None
    checked, last_id = 0, 0
    anchor_seq, anchor_hash = parse_anchor(expect) if expect else (None, None)
    anchor_found = False
    while True:
        batch = await AuditEntry.filter(id__gt=last_id).order_by("id").limit(batch_size)
        if not batch:
            break
        for entry in batch:
            problems += _check_entry(entry, prev, keys)
            if entry.seq == anchor_seq:
                anchor_found = True
                if not hmac.compare_digest(entry.hash, anchor_hash):
                    problems.append(f"第 {entry.seq} 条审计记录与外部锚定的哈希不符:锚定之前的历史被改写")
            prev = entry
            checked += 1
            if progress:
                progress(1)
        last_id = batch[-1].id
    if anchor_seq is not None and not anchor_found:
        problems.append(f"外部锚定的第 {anchor_seq} 条审计记录不存在")
    if prev is not None and prev.key_id is None:
        problems.append("最后一条审计记录没有密钥签名(升级后请运行 jinyan migrate)")
    head = await AuditHead.filter(id=HEAD_ID).first()
    last_seq, last_hash = (prev.seq, prev.hash) if prev else (0, GENESIS_HASH)
    if head and (head.last_seq != last_seq or head.last_hash != last_hash):
        problems.append(f"审计链末尾被截断:应有 {head.last_seq} 条,实有 {checked} 条")
    return ChainReport(checked=checked, problems=problems)


def parse_anchor(expect: str) -> tuple[int, str]:
    seq, _, digest = expect.strip().partition(":")
    if not seq.isdigit() or len(digest) != 64:
        raise ValueError("锚定值应为 `序号:哈希`,即 jinyan audit head 打印的内容")
    return int(seq), digest.lower()


async def chain_head() -> str:
    """The chain's head as "seq:hash", to be kept outside the database (printed, mailed, written to a ledger)."""
    last = await AuditEntry.all().order_by("-seq").first()
    return f"{last.seq}:{last.hash}" if last else f"0:{GENESIS_HASH}"


async def count_entries() -> int:
    return await AuditEntry.all().count()


# -- reading the trail (the console's 运维 page, GET /audit) --

async def search(*, object_type: str | None = None, object_id: str | None = None, actor_user_id: int | None = None,
                 action: str | None = None, since: datetime | None = None, until: datetime | None = None,
                 before_seq: int | None = None, size: int = 50) -> tuple[list[AuditEntry], bool]:
    """Entries newest first, filtered by object, actor, action and time [since, until), in pages keyed by `seq`
    (the next page is the entries before the last one's seq): no OFFSET and no COUNT over a table that only grows.
    Returns the page and whether older entries match."""
    query = AuditEntry.all()
    if object_type:
        query = query.filter(object_type=object_type)
    if object_id:
        query = query.filter(object_id=object_id)
    if actor_user_id is not None:
        query = query.filter(actor_user_id=actor_user_id)
    if action:
        query = query.filter(action=action)
    if since is not None:
        query = query.filter(at__gte=since)
    if until is not None:
        query = query.filter(at__lt=until)
    if before_seq is not None:
        query = query.filter(seq__lt=before_seq)
    rows = await query.order_by("-seq").limit(size + 1)
    return rows[:size], len(rows) > size


async def check_entries(entries: list[AuditEntry]) -> dict[int, list[str]]:
    """The cheap part of verify_chain, for the entries on a page: each entry's hash recomputed under its key, and
    its link to the entry before it (one query for the predecessors not on the page). seq → problems (empty when
    intact). The whole chain (deletions elsewhere, a truncated tail) is `jinyan audit verify`'s."""
    keys = chain_keys().by_id()
    by_seq = {e.seq: e for e in entries}
    wanted = [e.seq - 1 for e in entries if e.seq > 1 and e.seq - 1 not in by_seq]
    if wanted:
        by_seq.update({e.seq: e for e in await AuditEntry.filter(seq__in=wanted)})
    found: dict[int, list[str]] = {}
    for entry in entries:
        problems = []
        recomputed = _recomputed(entry, keys)
        if recomputed is None:
            problems.append(f"签名密钥未知({entry.key_id}),无法校验")
        elif not hmac.compare_digest(recomputed, entry.hash):
            problems.append("内容与签名不符:记录被修改")
        if entry.seq == 1:
            if entry.prev_hash != GENESIS_HASH:
                problems.append("第一条记录的前序哈希不符")
        elif (prev := by_seq.get(entry.seq - 1)) is None:
            problems.append(f"前一条(第 {entry.seq - 1} 条)记录缺失")
        elif prev.hash != entry.prev_hash:
            problems.append("与前一条记录的哈希不相接")
        found[entry.seq] = problems
    return found
