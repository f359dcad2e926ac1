"""Which deadline reminders are due for an open item (issue 6: reminders and escalation).

Pure: standard library only; `now` comes in. A reminder has a stable key, so the sweep that records it as an
outbox event with that key sends it once per item and kind however often the sweep runs."""

from dataclasses import dataclass
from datetime import date, datetime


@dataclass(frozen=True)
class ReminderPolicy:
    days_before: tuple[int, ...] = (3, 1)  # "deadline approaching" this many days before
    escalate_after_days: int = 3  # overdue this many days: escalated to the street admins


@dataclass(frozen=True)
class Reminder:
    event: str  # the outbox event name
    key_suffix: str  # unique per item: "approaching-3d", "overdue", "escalated"
    days: int  # days left before the deadline, or days overdue


def _days_between(earlier: date, later: date) -> int:
    return (later - earlier).days


def due_reminders(deadline: datetime, now: datetime, policy: ReminderPolicy) -> list[Reminder]:
    """Every reminder whose moment has come; calendar days in the deadline's own time zone.

    Only the latest "approaching" one is returned, so an item found late is not told "3 days left" and
    "1 day left" at once."""
    today, due_day = now.astimezone(deadline.tzinfo).date(), deadline.date()
    if now < deadline:
        left = _days_between(today, due_day)
        reached = [d for d in policy.days_before if left <= d]
        if not reached:
            return []
        nearest = min(reached)
        return [Reminder("hazard.deadline_approaching", f"approaching-{nearest}d", left)]
    overdue = _days_between(due_day, today)
    reminders = [Reminder("hazard.overdue", "overdue", overdue)]
    if overdue >= policy.escalate_after_days:
        reminders.append(Reminder("hazard.escalated", "escalated", overdue))
    return reminders
