"""The command center's live feed: outbox events of the caller's subtree as server-sent events."""

import asyncio
import json
import time
from collections.abc import AsyncIterator

from tortoise.expressions import Q

from core import clock
from core.db import replica_reads
from dashboard.cursor import OutboxCursor
from dashboard.queries import active_enterprises
from core.identity import Principal
from core.models import OutboxEvent

# Outbox event name → the stream's event type (api-contract.md).
STREAM_EVENTS = {"risk.changed": "risk_changed", "hazard.reported": "hazard_created", "hazard.closed": "hazard_closed"}
BATCH = 200


async def latest_event_id() -> int:
    last = await OutboxEvent.all().order_by("-id").first().values_list("id", flat=True)
    return last or 0


async def _visible(principal: Principal, path: str | None, rows: list[dict]) -> list[dict]:
    """Keep the events of enterprises in the subtree, with the enterprise's name for the feed."""
    ids = {row["payload"].get("enterprise_id") for row in rows} - {None}
    names = dict(await active_enterprises(path).filter(id__in=ids).values_list("id", "name")) if ids else {}
    return [row | {"enterprise_name": names[row["payload"]["enterprise_id"]]}
            for row in rows if row["payload"].get("enterprise_id") in names]


def _message(row: dict) -> dict:
    data = {**row["payload"], "enterprise_name": row["enterprise_name"], "at": clock.aware(row["created_at"]).isoformat()}
    return {"id": str(row["id"]), "event": STREAM_EVENTS[row["name"]], "data": json.dumps(data, ensure_ascii=False)}


async def _next_batch(principal: Principal, path: str | None, cursor: OutboxCursor) -> tuple[list[dict], list[dict]]:
    # Every event is read (not only the streamed kinds) so that a gap means an uncommitted transaction.
    unseen = Q(id__gt=cursor.high) | Q(id__in=list(cursor.gaps)) if cursor.gaps else Q(id__gt=cursor.high)
    rows = await (OutboxEvent.filter(unseen).order_by("id").limit(BATCH).values("id", "name", "payload", "created_at"))
    fresh = set(cursor.take([row["id"] for row in rows], time.monotonic()))
    wanted = [row for row in rows if row["id"] in fresh and row["name"] in STREAM_EVENTS]
    return rows, await _visible(principal, path, wanted)


async def events(principal: Principal, path: str | None, after: int | None, poll_seconds: float) -> AsyncIterator[dict]:
    """Events after `after` (the Last-Event-ID), or from now on; forever, polling the outbox table."""
    with replica_reads():
        cursor = OutboxCursor(low=after if after is not None else await latest_event_id())
    while True:
        with replica_reads():  # not across the yields: the caller's context would read the replica too
            rows, visible = await _next_batch(principal, path, cursor)
        for row in visible:
            yield _message(row)
        if len(rows) < BATCH:
            await asyncio.sleep(poll_seconds)
