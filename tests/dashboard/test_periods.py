from datetime import date

import pytest

from core.errors import InvalidInput
from dashboard.cursor import OutboxCursor
from dashboard.periods import Period, change, rate, resolve_period

TODAY = date(2026, 11, 28)


def test_the_default_period_is_this_month_up_to_today():
    assert resolve_period(None, None, TODAY) == Period(date(2026, 11, 1), TODAY)


def test_the_previous_period_has_the_same_length_and_ends_the_day_before():
    period = Period(date(2026, 11, 1), date(2026, 11, 28))
    assert period.previous() == Period(date(2026, 10, 4), date(2026, 10, 31))
    assert period.previous().days == period.days == 28


@pytest.mark.parametrize("date_from, date_to, code", [
    (date(2026, 11, 2), date(2026, 11, 1), "PERIOD_INVALID"),
    (date(2025, 1, 1), date(2026, 1, 2), "PERIOD_TOO_LONG"),
])
def test_bad_periods_are_refused(date_from, date_to, code):
    with pytest.raises(InvalidInput) as refused:
        resolve_period(date_from, date_to, TODAY)
    assert refused.value.code == code


def test_elapsed_days_stop_at_today():
    assert Period(date(2026, 11, 1), date(2026, 11, 30)).elapsed_days(TODAY) == 28
    assert Period(date(2026, 12, 1), date(2026, 12, 31)).elapsed_days(TODAY) == 0


def test_rates_are_none_without_a_denominator_and_never_above_one():
    assert rate(0, 0) is None
    assert rate(1, 3) == 0.3333
    assert rate(5, 4) == 1.0


def test_change_follows_the_nesting_and_skips_missing_rates():
    assert change({"a": 3, "h": {"t": 2}, "r": 0.5, "s": None}, {"a": 1, "h": {"t": 5}, "r": None, "s": 0.2}) == \
        {"a": 2, "h": {"t": -3}, "r": None, "s": None}


def test_the_cursor_sends_each_id_once_and_waits_for_a_gap_then_gives_up():
    cursor = OutboxCursor(low=10, grace_seconds=30)
    assert cursor.take([11, 13], now=0) == [11, 13]
    assert cursor.low == 11  # 12 may still commit
    assert cursor.take([12, 13], now=5) == [12]
    assert cursor.low == 13 and not cursor.gaps
    assert cursor.take([15], now=6) == [15]
    assert cursor.take([15], now=40) == []
    assert cursor.low == 15 and cursor.sent == set()  # 14 never came: given up after the grace period


def test_the_cursor_ignores_ids_at_or_below_its_start():
    assert OutboxCursor(low=20).take([19, 20, 21], now=0) == [21]
