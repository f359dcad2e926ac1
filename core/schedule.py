"""Daily jobs (the nightly rescore) run once per Beijing day after their hour, by one worker of however many."""

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import date, datetime, time

from tortoise.expressions import Q

from core import clock, db
from core.heartbeat import WORKER_ID
from core.models import DailyJobRun


def due_day(now: datetime, run_at: time, done_for: date | None) -> date | None:
    """The Beijing day whose run is due at `now`, or None: after `run_at` local time, once per day. A worker that
    starts in the afternoon runs today's job at once if nobody ran it yet; one that starts before `run_at` waits."""
    local = now.astimezone(clock.SHANGHAI)
    if local.time() < run_at:
        return None
    if done_for is not None and done_for >= local.date():
        return None
    return local.date()


@db.retry_lock_conflicts
async def _claim(name: str, day: date, now: datetime) -> bool:
    """One conditional UPDATE: true for exactly one of the workers that try for the same day."""
    await _ensure_row(name)
    claimed = await DailyJobRun.filter(Q(done_for__isnull=True) | Q(done_for__lt=day), name=name).update(
        done_for=day, claimed_by=WORKER_ID, started_at=now, finished_at=None)
    return claimed == 1


async def _ensure_row(name: str) -> None:
    if not await DailyJobRun.filter(name=name).exists():
        await db.upsert(DailyJobRun, {"name": name}, conflict=("name",))  # another worker may make it first


async def run_daily(name: str, run_at: time, job: Callable[[], Awaitable[object]]) -> bool:
    """Run `job` if today's run is due and this worker wins the claim. A run that crashes is not retried until the
    next day: the job is a sweep that the next day repeats whole."""
    now = clock.now()
    last = await DailyJobRun.filter(name=name).first()
    day = due_day(now, run_at, last.done_for if last else None)
    if day is None or not await _claim(name, day, now):
        return False
    await job()
    await DailyJobRun.filter(name=name).update(finished_at=clock.now())
    return True


async def last_finished() -> dict[str, datetime]:
    """When each daily job last finished (operators alert when the rescore is more than a day old)."""
    rows = await DailyJobRun.filter(finished_at__isnull=False).values_list("name", "finished_at")
    return {name: clock.aware(finished) for name, finished in rows}


# -- what ran, for the console's 运维 page --

@dataclass
class JobRun:
    """The latest round of a periodic job in this process (`jinyan worker`, or `jinyan serve` in-process)."""

    started_at: datetime
    finished_at: datetime | None = None
    error: str | None = None  # the exception's class of a round that failed


_runs: dict[str, JobRun] = {}


def note_started(name: str) -> None:
    _runs[name] = JobRun(clock.now())


def note_finished(name: str, error: BaseException | None = None) -> None:
    run = _runs.setdefault(name, JobRun(clock.now()))
    run.finished_at, run.error = clock.now(), type(error).__name__ if error else None


def runs_here() -> dict[str, JobRun]:
    """The jobs this process ran, by name (a worker in another process keeps its own: ask the database there)."""
    return dict(_runs)


async def daily_runs() -> dict[str, dict]:
    """Each daily job's latest claim: the Beijing day, who claimed it, when it started and finished."""
    rows = await DailyJobRun.all().values_list("name", "done_for", "claimed_by", "started_at", "finished_at")
    return {name: {"done_for": done_for, "claimed_by": claimed_by,
                   "started_at": clock.aware(started) if started else None,
                   "finished_at": clock.aware(finished) if finished else None}
            for name, done_for, claimed_by, started, finished in rows}
