"""Worker liveness: a row per worker process, stamped on a timer."""

import os
import socket
from datetime import datetime, timedelta

from core import clock, db
from core.models import WorkerHeartbeat

STALE_AFTER = timedelta(seconds=30)
FORGET_AFTER = timedelta(days=1)
WORKER_ID = f"{socket.gethostname()}:{os.getpid()}"
_STARTED_AT = clock.now()


async def beat() -> None:
    now = clock.now()
    await db.upsert(WorkerHeartbeat, {"worker_id": WORKER_ID, "started_at": _STARTED_AT, "seen_at": now},
                    conflict=("worker_id",), replace=("seen_at",))
    await WorkerHeartbeat.filter(seen_at__lt=now - FORGET_AFTER).delete()


async def live_workers(now: datetime) -> int:
    return await WorkerHeartbeat.filter(seen_at__gte=now - STALE_AFTER).count()


async def workers(now: datetime) -> list[dict]:
    """Every worker seen in the last day: its id (host:pid), when it started, when it last beat, alive or not."""
    rows = await WorkerHeartbeat.all().order_by("-seen_at").values_list("worker_id", "started_at", "seen_at")
    return [{"worker_id": worker_id, "started_at": clock.aware(started), "seen_at": clock.aware(seen),
             "alive": clock.aware(seen) >= now - STALE_AFTER} for worker_id, started, seen in rows]
