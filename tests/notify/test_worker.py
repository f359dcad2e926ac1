"""The outbox runs in `jinyan worker` (the JOBS table) and, in dev, inside the app's lifespan."""

import asyncio

from api import worker
from api.app import create_app
from notify import outbox
from notify.models import InboxMessage, OutboxEvent, OutboxStatus
from tests.notify.conftest import requested, subscriber


async def test_the_worker_job_delivers_due_events_through_the_configured_wechat(db_clean, settings, fake_wechat):
    assert "outbox" in worker.JOBS
    user = await subscriber(fake_wechat, settings)
    await outbox.record("message.requested", requested([user.id]))
    dev = settings.model_copy(update={"wechat_appid": "", "wechat_secret": ""})  # the in-process fake WeChat
    interval, job = worker.JOBS["outbox"]
    await job(dev)
    assert await OutboxEvent.filter(status=OutboxStatus.DONE).count() == 1
    assert await InboxMessage.filter(user_id=user.id).count() == 1


async def test_in_dev_the_app_delivers_the_outbox_itself_until_it_stops(db_clean, settings, fake_wechat,
                                                                        wechat_client):
    user = await subscriber(fake_wechat, settings)
    app = create_app(settings.model_copy(update={"run_worker_in_process": True}), wechat=wechat_client,
                     manage_database=False)
    async with app.router.lifespan_context(app):
        await outbox.record("message.requested", requested([user.id]))
        for _ in range(50):
            if await InboxMessage.filter(user_id=user.id).exists():
                break
            await asyncio.sleep(0.1)
    assert len(fake_wechat.sent) == 1
    assert await OutboxEvent.filter(status=OutboxStatus.DONE).count() == 1


def test_the_in_process_worker_is_on_in_dev_and_off_in_production(settings):
    unset = settings.model_copy(update={"run_worker_in_process": None})
    assert unset.worker_in_process
    assert not unset.model_copy(update={"env": "production"}).worker_in_process
    assert not settings.worker_in_process  # the tests' settings turn it off explicitly
