"""The outbox runs in `jinyan worker` (the JOBS table) and, in dev, inside the app's lifespan."""

import asyncio
from pathlib import Path

import bootstrap
from api import worker
from api.app import create_app
from core import outbox
from core.models import OutboxDelivery, OutboxStatus
from notify.models import InboxMessage
from tests.conftest import fake_wechat_client, served
from tests.notify.conftest import requested, subscriber


async def test_the_worker_job_delivers_due_events_through_the_configured_wechat(db_clean, settings, fake_wechat):
    assert {"outbox", "outbox_purge", "hazard_reminders", "rescore", "heartbeat"} <= set(worker.JOBS)
    user = await subscriber(fake_wechat, settings)
    await outbox.record(requested([user.id]))
    dev = settings.model_copy(update={"wechat_appid": "", "wechat_secret": ""})  # the in-process fake WeChat
    interval, job = worker.JOBS["outbox"]
    await job(dev)
    assert await OutboxDelivery.filter(handler="notify", status=OutboxStatus.DONE).count() == 1
    assert await InboxMessage.filter(user_id=user.id).count() == 1


async def test_in_dev_the_app_delivers_the_outbox_itself_until_it_stops(db_clean, settings, fake_wechat,
                                                                        wechat_client):
    user = await subscriber(fake_wechat, settings)
    app = create_app(settings.model_copy(update={"run_worker_in_process": True}), wechat=wechat_client,
                     manage_database=False)
    async with app.router.lifespan_context(app):
        await outbox.record(requested([user.id]))
        for _ in range(50):
            if await InboxMessage.filter(user_id=user.id).exists():
                break
            await asyncio.sleep(0.1)
    assert len(fake_wechat.sent) == 1
    assert await OutboxDelivery.filter(handler="notify", status=OutboxStatus.DONE).count() == 1


def _established_to(port: int) -> int:
    """Open TCP connections to a loopback port, as the kernel lists them (state 01 is ESTABLISHED)."""
    lines = Path("/proc/net/tcp").read_text().splitlines()[1:]
    return sum(1 for line in lines if line.split()[3] == "01" and int(line.split()[2].split(":")[1], 16) == port)


async def test_a_stopped_worker_closes_its_keep_alive_connections_to_wechat(db_clean, settings, fake_wechat, sleeps):
    user = await subscriber(fake_wechat, settings)
    async with served(fake_wechat.app) as base_url:
        port = int(base_url.rsplit(":", 1)[1])
        job = bootstrap.OutboxJob(lambda _settings: fake_wechat_client(fake_wechat, sleeps, base_url=base_url))
        stop = asyncio.Event()
        running = asyncio.create_task(worker.run_jobs({"outbox": (0.05, job)}, settings, stop))
        await outbox.record(requested([user.id]))
        for _ in range(100):
            if fake_wechat.sent:
                break
            await asyncio.sleep(0.05)
        assert len(fake_wechat.sent) == 1 and _established_to(port) == 1  # the send's connection, kept alive
        stop.set()
        await asyncio.wait_for(running, timeout=5)
        assert _established_to(port) == 0


def test_the_in_process_worker_is_on_in_dev_and_off_in_production(settings):
    unset = settings.model_copy(update={"run_worker_in_process": None})
    assert unset.worker_in_process
    assert not unset.model_copy(update={"env": "production"}).worker_in_process
    assert not settings.worker_in_process  # the tests' settings turn it off explicitly


async def test_a_long_job_holds_up_no_other_and_a_stop_cancels_it_after_the_grace(settings):
    quick_rounds = []
    slow_finished = []

    async def quick(_settings):
        quick_rounds.append(1)

    async def slow(_settings):
        await asyncio.sleep(30)
        slow_finished.append(1)

    stop = asyncio.Event()
    running = asyncio.create_task(worker.run_jobs({"slow": (60.0, slow), "quick": (0.01, quick)}, settings, stop,
                                                  grace_seconds=0.2))
    await asyncio.sleep(0.5)
    assert len(quick_rounds) >= 5
    stop.set()
    await asyncio.wait_for(running, timeout=5)
    assert slow_finished == []


async def test_a_failing_job_runs_again_next_interval(settings):
    rounds = []

    async def flaky(_settings):
        rounds.append(1)
        raise RuntimeError("WeChat is down")

    stop = asyncio.Event()
    running = asyncio.create_task(worker.run_jobs({"flaky": (0.01, flaky)}, settings, stop))
    await asyncio.sleep(0.2)
    stop.set()
    await asyncio.wait_for(running, timeout=5)
    assert len(rounds) >= 3


async def test_in_dev_the_app_runs_every_job_of_the_worker_and_stops_within_seconds(db_clean, settings,
                                                                                    wechat_client):
    """`make run` is the whole product (docs/decisions/044): a hazard 16 days overdue escalates to the street and a
    new enterprise gets its colour without a separate `jinyan worker`; the stop does not wait for the intervals."""
    import time
    from datetime import timedelta

    import bootstrap
    from core import clock
    from core.identity import Role
    from core.models import OutboxEvent
    from enterprises.models import Enterprise
    from tests import builders

    tree = await builders.region_tree()
    enterprise = await builders.enterprise(tree["north_grid"])
    inspector = await builders.user(Role.INSPECTOR, tree["north"])
    hazard = await builders.hazard(enterprise, inspector, deadline_date=clock.now().date() - timedelta(days=16))
    dev = settings.model_copy(update={"run_worker_in_process": True})
    app = create_app(dev, wechat=wechat_client, manage_database=False)
    assert set(bootstrap.in_process_jobs(wechat_client)) == set(worker.JOBS) - {"heartbeat", "outbox"}
    async with app.router.lifespan_context(app):
        for _ in range(100):
            escalated = await OutboxEvent.filter(key=f"hazard:{hazard.id}:escalated").exists()
            scored = await Enterprise.filter(id=enterprise.id, risk_color__isnull=False).exists()
            if escalated and scored:
                break
            await asyncio.sleep(0.1)
        assert escalated and scored
        from httpx import ASGITransport, AsyncClient
        async with AsyncClient(transport=ASGITransport(app=app), base_url="http://t") as http:
            jobs = (await http.get("/readyz")).json()["jobs"]
        assert jobs["hazard_reminders"]["runs"] == "in-process" and jobs["heartbeat"]["runs"] == "worker"
        started = time.monotonic()
    assert time.monotonic() - started < 5


def test_the_worker_runs_on_uvloop_where_installed_and_on_asyncio_without_it(monkeypatch):
    async def loop_module() -> str:
        return type(asyncio.get_running_loop()).__module__.split(".")[0]

    name, run = worker.event_loop_runner()
    assert (name, run(loop_module())) == ("uvloop", "uvloop")
    monkeypatch.setitem(__import__("sys").modules, "uvloop", None)  # what an interpreter without it sees
    name, run = worker.event_loop_runner()
    assert (name, run(loop_module())) == ("asyncio", "asyncio")
