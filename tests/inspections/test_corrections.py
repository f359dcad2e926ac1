"""The pure rules of extensions and revisions (inspections/corrections.py): no database."""

from datetime import date, timedelta

import pytest

from core.errors import Conflict, InvalidInput
from inspections import corrections
from inspections.corrections import TRANSITIONS, Decision, ExtensionStatus
from inspections.rectification import HazardStatus

TODAY = date(2026, 12, 7)
DEADLINE = TODAY + timedelta(days=2)


def code(exc_info) -> str:
    return exc_info.value.code


def test_the_table_lets_a_pending_extension_be_decided_once():
    assert TRANSITIONS == {(ExtensionStatus.PENDING, Decision.APPROVE): ExtensionStatus.APPROVED,
                           (ExtensionStatus.PENDING, Decision.REFUSE): ExtensionStatus.REFUSED}
    for status in (ExtensionStatus.APPROVED, ExtensionStatus.REFUSED):
        for approved in (True, False):
            with pytest.raises(Conflict) as err:
                corrections.decide_extension(status, approved, hazard_status=HazardStatus.OPEN,
                                             current_deadline=DEADLINE, requested_deadline=DEADLINE,
                                             granted=None, note="x", today=TODAY)
            assert code(err) == "EXTENSION_ALREADY_DECIDED"


@pytest.mark.parametrize("status, pending, when, reason, error, expected", [
    (HazardStatus.OPEN, True, DEADLINE + timedelta(days=1), "x", Conflict, "EXTENSION_ALREADY_PENDING"),
    (HazardStatus.CLOSED, False, DEADLINE + timedelta(days=1), "x", Conflict, "HAZARD_CLOSED"),
    (HazardStatus.SUBMITTED, False, DEADLINE + timedelta(days=1), "x", Conflict, "HAZARD_NOT_OPEN"),
    (HazardStatus.OPEN, False, DEADLINE, "x", InvalidInput, "EXTENSION_DATE_NOT_LATER"),
    (HazardStatus.OPEN, False, DEADLINE + timedelta(days=1), " ", InvalidInput, "EXTENSION_REASON_REQUIRED"),
])
def test_bad_requests(status, pending, when, reason, error, expected):
    with pytest.raises(error) as err:
        corrections.request_extension(status, DEADLINE, when, reason, today=TODAY, pending=pending)
    assert code(err) == expected


def test_an_overdue_deadline_moves_to_today_at_the_earliest():
    overdue = TODAY - timedelta(days=4)
    with pytest.raises(InvalidInput) as err:
        corrections.request_extension(HazardStatus.OPEN, overdue, TODAY - timedelta(days=1), "x", today=TODAY,
                                      pending=False)
    assert code(err) == "EXTENSION_DATE_IN_PAST"
    assert corrections.request_extension(HazardStatus.OPEN, overdue, TODAY, " 缺料 ", today=TODAY,
                                         pending=False).reason == "缺料"


def test_approval_takes_the_asked_date_or_a_later_one_and_refusal_keeps_the_deadline():
    asked = DEADLINE + timedelta(days=5)
    common = dict(hazard_status=HazardStatus.OPEN, current_deadline=DEADLINE, requested_deadline=asked, today=TODAY)
    assert corrections.decide_extension(ExtensionStatus.PENDING, True, granted=None, note="", **common).deadline == asked
    other = DEADLINE + timedelta(days=2)
    assert corrections.decide_extension(ExtensionStatus.PENDING, True, granted=other, note="", **common).deadline == other
    refused = corrections.decide_extension(ExtensionStatus.PENDING, False, granted=None, note="不必", **common)
    assert (refused.to_status, refused.deadline) == (ExtensionStatus.REFUSED, DEADLINE)
    with pytest.raises(InvalidInput):
        corrections.decide_extension(ExtensionStatus.PENDING, False, granted=None, note="", **common)
    with pytest.raises(Conflict):
        corrections.decide_extension(ExtensionStatus.PENDING, True, granted=None, note="",
                                     **{**common, "hazard_status": HazardStatus.CLOSED})


def test_revisions():
    raised = corrections.revise(HazardStatus.OPEN, current_deadline=DEADLINE, current_severity="general",
                                deadline=None, severity="major", reason="复核", today=TODAY)
    assert (raised.changes, raised.before, raised.raised_to_major) == (
        {"severity": "major"}, {"severity": "general"}, True)
    sooner = corrections.revise(HazardStatus.OPEN, current_deadline=DEADLINE, current_severity="major",
                                deadline=TODAY, severity="major", reason="尽快", today=TODAY)
    assert (sooner.changes, sooner.raised_to_major) == ({"deadline_date": TODAY}, False)
    for kwargs, expected in [({"deadline": DEADLINE, "severity": "general"}, "REVISION_NOTHING_CHANGED"),
                             ({"deadline": TODAY - timedelta(days=1), "severity": None}, "DEADLINE_IN_PAST")]:
        with pytest.raises(InvalidInput) as err:
            corrections.revise(HazardStatus.OPEN, current_deadline=DEADLINE, current_severity="general",
                               reason="x", today=TODAY, **kwargs)
        assert code(err) == expected
