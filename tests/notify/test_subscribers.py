"""Notify and scoring subscribe to the same events with delivery state of their own: a failure in one is retried
without running the other again (issue 15)."""

from datetime import date, timedelta

import bootstrap
from core import clock, outbox
from core.identity import Role
from core.models import OutboxStatus
from inspections.events import HazardReported
from tests import builders
from tests.notify.conftest import delivery_of, subscriber

SEND = "/cgi-bin/message/subscribe/send"


class FailingRescore:
    """Stands in for scoring's subscriber under its own name, failing every time (a database error, say)."""

    name = "rescore"

    def __init__(self):
        self.calls = 0

    async def handle(self, batch):
        self.calls += 1
        raise RuntimeError("rescore failed")


async def _reported(fake_wechat, settings):
    tree = await builders.region_tree()
    enterprise = await builders.enterprise(tree["north_grid"])
    manager = await subscriber(fake_wechat, settings, kind="hazard_reported", role=Role.ENTERPRISE,
                               enterprise=enterprise)
    event = await outbox.record(HazardReported(hazard_id=1, enterprise_id=enterprise.id, title="消防通道堵塞",
                                               deadline=date(2026, 12, 31)))
    return event, manager


async def _until_settled(dispatcher, rounds: int) -> None:
    for _ in range(rounds):
        await dispatcher.drain()
        clock.travel(timedelta(hours=2))


async def test_a_failing_rescore_is_retried_alone_and_never_resends_the_wechat_message(db_clean, settings,
                                                                                       fake_wechat, wechat_client):
    table = bootstrap.handler_table(settings, wechat_client)
    failing = FailingRescore()
    table = {kind: [failing if h.name == "rescore" else h for h in handlers] for kind, handlers in table.items()}
    dispatcher = outbox.Dispatcher(settings, table, rng=lambda: 1.0)
    event, manager = await _reported(fake_wechat, settings)

    await _until_settled(dispatcher, settings.outbox_max_attempts + 1)

    assert failing.calls == settings.outbox_max_attempts
    rescore = await delivery_of(event, "rescore")
    assert rescore.status == OutboxStatus.DEAD and "rescore failed" in rescore.last_error
    notify = await delivery_of(event, "notify")
    assert notify.status == OutboxStatus.DONE and notify.attempts == 1
    assert [s["touser"] for s in fake_wechat.sent] == [manager.openid]  # sent once, not once per rescore try


async def test_a_wechat_failure_is_retried_without_running_the_rescore_again(db_clean, settings, fake_wechat,
                                                                            wechat_client):
    dispatcher = bootstrap.dispatcher(settings, wechat_client, rng=lambda: 1.0)
    event, manager = await _reported(fake_wechat, settings)
    fake_wechat.inject_fault(SEND, http_status=502, times=2)

    await _until_settled(dispatcher, 4)

    notify = await delivery_of(event, "notify")
    assert notify.status == OutboxStatus.DONE and notify.attempts == 3
    rescore = await delivery_of(event, "rescore")
    assert rescore.status == OutboxStatus.DONE and rescore.attempts == 1
    assert [s["touser"] for s in fake_wechat.sent] == [manager.openid]
