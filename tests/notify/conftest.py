"""Fixtures of the notify tests: the fake WeChat knows our templates, and a dispatcher with quick retries."""

import itertools

import pytest
import pytest_asyncio

from core.identity import Role
from core import outbox
from core.models import OutboxDelivery
from notify.events import MessageRequested
from notify.subscriber import NotifySubscriber
from notify.models import SubscriptionQuota
from tests import builders

_openids = itertools.count(1)


@pytest.fixture
def settings(settings):
    return settings.model_copy(update={"outbox_backoff_base_seconds": 1.0, "outbox_max_attempts": 4})


@pytest.fixture
def fake_wechat(fake_wechat, settings):
    fake_wechat.register_templates({t.template_id: t.fields.values() for t in settings.wechat_templates.values()})
    return fake_wechat


@pytest_asyncio.fixture(loop_scope="session")
async def dispatcher(db_clean, settings, wechat_client):
    return notify_dispatcher(settings, wechat_client, worker_id="worker-a", rng=lambda: 1.0)


def notify_dispatcher(settings, wechat_client, **options) -> outbox.Dispatcher:
    """A dispatcher with notify as the only subscriber: these tests are about who is told what, so a rescore's
    colour change must not add messages of its own (tests/inspections/test_loop_notifies.py runs the whole table)."""
    notify = NotifySubscriber(settings, wechat_client)
    return outbox.Dispatcher(settings, {event_type: [notify] for event_type in notify.handles}, **options)


async def subscriber(fake_wechat, settings, kind: str = "risk_changed", grants: int = 1, **overrides):
    """An enterprise-less user with an openid who accepted `grants` messages of `kind`, locally and at WeChat."""
    overrides.setdefault("role", Role.PUBLIC)
    overrides.setdefault("openid", f"o-user-{next(_openids)}")
    user = await builders.user(**overrides)
    if grants and user.openid:
        await SubscriptionQuota.create(user=user, kind=kind, remaining=grants)
        fake_wechat.grant(user.openid, settings.wechat_templates[kind].template_id, grants)
    return user


def requested(user_ids, kind: str = "risk_changed", **values) -> MessageRequested:
    return MessageRequested(kind=kind, user_ids=tuple(user_ids), title="风险码变化", body="风险码已变为红色",
                            values={"enterprise": "测试企业", "status": "红色", "time": "2026-01-02T10:30:00+08:00",
                                    **values})


async def delivery_of(event, handler: str = "notify") -> OutboxDelivery:
    """The delivery row of one recorded event to one handler."""
    return await OutboxDelivery.get(event_id=event.id, handler=handler)
