from typing import Annotated

from fastapi import APIRouter, Depends

from api.deps import AdminUser, BigPathId, CurrentUser, OperatorUser, Paging, PathId, SettingsDep, require_roles
from api.responses import errors
from core.identity import Principal, Role, STAFF_ROLES
from core import outbox
from notify import notices, service as notify_service
from notify.schemas import (DeadLetterRead, InboxMessageRead, InboxPage, NoticeCreate, NoticeDetail, NoticePreview,
                            NoticeRead, NoticeReceipt, NoticeTarget, Page, SubscriptionReport, SubscriptionsRead)

router = APIRouter(tags=["消息与通知"])

NoticeReader = Annotated[Principal, Depends(require_roles(*STAFF_ROLES, Role.ENTERPRISE))]
EnterpriseUser = Annotated[Principal, Depends(require_roles(Role.ENTERPRISE))]


@router.get("/inbox", response_model=InboxPage, responses=errors(401))
async def list_inbox(principal: CurrentUser, paging: Paging, unread: bool = False) -> InboxPage:
    """我的站内消息,最新的在前;`unread=true` 只看未读。"""
    items, total, unread_count = await notify_service.list_inbox(principal, paging.page, paging.size, unread)
    return InboxPage(items=[InboxMessageRead.model_validate(m) for m in items], total=total, page=paging.page,
                     size=paging.size, unread=unread_count)


@router.post("/inbox/{message_id}/read", response_model=InboxMessageRead, responses=errors(401, 404))
async def read_inbox_message(message_id: BigPathId, principal: CurrentUser) -> InboxMessageRead:
    """标记一条消息为已读。"""
    return InboxMessageRead.model_validate(await notify_service.mark_read(principal, message_id))


def _subscriptions(remaining: dict[str, int], settings) -> SubscriptionsRead:
    return SubscriptionsRead(remaining=remaining,
                             templates={kind: t.template_id for kind, t in settings.wechat_templates.items()})


@router.get("/notify/subscriptions", response_model=SubscriptionsRead, responses=errors(401))
async def get_subscriptions(principal: CurrentUser, settings: SettingsDep) -> SubscriptionsRead:
    """我还可以收到的微信订阅消息次数,以及各消息类型的模板 id。"""
    return _subscriptions(await notify_service.remaining_grants(principal), settings)


@router.post("/notify/subscriptions", response_model=SubscriptionsRead, responses=errors(401))
async def report_subscriptions(body: SubscriptionReport, principal: CurrentUser,
                               settings: SettingsDep) -> SubscriptionsRead:
    """小程序在 wx.requestSubscribeMessage 之后上报用户同意的消息类型,每个同意可下发一条。"""
    return _subscriptions(await notify_service.add_subscriptions(principal, body.accepted, settings), settings)


@router.get("/notify/dead-letters", response_model=Page[DeadLetterRead], responses=errors(401, 403))
async def list_dead_letters(principal: OperatorUser, paging: Paging) -> Page[DeadLetterRead]:
    """多次重试仍失败的投递(死信):每个事件的每个处理器各自重试、各自成为死信。死信含各区域的数据:
    只有管辖全部区域的管理员(系统管理员,或唯一顶层区域的管理员)可以查看和重新投递。"""
    items, total = await outbox.dead_letters(paging.page, paging.size)
    return Page[DeadLetterRead](items=[DeadLetterRead.of(d) for d in items], total=total,
                                page=paging.page, size=paging.size)


@router.post("/notify/dead-letters/{delivery_id}/replay", response_model=DeadLetterRead,
             responses=errors(401, 403, 404))
async def replay_dead_letter(delivery_id: BigPathId, principal: OperatorUser) -> DeadLetterRead:
    """重新投递一条死信;已送达的部分不会重复发送。"""
    return DeadLetterRead.of(await outbox.replay_dead_letter(principal.actor, delivery_id))


def _notice_read(view: notices.NoticeView, cls=NoticeRead, **extra):
    n = view.notice
    return cls(id=n.id, title=n.title, body=n.body, target=n.target, attachment_upload_id=n.attachment_upload_id,
               published_at=n.published_at, recipients=view.recipients, read=view.read, read_at=view.own_read_at,
               **extra)


def _notice_detail(view: notices.NoticeView) -> NoticeDetail:
    receipts = [NoticeReceipt(**r) for r in view.receipts or []]
    return _notice_read(view, NoticeDetail, read_by_enterprises=[r for r in receipts if r.read_at],
                        unread_by_enterprises=[r for r in receipts if not r.read_at])


@router.post("/notices/preview", response_model=NoticePreview, responses=errors(401, 403, 404))
async def preview_notice(body: NoticeTarget, principal: AdminUser) -> NoticePreview:
    """预览接收范围:按此范围发布时将有多少家企业收到(不写入任何数据)。"""
    return NoticePreview(recipients=await notices.preview_recipients(principal, body))


@router.post("/notices", response_model=NoticeDetail, status_code=201, responses=errors(401, 403, 404))
async def publish_notice(body: NoticeCreate, principal: AdminUser) -> NoticeDetail:
    """发布通知:按行业、类别、区域和/或地图圈选确定接收企业,发布时即确定。"""
    notice = await notices.publish_notice(principal, body)
    return _notice_detail(await notices.notice_detail(principal, notice.id))


@router.get("/notices", response_model=Page[NoticeRead], responses=errors(401, 403))
async def list_notices(principal: NoticeReader, paging: Paging) -> Page[NoticeRead]:
    """工作人员看本辖区发布的通知;企业看发给本企业的通知。"""
    views, total = await notices.list_notices(principal, paging.page, paging.size)
    return Page[NoticeRead](items=[_notice_read(v) for v in views], total=total, page=paging.page,
                            size=paging.size)


@router.get("/notices/{notice_id}", response_model=NoticeDetail, responses=errors(401, 403, 404))
async def get_notice(notice_id: PathId, principal: NoticeReader) -> NoticeDetail:
    """通知详情;工作人员可看到哪些企业已读、哪些未读。"""
    return _notice_detail(await notices.notice_detail(principal, notice_id))


@router.post("/notices/{notice_id}/read", response_model=NoticeDetail, responses=errors(401, 403, 404))
async def read_notice(notice_id: PathId, principal: EnterpriseUser) -> NoticeDetail:
    """企业确认已阅读通知(首次阅读记为本企业的回执)。"""
    return _notice_detail(await notices.read_notice(principal, notice_id))
