"""Delivering messages in batches: the in-app inbox always, a WeChat subscription message when a grant is left.

Handlers only say who is told what (`deliver` plans it); the dispatcher delivers a whole claimed batch at once,
so one worker makes a few statements per batch instead of several per message. Every row is keyed by the outbox
event, so a batch that runs again after a crash writes no second inbox row and sends to WeChat at most once more
(only when the crash fell between a send and the batch's record of it)."""

import asyncio
import logging
from collections.abc import Iterable
from dataclasses import dataclass, field

from tortoise.expressions import F
from tortoise.transactions import in_transaction

from core import clock, db
from core.outbox import Outcome
from core.settings import Settings, WeChatTemplate
from enterprises.models import User
from notify.fields import FieldInvalid, shape_data
from notify.models import DeliveryStatus, InboxMessage, SubscriptionQuota, WeChatDelivery
from wechat.client import WeChatClient
from wechat.errors import WeChatQuotaExceeded, WeChatRequestError, WeChatSubscriptionRefused

log = logging.getLogger("jinyan.notify")
alerts = logging.getLogger("jinyan.alerts")

SUBSCRIBE_REMINDER_KIND = "subscribe_reminder"
_FINISHED = (DeliveryStatus.SENT, DeliveryStatus.REFUSED, DeliveryStatus.NO_QUOTA)


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


@dataclass
class HandlerContext:
    event_id: int
    settings: Settings
    plans: list[tuple[Message, list[int]]] = field(default_factory=list)


async def deliver(ctx: HandlerContext, message: Message, user_ids: Iterable[int]) -> None:
    """Tell these users this message: the dispatcher delivers it with the rest of the batch."""
    ctx.plans.append((message, list(user_ids)))


@dataclass
class _Send:
    event_id: int
    user_id: int
    openid: str
    message: Message
    template: WeChatTemplate
    data: dict | None = None
    delivery: WeChatDelivery | None = None
    result: str = ""
    error: str | None = None

    @property
    def key(self) -> str:
        return f"{self.event_id}:{self.user_id}:{self.message.kind}"


async def deliver_batch(settings: Settings, wechat: WeChatClient,
                        plans: dict[int, list[tuple[Message, list[int]]]]) -> dict[int, Outcome]:
    """Deliver what the handlers of a batch planned; answers each event's outcome."""
    outcomes = {event_id: Outcome() for event_id in plans}
    sends = await _write_inboxes(settings, plans)
    sends = _shaped(sends, outcomes)
    ready = await _reserve_grants(sends)
    await _send_all(wechat, settings, ready, outcomes)
    return outcomes


async def _write_inboxes(settings: Settings, plans) -> list[_Send]:
    wanted = {uid for event_plans in plans.values() for _, ids in event_plans for uid in ids}
    openids = dict(await User.filter(id__in=wanted, is_active=True).values_list("id", "openid"))
    rows, sends, seen = [], [], set()
    for event_id, event_plans in plans.items():
        for message, ids in event_plans:
            for uid in ids:
                key = f"{event_id}:{uid}:{message.kind}"
                if uid not in openids or key in seen:
                    continue
                seen.add(key)
                rows.append(_inbox_row(key, uid, message))
                template = settings.wechat_templates.get(message.kind)
                if openids[uid] and template is not None:
                    sends.append(_Send(event_id, uid, openids[uid], message, template))
    # INSERT IGNORE on the dedup key: a batch that runs again writes nothing twice.
    await db.insert_rows(InboxMessage, rows, ignore_conflicts=True)
    return sends


def _inbox_row(dedup_key: str, user_id: int, message: Message) -> dict:
    return {"user_id": user_id, "kind": message.kind, "title": message.title[:100], "body": message.body,
            "page": message.page, "object_type": message.object_type, "object_id": message.object_id,
            "dedup_key": dedup_key, "created_at": clock.now(), "read_at": None}


def _shaped(sends: list[_Send], outcomes: dict[int, Outcome]) -> list[_Send]:
    kept = []
    for send in sends:
        try:
            send.data = shape_data(send.template.fields, send.message.values)
        except FieldInvalid as exc:
            alerts.error("subscription message %s cannot be sent: %s %s", send.key, exc.message, exc.detail)
            outcomes[send.event_id].permanent = f"{exc.message}: {exc.detail}"
            continue
        kept.append(send)
    return kept


async def _reserve_grants(sends: list[_Send]) -> list[_Send]:
    """Record each send before making it and spend one grant for it, in one transaction for the batch.

    A send already recorded as finished is skipped; one recorded with its grant spent is resumed."""
    if not sends:
        return []
    now = clock.now()
    ready, no_grant = [], []
    async with in_transaction():
        # Not locked: these keys belong to events this worker has claimed, and locking absent keys would take
        # gap locks that deadlock with another worker's inserts.
        existing = {d.dedup_key: d for d in await WeChatDelivery.filter(dedup_key__in=[s.key for s in sends])}
        quotas = {(user_id, kind): _Grant(quota_id, remaining) for quota_id, user_id, kind, remaining in
                  await db.locked_rows(SubscriptionQuota, ("id", "user_id", "kind", "remaining"), "user_id",
                                       sorted({s.user_id for s in sends}))}
        spent, new, resumed = [], [], []
        for send in sends:
            send.delivery = existing.get(send.key)
            if send.delivery is not None and (send.delivery.status in _FINISHED or send.delivery.quota_spent):
                if send.delivery.status not in _FINISHED:
                    ready.append(send)
                continue
            quota = quotas.get((send.user_id, send.message.kind))
            granted = quota is not None and quota.remaining > 0
            if granted:
                quota.remaining -= 1
                spent.append(quota)
                ready.append(send)
            else:
                no_grant.append(send)
            status = DeliveryStatus.SENDING if granted else DeliveryStatus.NO_QUOTA
            if send.delivery is None:
                send.delivery = WeChatDelivery(dedup_key=send.key, user_id=send.user_id, kind=send.message.kind,
                                               status=status, quota_spent=granted, attempts=0)
                new.append(send.delivery)
            else:
                send.delivery.status, send.delivery.quota_spent = status, granted
                resumed.append(send.delivery)
        await db.update_rows(SubscriptionQuota, list({q.id for q in spent}), values={"last_sent_at": now},
                             each={"remaining": {q.id: q.remaining for q in spent}})
        await db.insert_rows(WeChatDelivery, [{name: getattr(d, name) for name in _DELIVERY_COLUMNS} for d in new])
        if resumed:
            await WeChatDelivery.bulk_update(resumed, fields=["status", "quota_spent"], batch_size=500)
    await _remind_to_subscribe(no_grant, now)
    if new:  # MySQL does not hand back the ids of a bulk insert
        ids = dict(await WeChatDelivery.filter(dedup_key__in=[d.dedup_key for d in new]).values_list(
            "dedup_key", "id"))
        for delivery in new:
            delivery.id = ids[delivery.dedup_key]
            delivery._saved_in_db = True
    return ready


@dataclass
class _Grant:
    """A user's grants for one kind, as locked for the batch."""

    id: int
    remaining: int


async def _remind_to_subscribe(sends: list[_Send], now) -> None:
    # One reminder per user, kind and day is enough.
    reminders = [_inbox_row(f"remind:{s.user_id}:{s.message.kind}:{now:%Y%m%d}", s.user_id, Message(
        kind=SUBSCRIBE_REMINDER_KIND, title="请开启微信消息提醒", page="pages/notify/subscribe",
        body=f"您有一条「{s.message.title}」只能在小程序内查看。在小程序中允许订阅消息后,下次将通过微信及时提醒您。"))
        for s in sends]
    await db.insert_rows(InboxMessage, reminders, ignore_conflicts=True)


async def _send_all(wechat: WeChatClient, settings: Settings, sends: list[_Send],
                    outcomes: dict[int, Outcome]) -> None:
    """Send each message and record its result as soon as it returns, still holding its slot: a worker that dies
    mid-batch leaves at most OUTBOX_CONCURRENCY sends made but not recorded, which its successor makes again.
    Successes are recorded together (`_SentRecorder`), the rare other results each in its own transaction."""
    limit = asyncio.Semaphore(settings.outbox_concurrency)
    recorder = _SentRecorder()

    async def send_one(send: _Send) -> None:
        async with limit:
            await _send(wechat, settings, send)
            if send.result == "sent":
                await recorder.record(send)
            else:
                await _record_result(settings, send, outcomes[send.event_id])

    await asyncio.gather(*(send_one(s) for s in sends))


class _SentRecorder:
    """Group commit of successful sends: a send waits, still holding its slot, until one UPDATE has recorded it.
    The first to arrive writes what has gathered, then what gathered meanwhile, until none is left; so with N
    sends in flight a statement records up to N of them, and no send is left unrecorded longer than one
    statement after it returned."""

    def __init__(self) -> None:
        self._waiting: list[tuple[_Send, asyncio.Future]] = []
        self._writing = False

    async def record(self, send: _Send) -> None:
        recorded = asyncio.get_running_loop().create_future()
        self._waiting.append((send, recorded))
        if not self._writing:
            self._writing = True
            try:
                while self._waiting:
                    group, self._waiting = self._waiting, []
                    try:
                        await _record_sent([s for s, _ in group])
                    except Exception as exc:  # noqa: BLE001 - each send of the group fails with it
                        for _, future in group:
                            future.set_exception(exc)
                    else:
                        for _, future in group:
                            future.set_result(None)
            finally:
                self._writing = False
        await recorded


async def _record_sent(sends: list[_Send]) -> None:
    now = clock.now()
    for send in sends:
        delivery = send.delivery
        delivery.attempts, delivery.status, delivery.last_error = delivery.attempts + 1, DeliveryStatus.SENT, None
    await db.update_rows(WeChatDelivery, [s.delivery.id for s in sends], add={"attempts": 1},
                         values={"status": DeliveryStatus.SENT, "last_error": None, "updated_at": now},
                         each={"msgid": {s.delivery.id: s.delivery.msgid for s in sends}})


async def _send(wechat: WeChatClient, settings: Settings, send: _Send) -> None:
    try:
        msgid = await wechat.send_subscribe_message(
            send.openid, send.template.template_id, send.data,
            page=send.message.page or send.template.page, state=settings.wechat_miniprogram_state)
    except WeChatSubscriptionRefused:
        send.result = "refused"
    except WeChatQuotaExceeded as exc:
        send.result, send.error = "quota", str(exc)
    except WeChatRequestError as exc:
        send.result, send.error = "failed", str(exc)
    except Exception as exc:  # noqa: BLE001 - busy, 5xx, timeouts, a token that stays bad: retried
        send.result, send.error = "transient", repr(exc)
    else:
        send.result, send.delivery.msgid = "sent", msgid


_DELIVERY_COLUMNS = ("dedup_key", "user_id", "kind", "status", "quota_spent", "attempts", "msgid", "last_error",
                     "created_at", "updated_at")
_RESULT_FIELDS = ["status", "quota_spent", "attempts", "msgid", "last_error"]


async def _record_result(settings: Settings, send: _Send, outcome: Outcome) -> None:
    async with in_transaction():
        await _apply_result(settings, send, outcome)
        await send.delivery.save(update_fields=_RESULT_FIELDS)


async def _apply_result(settings: Settings, send: _Send, outcome: Outcome) -> None:
    delivery = send.delivery
    delivery.attempts += 1
    delivery.last_error = send.error
    quota = SubscriptionQuota.filter(user_id=send.user_id, kind=send.message.kind)
    if send.result == "sent":
        delivery.status = DeliveryStatus.SENT
    elif send.result == "refused":
        # 43101: the user has no grant at WeChat whatever we counted; never retried (wechat-api.md §3b).
        delivery.status, delivery.last_error = DeliveryStatus.REFUSED, "43101"
        await quota.update(remaining=0, exhausted_reason="43101")
    elif send.result in ("quota", "failed"):
        # WeChat refused before delivering, so the grant is still the user's (§3b's assumption).
        delivery.quota_spent = False
        await quota.update(remaining=F("remaining") + 1)
        if send.result == "quota":
            # 45009 is WeChat's quota, not this event's fault: wait long, and do not spend one of its tries.
            outcome.postponed, outcome.postpone_seconds = send.error, settings.wechat_quota_backoff_seconds
        else:
            delivery.status = DeliveryStatus.FAILED
            alerts.error("subscription message %s failed permanently: %s", send.key, send.error)
            outcome.permanent = send.error
    else:
        outcome.transient = send.error
