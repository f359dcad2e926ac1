"""The composition root: the one place that wires the domains together for a running deployment.

It builds the outbox's handler table (event type -> its subscribers), the WeChat client that notify is handed,
and the worker's jobs. The app, the worker, the CLI and the benches all take them from here, so there is one
table and no default that differs. Nothing below imports this package."""

from collections.abc import Awaitable, Callable
from typing import Any

from core import clock, heartbeat, outbox, schedule
from core.events import Event
from core.settings import Settings
from dashboard import snapshot as dashboard_snapshot
from inspections import campaign_tasks, reminders, reports
from inspections import service as inspections_service
from notify.subscriber import NotifySubscriber
from notify.token_cache import DatabaseTokenCache
from scoring import overrides, service as scoring_service
from scoring.reactions import RescoreSubscriber
from wechat.client import WeChatClient
from wechat.fake import FakeWeChat

Job = Callable[[Settings], Awaitable[None]]


def build_wechat_client(settings: Settings, on_error: Callable[[Any], None] | None = None) -> WeChatClient:
    """The real WeChat when WECHAT_APPID is set; otherwise the in-process fake, where `demo-<name>` logs in."""
    if not settings.uses_fake_wechat:
        # The token lives in the database so every API and worker process shares one (wechat-api.md §2c).
        return WeChatClient(settings.wechat_appid, settings.wechat_secret, base_url=settings.wechat_api_base,
                            token_cache=DatabaseTokenCache(settings.wechat_appid), on_error=on_error)
    fake = FakeWeChat(accept_demo_codes=True, unlimited_quota=True)
    fake.register_templates({t.template_id: t.fields.values() for t in settings.wechat_templates.values()})
    return WeChatClient(fake.appid, fake.secret, base_url="http://fake-wechat",
                        app=fake.app, on_error=on_error)


def handler_table(settings: Settings, wechat: WeChatClient) -> dict[type[Event], list[outbox.Handler]]:
    """Who handles what: notify tells people, scoring rescores; each keeps its own delivery state per event."""
    table: dict[type[Event], list[outbox.Handler]] = {}
    for subscriber in (NotifySubscriber(settings, wechat), RescoreSubscriber(settings)):
        for event_type in subscriber.handles:
            table.setdefault(event_type, []).append(subscriber)
    return table


def dispatcher(settings: Settings, wechat: WeChatClient, **options) -> outbox.Dispatcher:
    return outbox.Dispatcher(settings, handler_table(settings, wechat), **options)


class OutboxJob:
    """The outbox's worker job: one dispatcher and WeChat client per settings (per worker process), made on the first
    round. `aclose` closes the clients' keep-alive connections when the worker stops (api/worker.run_jobs)."""

    def __init__(self, wechat_factory: Callable[[Settings], WeChatClient]) -> None:
        self._wechat_factory = wechat_factory
        self._running: dict[int, tuple[outbox.Dispatcher, WeChatClient]] = {}

    async def __call__(self, settings: Settings) -> None:
        if id(settings) not in self._running:
            wechat = self._wechat_factory(settings)
            self._running[id(settings)] = dispatcher(settings, wechat), wechat
        await self._running[id(settings)][0].drain()

    async def aclose(self) -> None:
        running, self._running = self._running, {}
        for _dispatcher, wechat in running.values():
            await wechat.aclose()


def worker_jobs(wechat_factory: Callable[[Settings], WeChatClient] = build_wechat_client,
                ) -> dict[str, tuple[float, Job]]:
    """name -> (interval seconds, job). Each runs on its own timer in `jinyan worker`."""
    deliver_outbox = OutboxJob(wechat_factory)

    async def beat(settings: Settings) -> None:
        await heartbeat.beat()

    async def purge_outbox(settings: Settings) -> None:
        await outbox.purge_finished(settings.outbox_retention_days)

    async def expire_drafts(settings: Settings) -> None:
        await inspections_service.expire_stale_drafts(settings.inspection_draft_expiry_days)

    return {"heartbeat": (5.0, beat), "outbox": (1.0, deliver_outbox),
            "hazard_reminders": (300.0, reminders.run),
            "campaign_reminders": (300.0, campaign_tasks.run),
            "report_reminders": (60.0, reports.run),
            "rescore": (60.0, scoring_service.nightly_rescore),
            "dashboard_snapshot": (60.0, dashboard_snapshot.nightly),
            "risk_overrides": (60.0, overrides.run),
            "outbox_purge": (3600.0, purge_outbox),
            "draft_expiry": (3600.0, expire_drafts)}


# Jobs the API process does not take from the table when it runs the worker in-process (dev, `jinyan serve`): the
# heartbeat says "a worker process is alive" (/readyz says "in-process" instead), and the outbox runs there through
# outbox.run_until_stopped, whose drain stops after the batch in hand (the demo's backlog must not hold up Ctrl+C).
NOT_IN_PROCESS = frozenset({"heartbeat", "outbox"})


def in_process_jobs(wechat: WeChatClient) -> dict[str, tuple[float, Job]]:
    """The worker's periodic jobs that `jinyan serve` runs itself in dev: reminders, escalation, the daily rescore,
    the ends of overrides, purges, draft expiry and the campaign and daily-report reminders, on the app's client."""
    return {name: job for name, job in worker_jobs(lambda _settings: wechat).items() if name not in NOT_IN_PROCESS}


def job_placement(settings: Settings) -> dict[str, dict]:
    """Which job runs where, for /readyz: "in-process" (inside this API process) or "worker" (`jinyan worker`)."""
    in_process = settings.worker_in_process
    return {name: {"runs": "in-process" if in_process and name != "heartbeat" else "worker",
                   "interval_seconds": interval}
            for name, (interval, _job) in worker_jobs().items()}


# Jobs that run once per Beijing day (core/schedule.run_daily): their last run is in the database, whoever ran it.
DAILY_JOBS = frozenset({"rescore", "dashboard_snapshot"})


async def operations_status(settings: Settings) -> dict:
    """The console's 运维 page: the worker processes alive, each job (where it runs, how often, its last round where
    known), the outbox's backlog and dead letters. A job's last round is known for daily jobs (the database), for
    the outbox (its last delivery) and for jobs this process runs itself (`jinyan serve`'s in-process worker); a
    separate `jinyan worker` keeps its rounds in memory, so there it is unknown (null)."""
    now = clock.now()
    workers = await heartbeat.workers(now)
    daily = await schedule.daily_runs()
    here = schedule.runs_here()
    health = await outbox.outbox_health()
    delivered = await outbox.last_delivered_at()
    jobs = []
    for name, placement in job_placement(settings).items():
        run = here.get(name)
        job = {"name": name, **placement, "last_started_at": run.started_at if run else None,
               "last_finished_at": run.finished_at if run else None, "last_error": run.error if run else None,
               "last_run_source": "this_process" if run else None}
        if name in DAILY_JOBS and name in daily:
            job.update(last_started_at=daily[name]["started_at"], last_finished_at=daily[name]["finished_at"],
                       last_error=None, last_run_source="database", done_for=daily[name]["done_for"],
                       claimed_by=daily[name]["claimed_by"])
        elif name == "outbox" and delivered is not None and not run:
            job.update(last_finished_at=delivered, last_run_source="last_delivery")
        jobs.append(job)
    live = [w for w in workers if w["alive"]]
    return {"now": now, "worker": "in-process" if settings.worker_in_process else ("ok" if live else "missing"),
            "workers": workers, "jobs": jobs,
            "outbox": {"backlog": health.backlog, "oldest_due_age_seconds": health.oldest_due_age_seconds,
                       "dead_letters": health.dead_letters, "last_delivered_at": delivered}}
