"""The background worker: runs periodic jobs from one explicit table until stopped."""

import asyncio
import functools
import logging
import signal
from collections.abc import Callable, Coroutine
from typing import Any

import bootstrap
from api import metrics
from core import audit, db, logs, schedule
from core.settings import Settings

log = logging.getLogger("jinyan.worker")

Job = bootstrap.Job

# name -> (interval seconds, job), composed in bootstrap/; the worker's WeChat errors count in /metrics too.
JOBS: dict[str, tuple[float, Job]] = bootstrap.worker_jobs(
    functools.partial(bootstrap.build_wechat_client, on_error=metrics.count_wechat_error))


def event_loop_runner() -> tuple[str, Callable[[Coroutine[Any, Any, Any]], Any]]:
    """uvloop where it is installed (a leaner loop: less CPU per send and per query in the outbox, decision 093),
    else asyncio's own; answers its name and its `run`."""
    try:
        import uvloop
    except ImportError:
        return "asyncio", asyncio.run
    return "uvloop", uvloop.run


async def run_worker(settings: Settings, stop: asyncio.Event | None = None) -> None:
    logs.configure(json_lines=settings.env == "production")
    stop = stop or asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stop.set)
    audit.configure_keys(audit.ChainKeys.from_settings(settings))
    await db.open_database(settings.resolved_database_url)
    log.info("worker started on %s with jobs: %s", type(loop).__module__.split(".")[0], ", ".join(JOBS) or "(none)")
    try:
        await run_jobs(JOBS, settings, stop)
    finally:
        await db.close_database()
        log.info("worker stopped")


async def run_jobs(jobs: dict[str, tuple[float, Job]], settings: Settings, stop: asyncio.Event,
                   grace_seconds: float = 10.0) -> None:
    """Each job on its own timer, so a long one (the nightly rescore) never holds up the outbox. On stop, jobs get
    `grace_seconds` to finish their round; then they are cancelled, which rolls back their open transaction (the
    rescore commits per chunk, the outbox's leases expire and the events are delivered again). Last, a job that
    holds connections of its own (an `aclose`: the outbox's WeChat client) closes them."""
    tasks = [asyncio.create_task(_repeat(name, interval, job, settings, stop), name=name)
             for name, (interval, job) in jobs.items()]
    await stop.wait()
    _, unfinished = await asyncio.wait(tasks, timeout=grace_seconds)
    for task in unfinished:
        log.warning("job %s did not finish within %s s of the stop; cancelled", task.get_name(), grace_seconds)
        task.cancel()
    await asyncio.gather(*unfinished, return_exceptions=True)
    for _interval, job in jobs.values():
        if hasattr(job, "aclose"):
            await job.aclose()


async def _repeat(name: str, interval: float, job: Job, settings: Settings, stop: asyncio.Event) -> None:
    while not stop.is_set():
        schedule.note_started(name)
        try:
            await job(settings)
        except Exception as exc:
            schedule.note_finished(name, exc)
            log.exception("job %s failed; it runs again next interval", name)
        else:
            schedule.note_finished(name)
        try:
            await asyncio.wait_for(stop.wait(), timeout=interval)
        except TimeoutError:
            pass
