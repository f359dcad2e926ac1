"""The reminder and escalation sweep: deadline reminders, overdue notices and escalation to the street.

Owned here rather than in notify so that notify never imports inspections. Each notice is recorded once per
hazard and kind through the outbox's `key`, so the sweep is safe to run twice, or in two workers at once."""

import logging
from datetime import datetime, timedelta

from tortoise.exceptions import IntegrityError
from tortoise.transactions import in_transaction

from core import clock
from core.settings import Settings
from inspections import rectification
from inspections.models import Hazard
from inspections.rectification import HazardStatus
from notify import outbox

log = logging.getLogger("jinyan.reminders")


async def sweep(now: datetime | None = None, reminder_days: tuple[int, ...] = (3, 1),
                escalate_after_days: int = 3) -> int:
    """Record the due notices of every open hazard near or past its deadline; answers how many were new.
    Hazards whose fix awaits verification are the inspectors' turn, so only open ones are chased."""
    now = now or clock.now()
    horizon = now.date() + timedelta(days=max(reminder_days, default=0))
    rows = await Hazard.filter(status=HazardStatus.OPEN, deadline_date__lte=horizon).order_by("id").values(
        "id", "enterprise_id", "reported_by_id", "title", "deadline_date")
    recorded = 0
    for row in rows:
        for name, suffix, extra in rectification.due_notices(row["deadline_date"], now, reminder_days,
                                                             escalate_after_days):
            payload = {"hazard_id": row["id"], "enterprise_id": row["enterprise_id"], "title": row["title"],
                       "deadline": row["deadline_date"].isoformat(), **extra}
            if name == "hazard.overdue":
                payload["inspector_id"] = row["reported_by_id"]
            recorded += await _record_once(name, payload, f"hazard:{row['id']}:{suffix}")
    return recorded


async def _record_once(name: str, payload: dict, key: str) -> int:
    try:
        async with in_transaction():
            return 1 if await outbox.record(name, payload, key=key) is not None else 0
    except IntegrityError:
        return 0  # another sweep recorded the same key a moment earlier


async def run(settings: Settings) -> None:
    """The worker job (api/worker.py JOBS)."""
    recorded = await sweep(reminder_days=tuple(settings.hazard_reminder_days),
                           escalate_after_days=settings.hazard_escalate_after_days)
    if recorded:
        log.info("recorded %d hazard reminders", recorded)
