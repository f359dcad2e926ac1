"""The reminder sweep: for each open item with a deadline, record the reminders that are due, once each.

The owner of the items (inspections, for hazards) supplies them; the sweep is safe to run any number of times,
from several workers at once, because each event is recorded under a key unique to the item and the reminder."""

from dataclasses import dataclass
from datetime import datetime

from tortoise.exceptions import IntegrityError
from tortoise.transactions import in_transaction

from core import clock
from core.settings import Settings
from notify import outbox
from notify.reminders import ReminderPolicy, due_reminders


@dataclass(frozen=True)
class OpenItem:
    """A hazard still open: what the reminders say and who they go to (see notify.handlers for payloads)."""

    hazard_id: int
    enterprise_id: int
    title: str
    deadline: datetime
    inspector_id: int | None = None


def policy_from(settings: Settings) -> ReminderPolicy:
    return ReminderPolicy(days_before=tuple(settings.reminder_days_before),
                          escalate_after_days=settings.escalate_after_days)


async def record_due_reminders(items: list[OpenItem], policy: ReminderPolicy,
                               now: datetime | None = None) -> int:
    """Record each due, not yet recorded reminder as an outbox event; answers how many were recorded."""
    now = now or clock.now()
    recorded = 0
    for item in items:
        for reminder in due_reminders(item.deadline, now, policy):
            payload = {"hazard_id": item.hazard_id, "enterprise_id": item.enterprise_id, "title": item.title,
                       "deadline": item.deadline.isoformat(), "inspector_id": item.inspector_id,
                       "days_left": reminder.days, "days_overdue": reminder.days}
            try:
                async with in_transaction():
                    event = await outbox.record(reminder.event, payload,
                                                key=f"hazard:{item.hazard_id}:{reminder.key_suffix}")
            except IntegrityError:
                event = None  # a sweep running at the same moment recorded it first
            recorded += event is not None
    return recorded
