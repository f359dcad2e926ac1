"""Idempotent writes: a retry with the same Idempotency-Key by the same user gets the first answer."""

import hashlib
import json

from core import clock
from core.errors import InvalidInput
from inspections.models import IdempotencyRecord

KEY_PATTERN_MAX = 64


def request_fingerprint(operation: str, body: dict) -> str:
    canonical = json.dumps([operation, body], sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256(canonical.encode()).hexdigest()


def checked_key(key: str | None) -> str:
    if not key or not key.strip() or len(key) > KEY_PATTERN_MAX:
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


async def remember(user_id: int, key: str, fingerprint: str, response: dict, status_code: int = 201) -> None:
    """Call inside the write's transaction so the answer and the write commit together."""
    await IdempotencyRecord.create(user_id=user_id, key=key, fingerprint=fingerprint, status_code=status_code,
                                   response=response, created_at=clock.now())
