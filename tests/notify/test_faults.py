"""The faults issue 6 asks the outbox to survive, played against the fake WeChat."""

import asyncio
from datetime import timedelta

import pytest

from core import clock, outbox
from core.models import OutboxDelivery, OutboxStatus
from notify.models import InboxMessage
from notify.token_cache import DatabaseTokenCache
from tests import builders
from tests.notify.conftest import notify_dispatcher, requested, subscriber
from wechat.client import WeChatClient

SEND = "/cgi-bin/message/subscribe/send"
TOKEN = "/cgi-bin/stable_token"


async def _subscribers(fake_wechat, settings, n: int):
    return [await subscriber(fake_wechat, settings) for _ in range(n)]


def _delivered_once_each(fake_wechat, users) -> bool:
    return sorted(s["touser"] for s in fake_wechat.sent) == sorted(u.openid for u in users)


async def test_wechat_down_for_a_while_then_every_message_is_delivered_once(dispatcher, fake_wechat, settings):
    users = await _subscribers(fake_wechat, settings, 5)
    fake_wechat.inject_fault(SEND, http_status=503, times=4)
    fake_wechat.inject_fault(SEND, errcode=-1, times=3)
    for user in users:
        await outbox.record(requested([user.id]))
    for _ in range(settings.outbox_max_attempts):
        await dispatcher.drain()
        clock.travel(timedelta(seconds=60))
    assert _delivered_once_each(fake_wechat, users)
    assert await OutboxDelivery.filter(status=OutboxStatus.DONE).count() == 5
    assert await InboxMessage.filter(kind="risk_changed").count() == 5
    assert len(fake_wechat.calls_to(SEND)) == 5 + 7


async def test_a_worker_killed_after_claiming_is_replaced_once_its_lease_runs_out(dispatcher, fake_wechat,
                                                                                   settings, wechat_client):
    user = await subscriber(fake_wechat, settings)
    await outbox.record(requested([user.id]))
    await dispatcher.fan_out()
    [claimed] = await dispatcher.claim()  # ... and the worker dies here
    successor = notify_dispatcher(settings, wechat_client, worker_id="worker-b")
    assert await successor.drain() == 0  # leased to the dead worker
    clock.travel(timedelta(seconds=settings.outbox_lease_seconds + 1))
    assert await successor.drain() == 1
    assert _delivered_once_each(fake_wechat, [user])
    assert await InboxMessage.filter(user_id=user.id).count() == 1
    assert (await OutboxDelivery.get(id=claimed.delivery_id)).claimed_by == "worker-b"


async def test_a_worker_killed_after_delivering_but_before_marking_does_not_duplicate(dispatcher, fake_wechat,
                                                                                        settings, wechat_client):
    user = await subscriber(fake_wechat, settings, grants=2)
    await outbox.record(requested([user.id]))
    await dispatcher.fan_out()
    [claimed] = await dispatcher.claim()
    await dispatcher.process([claimed])  # delivered, then the worker dies before marking
    clock.travel(timedelta(seconds=settings.outbox_lease_seconds + 1))
    assert await notify_dispatcher(settings, wechat_client, worker_id="worker-b").drain() == 1
    assert await InboxMessage.filter(user_id=user.id).count() == 1
    assert len(fake_wechat.sent) == 1
    assert (await OutboxDelivery.get(id=claimed.delivery_id)).status == OutboxStatus.DONE


class Refusing:
    """A subscriber that gives up on every event at once."""

    name = "refusing"

    async def handle(self, batch):
        return {envelope.delivery_id: outbox.Outcome(permanent="不收") for envelope in batch}


async def test_the_worker_that_lost_its_lease_cannot_settle_the_event(db_clean, settings):
    table = {builders.Unheard: [Refusing()]}
    first = outbox.Dispatcher(settings, table, worker_id="worker-a")
    await outbox.record(builders.Unheard(1))
    await first.fan_out()
    [claimed] = await first.claim()
    clock.travel(timedelta(seconds=settings.outbox_lease_seconds + 1))
    successor = outbox.Dispatcher(settings, table, worker_id="worker-b")
    [again] = await successor.claim()
    await first.handle(claimed)  # the slow first worker wakes up
    assert (await OutboxDelivery.get(id=claimed.delivery_id)).status == OutboxStatus.PROCESSING
    await successor.handle(again)
    assert (await OutboxDelivery.get(id=claimed.delivery_id)).status == OutboxStatus.DEAD


async def test_two_workers_at_once_never_handle_an_event_twice(db_clean, database, fake_wechat, settings,
                                                               wechat_client):
    if not database.startswith("mysql://"):
        pytest.skip("SQLite has no row locks: one worker is assumed there; run with TEST_DB_URL=mysql://...")
    users = await _subscribers(fake_wechat, settings, 60)
    for user in users:
        await outbox.record(requested([user.id]))
    small_batches = settings.model_copy(update={"outbox_batch_size": 5})
    workers = [notify_dispatcher(small_batches, wechat_client, worker_id=f"worker-{n}") for n in range(3)]
    await asyncio.gather(*(w.drain() for w in workers))
    events = await OutboxDelivery.all()
    assert len(events) == 60 and {e.status for e in events} == {OutboxStatus.DONE}
    assert {e.attempts for e in events} == {1}  # each claimed exactly once
    assert len({e.claimed_by for e in events}) > 1
    assert _delivered_once_each(fake_wechat, users)


async def test_a_token_expiring_mid_batch_is_refreshed_once_and_each_send_retried_once(
        db_clean, fake_wechat, settings):
    users = await _subscribers(fake_wechat, settings, 8)
    client = WeChatClient(fake_wechat.appid, fake_wechat.secret, app=fake_wechat.app,
                          token_cache=DatabaseTokenCache(fake_wechat.appid))
    try:
        worker = notify_dispatcher(settings.model_copy(update={"outbox_batch_size": 4}), client)
        for user in users:
            await outbox.record(requested([user.id]))
        assert await worker.run_once() == 4
        fake_wechat.advance(7200)  # every token WeChat issued has expired; our cache does not know yet
        await worker.drain()
    finally:
        await client.aclose()
    assert len(fake_wechat.calls_to(TOKEN)) == 2  # the first fetch and one refresh
    sends = fake_wechat.calls_to(SEND)
    tokens_used = [s["query"]["access_token"] for s in sends]
    expired, fresh = tokens_used[0], tokens_used[-1]
    assert expired != fresh
    retried = tokens_used.count(expired) - 4
    assert 1 <= retried <= 4 and len(sends) == len(users) + retried  # the sends in flight, each retried once
    assert _delivered_once_each(fake_wechat, users)


async def test_a_worker_killed_mid_batch_re_sends_at_most_the_messages_in_flight(db_clean, fake_wechat, settings,
                                                                                 wechat_client):
    """Each send's result is recorded as it returns: a crash re-sends only what was in flight (at most the
    concurrency), not the whole batch."""
    narrow = settings.model_copy(update={"outbox_concurrency": 2})
    # Grants to spare at WeChat, as a user who accepted several has: a message sent twice arrives twice.
    users = [await subscriber(fake_wechat, settings, grants=3) for _ in range(12)]
    for user in users:
        await outbox.record(requested([user.id]))
    fake_wechat.inject_fault(SEND, delay=0.02, times=100)  # sends take a moment, as over the network
    worker = notify_dispatcher(narrow, wechat_client)
    await worker.fan_out()
    claimed = await worker.claim()
    assert len(claimed) == 12
    processing = asyncio.create_task(worker.process(claimed))
    while len(fake_wechat.sent) < 6:
        await asyncio.sleep(0.005)
    processing.cancel()  # the worker dies mid-batch
    with pytest.raises(asyncio.CancelledError):
        await processing
    sent_before_the_crash = len(fake_wechat.sent)
    clock.travel(timedelta(seconds=settings.outbox_lease_seconds + 1))
    assert await notify_dispatcher(narrow, wechat_client, worker_id="worker-b").drain() == 12
    sent_to = [s["touser"] for s in fake_wechat.sent]
    assert sorted(set(sent_to)) == sorted(u.openid for u in users)  # none lost
    duplicates = len(sent_to) - len(set(sent_to))
    assert duplicates <= narrow.outbox_concurrency, (sent_before_the_crash, duplicates)
