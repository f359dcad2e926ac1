"""The rectification loop as a table: one row per allowed and per forbidden transition."""

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from core.errors import Conflict, InvalidInput
from inspections import rectification
from inspections.rectification import Action, HazardStatus

NOW = datetime(2026, 5, 10, 15, 30, tzinfo=ZoneInfo("Asia/Shanghai"))
FULL_PLAN = {name: "已制定" for name in rectification.PLAN_FIELDS}

ALLOWED = [
    (HazardStatus.OPEN, Action.SUBMIT_FIX, HazardStatus.SUBMITTED),
    (HazardStatus.SUBMITTED, Action.APPROVE, HazardStatus.CLOSED),
    (HazardStatus.SUBMITTED, Action.REJECT, HazardStatus.OPEN),
]
FORBIDDEN = [
    (HazardStatus.OPEN, Action.APPROVE, "HAZARD_NOT_SUBMITTED"),
    (HazardStatus.OPEN, Action.REJECT, "HAZARD_NOT_SUBMITTED"),
    (HazardStatus.SUBMITTED, Action.SUBMIT_FIX, "HAZARD_NOT_OPEN"),
    (HazardStatus.CLOSED, Action.SUBMIT_FIX, "HAZARD_NOT_OPEN"),
    (HazardStatus.CLOSED, Action.APPROVE, "HAZARD_NOT_SUBMITTED"),
    (HazardStatus.CLOSED, Action.REJECT, "HAZARD_NOT_SUBMITTED"),
]


def test_the_table_covers_every_pair():
    covered = {(s, a) for s, a, _ in ALLOWED} | {(s, a) for s, a, _ in FORBIDDEN}
    assert covered == {(s, a) for s in HazardStatus for a in Action}


@pytest.mark.parametrize(("current", "action", "expected"), ALLOWED)
def test_allowed_transition(current, action, expected):
    step = rectification.transition(current, action, now=NOW, note="理由", severity="general")
    assert (step.from_status, step.to_status, step.at) == (current, expected, NOW)


@pytest.mark.parametrize(("current", "action", "code"), FORBIDDEN)
def test_forbidden_transition(current, action, code):
    with pytest.raises(Conflict) as caught:
        rectification.transition(current, action, now=NOW, note="理由", plan=FULL_PLAN)
    assert caught.value.code == code


@pytest.mark.parametrize("note", ["", "   "])
def test_a_rejection_needs_a_reason(note):
    with pytest.raises(InvalidInput) as caught:
        rectification.transition(HazardStatus.SUBMITTED, Action.REJECT, now=NOW, note=note)
    assert caught.value.code == "REJECT_REASON_REQUIRED"


@pytest.mark.parametrize(("severity", "plan", "missing"), [
    ("general", None, []),
    ("major", None, list(rectification.PLAN_FIELDS)),
    ("major", {**FULL_PLAN, "funds_materials": " "}, ["funds_materials"]),
    ("major", FULL_PLAN, []),
])
def test_a_major_fix_needs_the_whole_treatment_plan(severity, plan, missing):
    assert rectification.missing_plan_fields(severity, plan) == missing
    if missing:
        with pytest.raises(InvalidInput) as caught:
            rectification.transition(HazardStatus.OPEN, Action.SUBMIT_FIX, now=NOW, severity=severity, plan=plan)
        assert [d["field"] for d in caught.value.detail] == [f"plan.{m}" for m in missing]
    else:
        assert rectification.transition(HazardStatus.OPEN, Action.SUBMIT_FIX, now=NOW, severity=severity,
                                         plan=plan).to_status == HazardStatus.SUBMITTED


@pytest.mark.parametrize(("status", "deadline", "overdue"), [
    (HazardStatus.OPEN, date(2026, 5, 11), False),
    (HazardStatus.OPEN, date(2026, 5, 10), False),  # the deadline day itself is still in time
    (HazardStatus.OPEN, date(2026, 5, 9), True),
    (HazardStatus.SUBMITTED, date(2026, 5, 9), False),  # awaiting the street's verification: its queue
    (HazardStatus.CLOSED, date(2026, 5, 9), False),
])
def test_overdue_is_derived_from_deadline_and_now(status, deadline, overdue):
    assert rectification.is_overdue(status, deadline, NOW) is overdue


@pytest.mark.parametrize(("deadline", "submitted_on", "in_time"), [
    (date(2026, 5, 10), date(2026, 5, 9), True),
    (date(2026, 5, 10), date(2026, 5, 10), True),   # submitted on the deadline day
    (date(2026, 5, 10), date(2026, 5, 11), False),  # a day late
    (date(2026, 5, 10), date(2026, 4, 1), True),
])
def test_on_time_is_when_the_accepted_fix_was_submitted(deadline, submitted_on, in_time):
    assert rectification.fixed_in_time(deadline, submitted_on) is in_time


@pytest.mark.parametrize(("submitted_on", "days"), [
    (date(2026, 5, 10), 0), (date(2026, 5, 9), 1), (date(2026, 4, 30), 10), (date(2026, 5, 11), 0)])
def test_verification_wait_is_counted_from_the_submission(submitted_on, days):
    assert rectification.verification_wait_days(submitted_on, NOW) == days


@pytest.mark.parametrize(("days_left", "expected"), [
    (5, []),
    (3, [("hazard.deadline_approaching", "due-3", {"days_left": 3})]),
    (2, [("hazard.deadline_approaching", "due-3", {"days_left": 2})]),
    (1, [("hazard.deadline_approaching", "due-1", {"days_left": 1})]),
    (0, [("hazard.deadline_approaching", "due-1", {"days_left": 0})]),
    (-1, [("hazard.overdue", "overdue", {})]),
    (-3, [("hazard.overdue", "overdue", {}), ("hazard.escalated", "escalated", {"days_overdue": 3})]),
])
def test_due_notices_by_days_left(days_left, expected):
    deadline = NOW.date() + timedelta(days=days_left)
    assert rectification.due_notices(deadline, NOW, (3, 1), 3) == expected
