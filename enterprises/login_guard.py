"""The password-login guard as plain arithmetic: recent failures in, how long this (username, IP) pair must wait
out. Pure (the standard library only); accounts.py reads the rows and records the outcome.

Brute force is slowed and stopped per pair; nobody can lock somebody else out (docs/decisions/036-login-guard.md):
- a pair's failures cost nothing for the first few (typos), then double the wait before its next try, and lock that
  pair only once there are `per_pair` of them in the window;
- many failures for one username from anywhere, or from one IP for any usernames, hold back only the pairs that
  never logged in successfully: the real admin at their usual desk, and an office's known users behind its NAT,
  still get in.
"""

import math
from dataclasses import dataclass
from datetime import datetime, timedelta

# Failures of a pair that cost no wait: a mistyped password or two, a caps lock.
FREE_FAILURES = 3


@dataclass(frozen=True)
class Limits:
    window: timedelta
    per_pair: int
    delay_max_seconds: int
    per_username: int
    per_ip: int


@dataclass(frozen=True)
class Failures:
    """Failed logins within the window: the pair's own times, and how many (and the oldest) for its username from
    any IP and for its IP with any username."""

    pair: list[datetime]
    username_count: int
    username_oldest: datetime | None
    ip_count: int
    ip_oldest: datetime | None


def delay_after(failures: int, delay_max_seconds: int) -> int:
    """Seconds a pair waits after its n-th failure: 0 for the free ones, then 1, 2, 4 … up to the cap."""
    if failures <= FREE_FAILURES:
        return 0
    return min(2 ** (failures - FREE_FAILURES - 1), delay_max_seconds)


def retry_after(failures: Failures, known_origin: bool, limits: Limits, now: datetime) -> int | None:
    """Seconds until this pair may try again; None: it may try now."""
    if len(failures.pair) >= limits.per_pair:
        return _until_out_of_window(min(failures.pair), limits.window, now)
    if failures.pair:
        ready = max(failures.pair) + timedelta(seconds=delay_after(len(failures.pair), limits.delay_max_seconds))
        if ready > now:
            return max(1, math.ceil((ready - now).total_seconds()))
    if known_origin:
        return None
    if failures.username_count >= limits.per_username and failures.username_oldest is not None:
        return _until_out_of_window(failures.username_oldest, limits.window, now)
    if failures.ip_count >= limits.per_ip and failures.ip_oldest is not None:
        return _until_out_of_window(failures.ip_oldest, limits.window, now)
    return None


def _until_out_of_window(oldest: datetime, window: timedelta, now: datetime) -> int:
    return max(1, math.ceil((oldest + window - now).total_seconds()))
