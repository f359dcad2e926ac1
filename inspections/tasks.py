"""A campaign's task (专项任务) as the enterprise lives it, as pure rules: open, done or overdue, and which reminder is
due on a day (docs/decisions/042). Time comes in as a parameter. Standard library only."""

from datetime import date, datetime
from enum import StrEnum


class TaskStatus(StrEnum):
    OPEN = "open"
    DONE = "done"
    OVERDUE = "overdue"


TASK_STATUS_LABELS = {TaskStatus.OPEN: "待完成", TaskStatus.DONE: "已完成", TaskStatus.OVERDUE: "已逾期"}

# The overdue notice goes out on the day the deadline is missed; a sweep that could not run that day (the server
# was down) still sends it within this many days, never for old campaigns.
OVERDUE_NOTICE_WITHIN_DAYS = 7


def task_status(submitted_at: datetime | None, deadline: date, today: date) -> TaskStatus:
    """Done once its checklist is submitted; overdue from the day after the deadline (the deadline day is in time)."""
    if submitted_at is not None:
        return TaskStatus.DONE
    return TaskStatus.OVERDUE if today > deadline else TaskStatus.OPEN


def due_notices(deadline: date, today: date, reminder_days: tuple[int, ...] = (3, 1)) -> list[tuple[str, str, dict]]:
    """The reminders an unfinished task is due today, as (event name, once-only key suffix, extra payload): the
    tightest threshold reached before the deadline (a sweep that missed a day still reminds once per threshold),
    and one notice on the day it is missed."""
    days_left = (deadline - today).days
    if days_left >= 0:
        reached = [d for d in reminder_days if d >= days_left]
        if not reached:
            return []
        return [("campaign.task_due", f"due-{min(reached)}", {"days_left": days_left})]
    if -days_left <= OVERDUE_NOTICE_WITHIN_DAYS:
        return [("campaign.task_overdue", "overdue", {})]
    return []
