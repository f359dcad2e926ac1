"""The background worker: runs periodic jobs from one explicit table until stopped."""

import asyncio
import logging
import signal
from collections.abc import Awaitable, Callable

from api.handlers import outbox_handlers
from core import db, logs
from core import heartbeat as core_heartbeat
from core.settings import Settings
from inspections import reminders
from notify import outbox
from scoring import service as scoring_service

log = logging.getLogger("jinyan.worker")

# name -> (interval seconds, job). The outbox and the reminder sweeps register here as they are built.
Job = Callable[[Settings], Awaitable[None]]
_dispatchers: dict[int, outbox.Dispatcher] = {}


async def deliver_outbox(settings: Settings) -> None:
    """Handle every due outbox event; one dispatcher (and WeChat client) per worker process."""
    from api.app import build_wechat_client

    if id(settings) not in _dispatchers:
        _dispatchers[id(settings)] = outbox.Dispatcher(settings, build_wechat_client(settings),
                                                       handlers=outbox_handlers())
    await _dispatchers[id(settings)].drain()


async def heartbeat(settings: Settings) -> None:
    await core_heartbeat.beat()


JOBS: dict[str, tuple[float, Job]] = {"heartbeat": (5.0, heartbeat), "outbox": (1.0, deliver_outbox),
                                      "hazard_reminders": (300.0, reminders.run),
                                      "rescore": (60.0, scoring_service.nightly_rescore)}


async def run_worker(settings: Settings, stop: asyncio.Event | None = None) -> None:
    logs.configure(json_lines=settings.env == "production")
    stop = stop or asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stop.set)
    await db.open_database(settings.resolved_database_url)
    log.info("worker started with jobs: %s", ", ".join(JOBS) or "(none)")
    try:
        await run_jobs(JOBS, settings, stop)
    finally:
        await db.close_database()
        log.info("worker stopped")


async def run_jobs(jobs: dict[str, tuple[float, Job]], settings: Settings, stop: asyncio.Event,
                   grace_seconds: float = 10.0) -> None:
    """Each job on its own timer, so a long one (the nightly rescore) never holds up the outbox. On stop, jobs get
    `grace_seconds` to finish their round; then they are cancelled, which rolls back their open transaction (the
    rescore commits per chunk, the outbox's leases expire and the events are delivered again)."""
    tasks = [asyncio.create_task(_repeat(name, interval, job, settings, stop), name=name)
             for name, (interval, job) in jobs.items()]
    await stop.wait()
    _, unfinished = await asyncio.wait(tasks, timeout=grace_seconds)
    for task in unfinished:
        log.warning("job %s did not finish within %s s of the stop; cancelled", task.get_name(), grace_seconds)
        task.cancel()
    await asyncio.gather(*unfinished, return_exceptions=True)


async def _repeat(name: str, interval: float, job: Job, settings: Settings, stop: asyncio.Event) -> None:
    while not stop.is_set():
        try:
            await job(settings)
        except Exception:
            log.exception("job %s failed; it runs again next interval", name)
        try:
            await asyncio.wait_for(stop.wait(), timeout=interval)
        except TimeoutError:
            pass
