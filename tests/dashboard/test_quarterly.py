"""The pure parts of the exports: the quarter's arithmetic (16号令 第十四条) and the cell guard."""

from datetime import date, datetime, timedelta, timezone

import pytest

from core.clock import SHANGHAI
from core.errors import InvalidInput
from dashboard.cells import cell, local_time, safe_text
from dashboard.quarterly import HazardFact, Quarter, QuarterlyTally, quarter, tally, total


@pytest.mark.parametrize("number, first, last, due", [
    (1, date(2025, 1, 1), date(2025, 3, 31), date(2025, 4, 15)),
    (2, date(2025, 4, 1), date(2025, 6, 30), date(2025, 7, 15)),
    (3, date(2025, 7, 1), date(2025, 9, 30), date(2025, 10, 15)),
    (4, date(2025, 10, 1), date(2025, 12, 31), date(2026, 1, 15)),
])
def test_quarter_bounds_and_report_due(number, first, last, due):
    asked = Quarter(2025, number)
    assert (asked.first_day, asked.last_day, asked.report_due) == (first, last, due)


@pytest.mark.parametrize("today, allowed", [
    (date(2025, 3, 31), False), (date(2025, 4, 1), True), (date(2025, 5, 20), True)])
def test_a_quarter_that_has_not_begun_is_refused(today, allowed):
    if allowed:
        assert quarter(2025, 2, today).cutoff(today) == today  # a running quarter stands as of today
    else:
        with pytest.raises(InvalidInput) as refused:
            quarter(2025, 2, today)
        assert refused.value.code == "QUARTER_IN_FUTURE"


def test_an_impossible_quarter_is_invalid_input():
    with pytest.raises(InvalidInput) as refused:
        quarter(2025, 5, date(2026, 1, 1))
    assert refused.value.code == "QUARTER_INVALID"


def test_a_past_quarter_stands_as_of_its_last_day():
    assert Quarter(2025, 2).cutoff(date(2026, 1, 1)) == date(2025, 6, 30)


CUTOFF = date(2025, 6, 30)


def fact(major=False, deadline=date(2025, 6, 1), closed_on=None, has_plan=False) -> HazardFact:
    return HazardFact(major=major, deadline=deadline, closed_on=closed_on, has_plan=has_plan)


@pytest.mark.parametrize("hazard, expected", [
    (fact(closed_on=date(2025, 5, 30)), {"general": 1, "rectified": 1}),
    (fact(closed_on=CUTOFF), {"general": 1, "rectified": 1}),  # closed on the last day still counts
    (fact(closed_on=CUTOFF + timedelta(days=1)), {"general": 1, "unrectified": 1, "overdue": 1}),
    (fact(deadline=CUTOFF), {"general": 1, "unrectified": 1}),  # the deadline day itself is in time
    (fact(deadline=CUTOFF - timedelta(days=1)), {"general": 1, "unrectified": 1, "overdue": 1}),
    (fact(major=True, has_plan=True, closed_on=CUTOFF), {"major": 1, "rectified": 1, "major_rectified": 1,
                                                          "major_with_plan": 1}),
    (fact(major=True, deadline=date(2025, 9, 1)), {"major": 1, "unrectified": 1}),
    (fact(has_plan=True, deadline=date(2025, 9, 1)), {"general": 1, "unrectified": 1}),  # plans count for majors
])
def test_one_hazard_counts_as(hazard, expected):
    assert tally([hazard], CUTOFF) == QuarterlyTally(found=1, **expected)


def test_rates_and_the_total_row():
    first = tally([fact(closed_on=CUTOFF), fact(), fact(major=True)], CUTOFF, inspections=2, self_inspections=1)
    second = tally([fact(closed_on=CUTOFF)], CUTOFF, inspections=1)
    idle = tally([], CUTOFF)
    assert (first.rectification_rate, second.rectification_rate, idle.rectification_rate) == (0.3333, 1.0, None)
    street = total([first, second, idle])
    assert street == QuarterlyTally(inspections=3, self_inspections=1, found=4, general=3, major=1, rectified=2,
                             unrectified=2, overdue=2)
    assert street.rectification_rate == 0.5  # from the sums, not the mean of 0.3333 and 1.0


@pytest.mark.parametrize("text, stored", [
    ("=HYPERLINK(\"http://x\")", "'=HYPERLINK(\"http://x\")"), ("+86 138", "'+86 138"), ("-1+2", "'-1+2"),
    ("@SUM(A1)", "'@SUM(A1)"), ("\t=1", "'\t=1"), ("\r=1", "'\r=1"), ("灭火器过期", "灭火器过期"), ("a=b", "a=b"), ("", "")])
def test_formula_injection_guard(text, stored):
    assert safe_text(text) == stored


def test_cells_keep_numbers_and_show_times_in_beijing():
    utc = datetime(2025, 6, 30, 16, 30, tzinfo=timezone.utc)
    assert local_time(utc, SHANGHAI) == datetime(2025, 7, 1, 0, 30)
    assert (cell(utc, SHANGHAI), cell(-3, SHANGHAI), cell(None, SHANGHAI)) == (datetime(2025, 7, 1, 0, 30), -3, None)
