"""The rectification loop of a hazard as a pure state machine (16号令 闭环: 登记 → 整改 → 复查验收 → 销号).

open → submitted (the enterprise submits its fix), submitted → closed (staff accept it) or back to open (rejected,
with a reason). `overdue` is derived from the deadline and the clock, never stored. Standard library only."""

from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from core.errors import Conflict, InvalidInput


class HazardStatus(StrEnum):
    OPEN = "open"
    SUBMITTED = "submitted"
    CLOSED = "closed"


STATUS_LABELS = {HazardStatus.OPEN: "待整改", HazardStatus.SUBMITTED: "待复查", HazardStatus.CLOSED: "已销号"}


class Action(StrEnum):
    SUBMIT_FIX = "submit_fix"
    APPROVE = "approve"
    REJECT = "reject"


# (from, action) -> to. Anything not listed is forbidden.
TRANSITIONS: dict[tuple[HazardStatus, Action], HazardStatus] = {
    (HazardStatus.OPEN, Action.SUBMIT_FIX): HazardStatus.SUBMITTED,
    (HazardStatus.SUBMITTED, Action.APPROVE): HazardStatus.CLOSED,
    (HazardStatus.SUBMITTED, Action.REJECT): HazardStatus.OPEN,
}

# 16号令 第十五条: the six parts of a 重大事故隐患治理方案.
PLAN_FIELDS = {
    "goal": "治理的目标和任务",
    "methods": "采取的方法和措施",
    "funds_materials": "经费和物资的落实",
    "organisation": "负责治理的机构和人员",
    "time_limit": "治理的时限和要求",
    "safety_and_emergency": "安全措施和应急预案",
}

_FORBIDDEN = {
    Action.SUBMIT_FIX: ("HAZARD_NOT_OPEN", "该隐患不在待整改状态,不能提交整改"),
    Action.APPROVE: ("HAZARD_NOT_SUBMITTED", "该隐患没有待复查的整改"),
    Action.REJECT: ("HAZARD_NOT_SUBMITTED", "该隐患没有待复查的整改"),
}


@dataclass(frozen=True)
class Transition:
    from_status: HazardStatus
    to_status: HazardStatus
    at: datetime
    note: str


def next_status(current: HazardStatus, action: Action) -> HazardStatus:
    """The status after `action`, or Conflict (409) when the loop does not allow it from `current`."""
    target = TRANSITIONS.get((HazardStatus(current), action))
    if target is None:
        code, message = _FORBIDDEN[action]
        raise Conflict(message, code=code, detail={"status": str(current), "action": str(action)})
    return target


def missing_plan_fields(severity: str, plan: dict | None) -> list[str]:
    """A major hazard needs every part of its treatment plan before a fix may be submitted; a general one none."""
    if severity != "major":
        return []
    plan = plan or {}
    return [name for name in PLAN_FIELDS if not str(plan.get(name) or "").strip()]


def transition(current: HazardStatus, action: Action, *, now: datetime, note: str = "",
               severity: str = "general", plan: dict | None = None) -> Transition:
    """Apply one step of the loop. A rejection needs a reason; a major hazard's fix needs its plan."""
    target = next_status(current, action)
    note = (note or "").strip()
    if action == Action.REJECT and not note:
        raise InvalidInput("驳回整改须说明原因", code="REJECT_REASON_REQUIRED",
                           detail=[{"field": "note", "message": "必填"}])
    if action == Action.SUBMIT_FIX and (missing := missing_plan_fields(severity, plan)):
        raise InvalidInput("重大隐患须先制定治理方案", code="TREATMENT_PLAN_REQUIRED",
                           detail=[{"field": f"plan.{name}", "message": f"请填写{PLAN_FIELDS[name]}"}
                                   for name in missing])
    return Transition(HazardStatus(current), target, now, note)


def is_overdue(status: HazardStatus, deadline: date, now: datetime) -> bool:
    """Open and past the deadline day (the deadline day itself is still in time). A fix awaiting verification is
    the street's queue, not the enterprise's delay: a submitted hazard is never overdue."""
    return status == HazardStatus.OPEN and now.date() > deadline


def fixed_in_time(deadline: date, fix_submitted_on: date) -> bool:
    """Was the fix the street accepted submitted by the deadline day? "On time" is the enterprise's submission,
    not the day the street got round to verifying it (closed_at)."""
    return fix_submitted_on <= deadline


def verification_wait_days(fix_submitted_on: date, now: datetime) -> int:
    """How long a submitted fix has waited for the street's verification, in whole days."""
    return max(0, (now.date() - fix_submitted_on).days)


def days_until(deadline: date, now: datetime) -> int:
    return (deadline - now.date()).days


def due_notices(deadline: date, now: datetime, reminder_days: tuple[int, ...] = (3, 1),
                escalate_after_days: int = 3) -> list[tuple[str, str, dict]]:
    """The reminders an open hazard is due today, as (event, once-only key suffix, extra payload).

    Before the deadline: the tightest reminder threshold reached (3 then 1 day by default), so a sweep that missed
    a day still reminds once per threshold. After it: overdue once, and escalated to the street after
    `escalate_after_days` more days. Local practice [G], not a regulation."""
    days_left = days_until(deadline, now)
    if days_left >= 0:
        reached = [d for d in reminder_days if d >= days_left]
        if not reached:
            return []
        return [("hazard.deadline_approaching", f"due-{min(reached)}", {"days_left": days_left})]
    notices = [("hazard.overdue", "overdue", {})]
    if -days_left >= escalate_after_days:
        notices.append(("hazard.escalated", "escalated", {"days_overdue": -days_left}))
    return notices
