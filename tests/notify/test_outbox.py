import asyncio
import logging
from datetime import timedelta

import pytest
from tortoise.transactions import in_transaction

from core import clock, outbox
from core.models import OutboxDelivery, OutboxEvent, OutboxStatus
from notify.models import DeliveryStatus, InboxMessage, SubscriptionQuota, WeChatDelivery
from tests import builders
from tests.notify.conftest import delivery_of, requested, subscriber

SEND = "/cgi-bin/message/subscribe/send"


class Boom(Exception):
    pass


class Recorder:
    """A subscriber that notes each event it is handed, and fails every time when asked to."""

    def __init__(self, name: str, fail: bool = False):
        self.name, self.fail, self.calls = name, fail, []

    async def handle(self, batch):
        self.calls += [envelope.event for envelope in batch]
        if self.fail:
            raise RuntimeError("boom")
        return {}


class TestRecord:
    async def test_an_event_commits_or_rolls_back_with_the_callers_transaction(self, db_clean):
        async with in_transaction():
            await outbox.record(requested([1]))
        with pytest.raises(Boom):
            async with in_transaction():
                await outbox.record(requested([2]))
                raise Boom
        assert [p["user_ids"] for p in await OutboxEvent.all().values_list("payload", flat=True)] == [[1]]

    async def test_a_key_records_the_same_fact_once(self, db_clean):
        for _ in range(3):
            async with in_transaction():
                await outbox.record(requested([1]), key="hazard:1:overdue")
        assert await OutboxEvent.filter(key="hazard:1:overdue").count() == 1


@pytest.mark.parametrize(("attempt", "expected"), [(1, 2.0), (2, 4.0), (3, 8.0), (10, 60.0)])
def test_backoff_doubles_up_to_a_cap(attempt, expected):
    assert outbox.backoff_seconds(attempt, 2.0, 60.0, rng=lambda: 1.0) == expected
    assert outbox.backoff_seconds(attempt, 2.0, 60.0, rng=lambda: 0.0) == expected / 2


class TestDispatch:
    async def test_a_message_goes_to_the_inbox_and_to_wechat_spending_one_grant(self, dispatcher, fake_wechat,
                                                                                settings):
        user = await subscriber(fake_wechat, settings)
        event = await outbox.record(requested([user.id]))
        assert await dispatcher.drain() == 1
        assert (await delivery_of(event)).status == OutboxStatus.DONE
        assert await InboxMessage.filter(user_id=user.id, kind="risk_changed").count() == 1
        [sent] = fake_wechat.sent
        assert sent["touser"] == user.openid and sent["data"]["phrase2"] == {"value": "红色"}
        assert sent["data"]["time3"] == {"value": "2026年1月2日 10:30"}
        delivery = await WeChatDelivery.get(user_id=user.id)
        assert delivery.status == DeliveryStatus.SENT and delivery.msgid == str(sent["msgid"])
        assert (await SubscriptionQuota.get(user_id=user.id)).remaining == 0

    async def test_without_a_grant_the_inbox_gets_the_message_and_a_reminder_to_subscribe(
            self, dispatcher, fake_wechat, settings):
        user = await subscriber(fake_wechat, settings, grants=0)
        await outbox.record(requested([user.id]))
        await outbox.record(requested([user.id]))
        await dispatcher.drain()
        assert fake_wechat.calls_to(SEND) == []
        kinds = sorted(await InboxMessage.filter(user_id=user.id).values_list("kind", flat=True))
        assert kinds == ["risk_changed", "risk_changed", "subscribe_reminder"]  # one reminder a day

    async def test_43101_zeroes_the_grant_and_is_not_retried(self, dispatcher, fake_wechat, settings):
        user = await subscriber(fake_wechat, settings, grants=3)
        fake_wechat.quota.clear()  # the user unsubscribed in WeChat's settings
        event = await outbox.record(requested([user.id]))
        await dispatcher.drain()
        assert len(fake_wechat.calls_to(SEND)) == 1
        quota = await SubscriptionQuota.get(user_id=user.id)
        assert quota.remaining == 0 and quota.exhausted_reason == "43101"
        assert (await delivery_of(event)).status == OutboxStatus.DONE

    @pytest.mark.parametrize("breakage", ["template", "field"])
    async def test_a_permanent_refusal_is_dead_lettered_alerted_and_the_grant_kept(
            self, dispatcher, fake_wechat, settings, caplog, breakage):
        user = await subscriber(fake_wechat, settings)
        template_id = settings.wechat_templates["risk_changed"].template_id
        if breakage == "template":
            del fake_wechat.templates[template_id]  # 40037
        else:
            fake_wechat.templates[template_id].add("thing9")  # a key we do not fill: 47003
        event = await outbox.record(requested([user.id]))
        with caplog.at_level(logging.ERROR, logger="jinyan.alerts"):
            await dispatcher.drain()
        assert len(fake_wechat.calls_to(SEND)) == 1
        dead = await delivery_of(event)
        assert dead.status == OutboxStatus.DEAD and ("40037" if breakage == "template" else "47003") in dead.last_error
        assert (await SubscriptionQuota.get(user_id=user.id)).remaining == 1
        assert any("dead-lettered" in r.getMessage() for r in caplog.records)
        assert await InboxMessage.filter(user_id=user.id).count() == 1

    async def test_a_failing_handler_is_retried_with_backoff_then_dead_lettered(self, db_clean, settings):
        flaky = Recorder("flaky", fail=True)
        dispatcher = outbox.Dispatcher(settings, {builders.Unheard: [flaky]}, rng=lambda: 1.0)
        event = await outbox.record(builders.Unheard(1))
        for waited in (0, 1, 2, 4):
            clock.travel(timedelta(seconds=waited, milliseconds=1))
            assert await dispatcher.run_once() == 1
            assert await dispatcher.run_once() == 0  # not due again before its backoff
        row = await delivery_of(event, "flaky")
        assert len(flaky.calls) == settings.outbox_max_attempts == 4
        assert row.status == OutboxStatus.DEAD and "boom" in row.last_error

    async def test_an_event_without_a_handler_is_dead_lettered(self, dispatcher):
        event = await outbox.record(builders.Unheard(1))
        await dispatcher.drain()
        assert (await delivery_of(event, outbox.UNHANDLED)).status == OutboxStatus.DEAD

    async def test_45009_backs_off_long_without_spending_a_try(self, dispatcher, fake_wechat, settings):
        user = await subscriber(fake_wechat, settings)
        fake_wechat.inject_fault(SEND, errcode=45009)
        event = await outbox.record(requested([user.id]))
        await dispatcher.drain()
        row = await delivery_of(event)
        assert row.status == OutboxStatus.PENDING and row.attempts == 0
        assert (row.available_at - clock.now()).total_seconds() > settings.wechat_quota_backoff_seconds - 5
        assert len(fake_wechat.calls_to(SEND)) == 1
        clock.travel(timedelta(seconds=settings.wechat_quota_backoff_seconds + 1))
        await dispatcher.drain()
        assert len(fake_wechat.sent) == 1 and (await SubscriptionQuota.get(user_id=user.id)).remaining == 0


class TestBatches:
    async def test_one_grant_covers_one_of_two_messages_in_the_same_batch(self, dispatcher, fake_wechat, settings):
        user = await subscriber(fake_wechat, settings, grants=1)
        for _ in range(2):
            await outbox.record(requested([user.id]))
        await dispatcher.drain()
        assert len(fake_wechat.sent) == 1
        statuses = sorted(await WeChatDelivery.filter(user_id=user.id).values_list("status", flat=True))
        assert statuses == [DeliveryStatus.NO_QUOTA, DeliveryStatus.SENT]
        assert await InboxMessage.filter(user_id=user.id, kind="subscribe_reminder").count() == 1
        assert await OutboxDelivery.filter(status=OutboxStatus.DONE).count() == 2

    async def test_a_failed_send_retries_only_its_event_without_spending_another_grant(
            self, dispatcher, fake_wechat, settings):
        users = [await subscriber(fake_wechat, settings), await subscriber(fake_wechat, settings)]
        fake_wechat.inject_fault(SEND, http_status=502)  # whichever send of the batch comes first
        events = [await outbox.record(requested([u.id])) for u in users]
        await dispatcher.run_once()
        statuses = [(await delivery_of(e)).status for e in events]
        assert sorted(statuses) == [OutboxStatus.DONE, OutboxStatus.PENDING]
        unlucky = users[statuses.index(OutboxStatus.PENDING)]
        resumed = await WeChatDelivery.get(user_id=unlucky.id)
        assert resumed.status == DeliveryStatus.SENDING and resumed.quota_spent
        clock.travel(timedelta(seconds=10))
        await dispatcher.drain()
        assert sorted(s["touser"] for s in fake_wechat.sent) == sorted(u.openid for u in users)
        assert (await WeChatDelivery.get(user_id=unlucky.id)).attempts == 2
        assert (await SubscriptionQuota.get(user_id=unlucky.id)).remaining == 0

    async def test_a_user_without_an_openid_or_a_kind_without_a_template_gets_the_inbox_only(
            self, dispatcher, fake_wechat, settings):
        web_only = await subscriber(fake_wechat, settings, openid=None)
        user = await subscriber(fake_wechat, settings)
        await outbox.record(requested([web_only.id]))
        await outbox.record(requested([user.id], kind="weekly_digest"))
        await dispatcher.drain()
        assert fake_wechat.calls_to(SEND) == [] and await WeChatDelivery.all().count() == 0
        assert await InboxMessage.all().count() == 2


async def test_a_value_that_cannot_fit_its_field_is_dead_lettered_before_any_send(dispatcher, fake_wechat, settings):
    user = await subscriber(fake_wechat, settings)
    event = await outbox.record(requested([user.id, user.id], time="明天下午"))
    await dispatcher.drain()
    assert fake_wechat.calls_to(SEND) == []
    dead = await delivery_of(event)
    assert dead.status == OutboxStatus.DEAD and "time3" in dead.last_error
    assert (await SubscriptionQuota.get(user_id=user.id)).remaining == 1
    assert await InboxMessage.filter(user_id=user.id).count() == 1


async def test_an_event_carries_the_request_id_that_recorded_it(db_clean):
    from core.logs import current_request_id

    token = current_request_id.set("req-7f3a")
    try:
        await outbox.record(requested([]))
    finally:
        current_request_id.reset(token)
    assert (await OutboxEvent.get(name="message.requested")).request_id == "req-7f3a"


async def test_a_stop_ends_the_drain_after_the_batch_in_hand(db_clean, settings):
    """`jinyan serve` stopping (Ctrl+C) waits for one batch of the backlog, not all of it."""
    recorder = Recorder("slow")
    dispatcher = outbox.Dispatcher(settings.model_copy(update={"outbox_batch_size": 2}),
                                   {builders.Unheard: [recorder]})
    for number in range(6):
        await outbox.record(builders.Unheard(number))
    stop = asyncio.Event()
    stop.set()
    assert await dispatcher.drain(stop=stop) == 2 and len(recorder.calls) == 2
    assert await dispatcher.drain() == 4  # the rest waits for the next start
