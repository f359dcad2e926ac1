"""Idempotent writes: a retry with the same Idempotency-Key by the same user gets the first answer."""

import hashlib
import json

from core import clock
from core.errors import InvalidInput
from inspections.models import IdempotencyRecord

KEY_MAX_LENGTH = 64


def request_fingerprint(operation: str, body: dict) -> str:
    canonical = json.dumps([operation, body], sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256(canonical.encode()).hexdigest()


def checked_key(key: str | None) -> str:
    if not key or not key.strip() or len(key) > KEY_MAX_LENGTH:
        raise InvalidInput("请求须携带 Idempotency-Key(最长 64 个字符)", code="IDEMPOTENCY_KEY_REQUIRED",
                           detail=[{"field": "Idempotency-Key", "message": "必填"}])
    return key.strip()


async def replay(user_id: int, key: str, fingerprint: str) -> dict | None:
    """The stored answer of an earlier request with this key; the same key for a different request is refused."""
    record = await IdempotencyRecord.filter(user_id=user_id, key=key).first()
    if record is None:
        return None
    if record.fingerprint != fingerprint:
        raise InvalidInput("该 Idempotency-Key 已用于另一个请求", code="IDEMPOTENCY_KEY_REUSED")
    return record.response


async def claim(user_id: int, key: str, fingerprint: str) -> IdempotencyRecord:
    """Call first inside the write's transaction: a concurrent request with the same key waits on this row and
    then fails with IntegrityError (its caller replays the committed answer) instead of doing the work twice."""
    return await IdempotencyRecord.create(user_id=user_id, key=key, fingerprint=fingerprint, status_code=201,
                                          response={}, created_at=clock.now())


async def remember(record: IdempotencyRecord, response: dict) -> None:
    """Store the answer in the claimed row, still inside the write's transaction."""
    record.response = response
    await record.save(update_fields=["response"])
