"""Lock conflicts (MySQL 1213 deadlock, 1205 lock wait timeout) are told apart from outages, and retried."""

import pymysql
import pytest
from tortoise.exceptions import IntegrityError, OperationalError

from core import db


@pytest.mark.parametrize(("error", "conflict"), [
    (OperationalError(pymysql.err.OperationalError(1213, "Deadlock found when trying to get lock")), True),
    (OperationalError(pymysql.err.OperationalError(1205, "Lock wait timeout exceeded")), True),
    (pymysql.err.OperationalError(1213, "Deadlock found when trying to get lock"), True),  # raised by COMMIT
    (OperationalError(pymysql.err.OperationalError(2013, "Lost connection to MySQL server")), False),
    (OperationalError("database is locked"), False),
    (IntegrityError(pymysql.err.IntegrityError(1062, "Duplicate entry")), False),
])
def test_which_errors_are_lock_conflicts(error, conflict):
    assert db.is_lock_conflict(error) is conflict


async def test_a_conflict_is_retried_and_other_errors_are_not():
    calls = []

    @db.retry_lock_conflicts
    async def twice_deadlocked() -> str:
        calls.append(1)
        if len(calls) < 3:
            raise OperationalError(pymysql.err.OperationalError(1213, "Deadlock found"))
        return "done"

    assert await twice_deadlocked() == "done" and len(calls) == 3

    @db.retry_lock_conflicts
    async def gone() -> None:
        calls.append(1)
        raise OperationalError(pymysql.err.OperationalError(2013, "Lost connection"))

    calls.clear()
    with pytest.raises(OperationalError):
        await gone()
    assert len(calls) == 1


async def test_a_conflict_that_outlasts_the_retries_is_raised():
    calls = []

    @db.retry_lock_conflicts
    async def always() -> None:
        calls.append(1)
        raise OperationalError(pymysql.err.OperationalError(1205, "Lock wait timeout exceeded"))

    with pytest.raises(OperationalError):
        await always()
    assert len(calls) == db.LOCK_CONFLICT_ATTEMPTS


def test_the_delays_grow_and_jitter():
    delays = [db.lock_retry_delay(attempt) for attempt in (1, 2, 3) for _ in range(50)]
    assert all(0.01 <= d <= 0.03 for d in delays[:50]) and all(0.04 <= d <= 0.12 for d in delays[100:])
    assert len(set(delays[:50])) > 1
