"""The reminder and escalation sweep: deadline reminders, overdue notices and escalation to the street.

Owned here rather than in notify so that notify never imports inspections. Each notice is recorded once per
hazard and kind through the outbox's `key`, so the sweep is safe to run twice, or in two workers at once."""

import logging
from datetime import datetime, timedelta

from tortoise.exceptions import IntegrityError
from tortoise.functions import Max
from tortoise.transactions import in_transaction

from core import clock, outbox
from core.events import Event, event_type
from core.settings import Settings
from inspections import rectification
from inspections.events import HazardOverdue, VerificationWaiting
from inspections.models import Hazard, HazardEvent
from inspections.rectification import HazardStatus

log = logging.getLogger("jinyan.reminders")


async def sweep(now: datetime | None = None, reminder_days: tuple[int, ...] = (3, 1),
                escalate_after_days: int = 3) -> int:
    """Record the due notices of every open hazard near or past its deadline; answers how many were new.
    Hazards whose fix awaits verification are the inspectors' turn, so only open ones are chased."""
    now = now or clock.now()
    horizon = now.date() + timedelta(days=max(reminder_days, default=0))
    rows = await Hazard.filter(status=HazardStatus.OPEN, deadline_date__lte=horizon).order_by("id").values(
        "id", "enterprise_id", "reported_by_id", "title", "deadline_date", "deadline_changes")
    recorded = 0
    for row in rows:
        for name, suffix, extra in rectification.due_notices(row["deadline_date"], now, reminder_days,
                                                             escalate_after_days):
            if name == HazardOverdue.name:
                extra = {**extra, "inspector_id": row["reported_by_id"]}
            event = event_type(name)(hazard_id=row["id"], enterprise_id=row["enterprise_id"], title=row["title"],
                                     deadline=row["deadline_date"], **extra)
            recorded += await record_once(event, notice_key(row["id"], row["deadline_changes"], suffix))
    return recorded


def notice_key(hazard_id: int, deadline_changes: int, suffix: str) -> str:
    """Once per hazard, kind and deadline: a deadline moved by an extension or a revision is reminded of again
    (keys of hazards whose deadline never moved are as before, docs/decisions/041)."""
    if not deadline_changes:
        return f"hazard:{hazard_id}:{suffix}"
    return f"hazard:{hazard_id}:d{deadline_changes}:{suffix}"


async def verification_sweep(now: datetime | None = None, remind_after_days: int = 3) -> int:
    """Remind the inspector of every fix that has waited longer than `remind_after_days` for verification, once
    per hazard and day (the outbox key carries the day); answers how many reminders were new."""
    now = now or clock.now()
    cutoff = clock.start_of(now.date() - timedelta(days=remind_after_days))
    waiting = (HazardEvent.filter(to_status=HazardStatus.SUBMITTED, hazard__status=HazardStatus.SUBMITTED)
               .annotate(last=Max("at")).group_by("hazard_id").filter(last__lt=cutoff)
               .values_list("hazard_id", "last"))
    submitted = dict(await waiting)
    rows = await Hazard.filter(id__in=list(submitted) or [0]).order_by("id").values(
        "id", "enterprise_id", "reported_by_id", "title")
    recorded = 0
    for row in rows:
        days = rectification.verification_wait_days(clock.aware(submitted[row["id"]]).date(), now)
        event = VerificationWaiting(hazard_id=row["id"], enterprise_id=row["enterprise_id"], title=row["title"],
                                    inspector_id=row["reported_by_id"], waiting_days=days)
        recorded += await record_once(event, f"hazard:{row['id']}:verify-wait:{now.date().isoformat()}")
    return recorded


async def record_once(event: Event, key: str) -> int:
    try:
        async with in_transaction():
            return 1 if await outbox.record(event, key=key) is not None else 0
    except IntegrityError:
        return 0  # another sweep recorded the same key a moment earlier


async def run(settings: Settings) -> None:
    """The worker job (api/worker.py JOBS)."""
    recorded = await sweep(reminder_days=tuple(settings.hazard_reminder_days),
                           escalate_after_days=settings.hazard_escalate_after_days)
    recorded += await verification_sweep(remind_after_days=settings.verification_remind_after_days)
    if recorded:
        log.info("recorded %d hazard reminders", recorded)
