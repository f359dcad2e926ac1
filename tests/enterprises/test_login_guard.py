"""The login guard's arithmetic (enterprises/login_guard.py), on plain values."""

from datetime import datetime, timedelta, timezone

import pytest

from enterprises.login_guard import Failures, Limits, delay_after, retry_after

NOW = datetime(2026, 5, 1, 9, 0, tzinfo=timezone(timedelta(hours=8)))
LIMITS = Limits(window=timedelta(minutes=15), per_pair=10, delay_max_seconds=60, per_username=20, per_ip=30)


def failures(pair_ages: list[int] = (), username: int = 0, ip: int = 0, oldest_age: int = 600) -> Failures:
    """Ages in seconds before NOW."""
    oldest = NOW - timedelta(seconds=oldest_age)
    return Failures(pair=[NOW - timedelta(seconds=age) for age in pair_ages], username_count=username,
                    username_oldest=oldest if username else None, ip_count=ip, ip_oldest=oldest if ip else None)


@pytest.mark.parametrize("n, seconds", [(0, 0), (1, 0), (3, 0), (4, 1), (5, 2), (8, 16), (9, 32), (12, 60)])
def test_the_wait_doubles_after_three_free_failures_up_to_the_cap(n, seconds):
    assert delay_after(n, LIMITS.delay_max_seconds) == seconds


@pytest.mark.parametrize("pair_ages, known, expected", [
    ([], False, None),
    ([5, 4, 3], False, None),  # three typos: no wait
    ([9, 8, 7, 0], False, 1),  # the fourth: one second
    ([9, 8, 7, 2], False, None),  # … already waited
    ([900 - 60 * k for k in range(1, 11)], False, 60),  # the tenth locks the pair until the oldest leaves
    ([900 - 60 * k for k in range(1, 11)], True, 60),  # a known pair too: the lock is the pair's own
])
def test_a_pair_waits_for_its_own_failures(pair_ages, known, expected):
    assert retry_after(failures(pair_ages), known, LIMITS, NOW) == expected


@pytest.mark.parametrize("many", [{"username": 20}, {"ip": 30}])
def test_many_failures_elsewhere_hold_back_unknown_pairs_and_never_known_ones(many):
    assert retry_after(failures(**many), False, LIMITS, NOW) == 300  # until the oldest leaves the window
    assert retry_after(failures(**many), True, LIMITS, NOW) is None
    assert retry_after(failures(username=19, ip=29), False, LIMITS, NOW) is None
