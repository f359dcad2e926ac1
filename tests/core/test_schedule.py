"""Daily jobs: the due rule directly, and the claim on a real database (one run per day of many workers)."""

import asyncio
from datetime import date, datetime, time, timedelta

import pytest

from core import clock, schedule
from core.models import DailyJobRun

TWO_AM = time(2, 0)


def beijing(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=clock.SHANGHAI)


class TestDueDay:
    def test_before_the_hour_nothing_is_due(self):
        assert schedule.due_day(beijing("2026-11-28 01:59"), TWO_AM, None) is None

    def test_from_the_hour_today_is_due_once(self):
        assert schedule.due_day(beijing("2026-11-28 02:00"), TWO_AM, date(2026, 11, 27)) == date(2026, 11, 28)
        assert schedule.due_day(beijing("2026-11-28 23:59"), TWO_AM, date(2026, 11, 28)) is None

    def test_a_worker_started_in_the_afternoon_runs_a_missed_day_at_once(self):
        assert schedule.due_day(beijing("2026-11-28 15:00"), TWO_AM, None) == date(2026, 11, 28)

    def test_the_day_is_beijing_s_not_utc_s(self):
        # 18:30 UTC on the 27th is 02:30 on the 28th in Beijing.
        utc_evening = datetime.fromisoformat("2026-11-27 18:30+00:00")
        assert schedule.due_day(utc_evening, TWO_AM, date(2026, 11, 27)) == date(2026, 11, 28)


async def test_of_several_workers_one_runs_the_job_each_day(db_clean):
    runs = []

    async def job():
        runs.append(clock.now())

    started = await asyncio.gather(*(schedule.run_daily("rescore", time(0, 0), job) for _ in range(4)))
    assert sorted(started) == [False, False, False, True] and len(runs) == 1
    assert not await schedule.run_daily("rescore", time(0, 0), job)

    clock.travel(timedelta(days=1))
    assert await schedule.run_daily("rescore", time(0, 0), job) and len(runs) == 2
    row = await DailyJobRun.get(name="rescore")
    assert row.done_for == clock.now().date() and row.finished_at is not None


async def test_a_failed_run_waits_for_the_next_day(db_clean):
    async def broken():
        raise RuntimeError("database went away")

    with pytest.raises(RuntimeError):
        await schedule.run_daily("rescore", time(0, 0), broken)
    assert (await DailyJobRun.get(name="rescore")).finished_at is None
    assert not await schedule.run_daily("rescore", time(0, 0), broken)
