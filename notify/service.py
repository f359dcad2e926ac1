"""Use cases of the inbox and of subscription grants."""

from tortoise.transactions import in_transaction

from core import audit, clock, db
from core.errors import InvalidInput, NotFound
from core.settings import Settings
from core.identity import Principal
from notify import notices
from notify.models import InboxMessage, SubscriptionQuota


async def list_inbox(principal: Principal, page: int, size: int,
                     unread_only: bool = False) -> tuple[list[InboxMessage], int, int]:
    """A user's own messages, newest first, with the count of unread ones."""
    mine = InboxMessage.filter(user_id=principal.user_id)
    query = mine.filter(read_at__isnull=True) if unread_only else mine
    total = await query.count()
    unread = total if unread_only else await mine.filter(read_at__isnull=True).count()
    items = await query.order_by("-id").offset((page - 1) * size).limit(size)
    return items, total, unread


async def mark_read(principal: Principal, message_id: int) -> InboxMessage:
    """Mark one of the caller's messages read; reading a notice's message is also the enterprise's read receipt."""
    message = await InboxMessage.filter(id=message_id, user_id=principal.user_id).first()
    if message is None:
        raise NotFound("消息不存在", code="INBOX_MESSAGE_NOT_FOUND")
    if message.read_at is None:
        async with in_transaction():
            message.read_at = clock.now()
            await message.save(update_fields=["read_at"])
            if message.object_type == "notice" and principal.enterprise_id:
                await notices.record_read(principal, int(message.object_id))
    return message


@db.retry_lock_conflicts
async def add_subscriptions(principal: Principal, accepted: list[str],
                            settings: Settings) -> dict[str, int]:
    """Each template the user accepted in wx.requestSubscribeMessage allows one more send (wechat-api.md §3b)."""
    unknown = sorted(set(accepted) - set(settings.wechat_templates))
    if unknown:
        raise InvalidInput("未知的订阅消息类型", code="SUBSCRIPTION_KIND_UNKNOWN", detail={"kinds": unknown})
    now = clock.now()
    async with in_transaction():
        for kind in accepted:  # a kind accepted twice in one report is two grants, as WeChat counts them
            await _grant(principal.user_id, kind, now)
        if accepted:
            await audit.record(principal.actor, "subscription.accepted", "user", principal.user_id,
                               after={"accepted": accepted})
    return await remaining_grants(principal)


async def _grant(user_id: int, kind: str, now) -> None:
    await db.upsert(SubscriptionQuota, {"user_id": user_id, "kind": kind, "remaining": 1, "last_accept_at": now,
                                        "exhausted_reason": None},
                    conflict=("user_id", "kind"), add={"remaining": 1}, replace=("last_accept_at", "exhausted_reason"))


async def remaining_grants(principal: Principal) -> dict[str, int]:
    rows = await SubscriptionQuota.filter(user_id=principal.user_id).values_list("kind", "remaining")
    return dict(rows)
