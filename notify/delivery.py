"""Delivering one message to users: the in-app inbox always, a WeChat subscription message when a grant is left.

Every write is keyed by the outbox event, so a handler that runs again after a crash writes no second inbox row
and sends to WeChat at most once more (only when the crash fell between the send and its record)."""

import logging
from collections.abc import Iterable
from dataclasses import dataclass, field

from tortoise.exceptions import IntegrityError
from tortoise.expressions import F

from core import clock
from core.settings import Settings
from enterprises.models import User
from notify.fields import FieldInvalid, shape_data
from notify.models import DeliveryStatus, InboxMessage, SubscriptionQuota, WeChatDelivery
from wechat.client import WeChatClient
from wechat.errors import (WeChatQuotaExceeded, WeChatRequestError, WeChatSubscriptionRefused,
                           WeChatTokenError, WeChatUnavailable)

log = logging.getLogger("jinyan.notify")
alerts = logging.getLogger("jinyan.alerts")

SUBSCRIBE_REMINDER_KIND = "subscribe_reminder"
_FINISHED = (DeliveryStatus.SENT, DeliveryStatus.REFUSED, DeliveryStatus.NO_QUOTA)


class PermanentDeliveryError(Exception):
    """Retrying cannot help (bad template, page, field or openid): the event is dead-lettered and alerted."""


@dataclass(frozen=True)
class HandlerContext:
    event_id: int
    settings: Settings
    wechat: WeChatClient
    # False on an event's first run, when nothing of it can have been delivered yet.
    rerun: bool = True


@dataclass(frozen=True)
class Message:
    """What a user is told. `values` fill the subscription template's fields by our names (subject, time, ...)."""

    kind: str
    title: str
    body: str
    page: str = ""
    object_type: str | None = None
    object_id: str | None = None
    values: dict[str, object] = field(default_factory=dict)


async def deliver(ctx: HandlerContext, message: Message, user_ids: Iterable[int]) -> None:
    """Inbox every active recipient, then WeChat each one that has an openid.

    A transient WeChat failure for one user does not stop the others; it is raised at the end so the event is
    retried, and what was delivered is skipped next time."""
    users = await User.filter(id__in=sorted(set(user_ids)), is_active=True).only("id", "openid")
    transient: Exception | None = None
    permanent: PermanentDeliveryError | None = None
    for user in users:
        await write_inbox(f"{ctx.event_id}:{user.id}:{message.kind}", user.id, message)
        if not user.openid:
            continue
        try:
            await send_wechat(ctx, user, message)
        except PermanentDeliveryError as exc:
            permanent = exc
        except (WeChatUnavailable, WeChatTokenError, WeChatQuotaExceeded) as exc:
            transient = transient or exc
    if transient is not None:
        raise transient
    if permanent is not None:
        raise permanent


async def write_inbox(dedup_key: str, user_id: int, message: Message) -> bool:
    """Write one inbox row; False when the same key was written before (a handler that ran again)."""
    try:
        await InboxMessage.create(user_id=user_id, kind=message.kind, title=message.title[:100],
                                  body=message.body, page=message.page, object_type=message.object_type,
                                  object_id=message.object_id, dedup_key=dedup_key)
    except IntegrityError:
        return False
    return True


async def send_wechat(ctx: HandlerContext, user: User, message: Message) -> None:
    """Send one subscription message, spending one grant; without a grant the user is reminded to subscribe."""
    template = ctx.settings.wechat_templates.get(message.kind)
    if template is None:
        return  # an inbox-only kind
    delivery = await _claim_delivery(ctx, user.id, message.kind)
    if delivery is None:
        await _remind_to_subscribe(user.id, message)
        return
    if delivery.status in _FINISHED:
        return
    try:
        data = shape_data(template.fields, message.values)
    except FieldInvalid as exc:
        await _failed(delivery, user.id, f"{exc.message}: {exc.detail}")
        raise PermanentDeliveryError(exc.message) from exc
    try:
        delivery.msgid = await ctx.wechat.send_subscribe_message(
            user.openid, template.template_id, data, page=message.page or template.page,
            state=ctx.settings.wechat_miniprogram_state)
    except WeChatSubscriptionRefused:
        await SubscriptionQuota.filter(user_id=user.id, kind=message.kind).update(remaining=0,
                                                                                  exhausted_reason="43101")
        await _save(delivery, DeliveryStatus.REFUSED, "43101")
        return
    except WeChatQuotaExceeded:
        await _refund(delivery, user.id)  # WeChat refused before delivering: the grant is still the user's
        raise
    except WeChatRequestError as exc:
        await _failed(delivery, user.id, str(exc))
        raise PermanentDeliveryError(str(exc)) from exc
    await WeChatDelivery.filter(id=delivery.id).update(status=DeliveryStatus.SENT, msgid=delivery.msgid,
                                                       last_error=None)


async def _claim_delivery(ctx: HandlerContext, user_id: int, kind: str) -> WeChatDelivery | None:
    """This send's dedup record with a grant spent for it; None when the user has no grant left.

    A first run spends and records together (the common, fast path); a rerun resumes the record it left."""
    key = f"{ctx.event_id}:{user_id}:{kind}"
    if ctx.rerun and (earlier := await WeChatDelivery.filter(dedup_key=key).first()):
        if earlier.status in _FINISHED or earlier.quota_spent:
            return earlier
        if not await _spend_grant(user_id, kind):
            await _save(earlier, DeliveryStatus.NO_QUOTA)
            return None
        earlier.quota_spent, earlier.attempts = True, earlier.attempts + 1
        await _save(earlier, DeliveryStatus.SENDING)
        return earlier
    if not await _spend_grant(user_id, kind):
        await _record_no_grant(key, user_id, kind)
        return None
    try:
        return await WeChatDelivery.create(dedup_key=key, user_id=user_id, kind=kind, quota_spent=True, attempts=1)
    except IntegrityError:  # a run we did not know was a rerun: give the grant back and resume its record
        await SubscriptionQuota.filter(user_id=user_id, kind=kind).update(remaining=F("remaining") + 1)
        return await _claim_delivery(HandlerContext(ctx.event_id, ctx.settings, ctx.wechat, rerun=True),
                                     user_id, kind)


async def _record_no_grant(key: str, user_id: int, kind: str) -> None:
    try:
        await WeChatDelivery.create(dedup_key=key, user_id=user_id, kind=kind, status=DeliveryStatus.NO_QUOTA)
    except IntegrityError:
        pass


async def _spend_grant(user_id: int, kind: str) -> bool:
    # One conditional UPDATE, so two workers can never spend the same grant.
    spent = await SubscriptionQuota.filter(user_id=user_id, kind=kind, remaining__gt=0).update(
        remaining=F("remaining") - 1, last_sent_at=clock.now())
    return spent > 0


async def _refund(delivery: WeChatDelivery, user_id: int) -> None:
    await SubscriptionQuota.filter(user_id=user_id, kind=delivery.kind).update(remaining=F("remaining") + 1)
    delivery.quota_spent = False
    await _save(delivery, delivery.status)


async def _failed(delivery: WeChatDelivery, user_id: int, error: str) -> None:
    # wechat-api.md §3b assumes a rejected payload does not consume the grant.
    alerts.error("subscription message %s failed permanently: %s", delivery.dedup_key, error)
    await SubscriptionQuota.filter(user_id=user_id, kind=delivery.kind).update(remaining=F("remaining") + 1)
    delivery.quota_spent = False
    await _save(delivery, DeliveryStatus.FAILED, error)


async def _remind_to_subscribe(user_id: int, message: Message) -> None:
    reminder = Message(kind=SUBSCRIBE_REMINDER_KIND, title="请开启微信消息提醒",
                       body=f"您有一条「{message.title}」只能在小程序内查看。在小程序中允许订阅消息后,"
                            "下次将通过微信及时提醒您。", page="pages/notify/subscribe")
    # One reminder per user, kind and day is enough.
    await write_inbox(f"remind:{user_id}:{message.kind}:{clock.now():%Y%m%d}", user_id, reminder)


async def _save(delivery: WeChatDelivery, status: DeliveryStatus, error: str | None = None) -> None:
    delivery.status = status
    delivery.last_error = error
    await delivery.save(update_fields=["status", "quota_spent", "attempts", "msgid", "last_error", "updated_at"])
