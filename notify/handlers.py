"""The one table from outbox event name to handler, and who hears about what.

Payloads (what a recording service puts in the event):
- hazard.reported, rectification.rejected, hazard.closed: {hazard_id, enterprise_id, title, deadline?, reason?}
- rectification.submitted: {hazard_id, enterprise_id, inspector_id, title}
- hazard.deadline_approaching: {hazard_id, enterprise_id, title, deadline, days_left}
- hazard.overdue: {hazard_id, enterprise_id, inspector_id?, title, deadline}
- hazard.escalated: {hazard_id, enterprise_id, title, deadline, days_overdue}
- risk.changed: {enterprise_id, color, previous_color?}
- notice.published: {notice_id}
- campaign.published: {campaign_id, title, deadline, enterprise_ids}
- message.requested: {kind, user_ids, title, body, page?, values?} for callers that address people directly
Adding an event is one function and one line in HANDLERS."""

from collections.abc import Awaitable, Callable

from core import clock
from enterprises.models import Enterprise, User
from core.identity import RiskColor, Role
from notify.delivery import HandlerContext, Message, deliver
from notify.models import Notice, NoticeRecipient

Handler = Callable[[HandlerContext, dict], Awaitable[None]]



async def enterprise_user_ids(enterprise_id: int) -> list[int]:
    return await User.filter(enterprise_id=enterprise_id, role=Role.ENTERPRISE, is_active=True).values_list(
        "id", flat=True)


async def street_admin_ids(enterprise_id: int) -> list[int]:
    """Admins whose region contains the enterprise's region (its street and the levels above it)."""
    enterprise = await Enterprise.filter(id=enterprise_id).select_related("region").first()
    if enterprise is None:
        return []
    ancestors = [int(part) for part in enterprise.region.path.strip("/").split("/") if part]
    return await User.filter(role=Role.ADMIN, is_active=True, region_id__in=ancestors).values_list("id", flat=True)


async def _enterprise_name(enterprise_id: int) -> str:
    names = await Enterprise.filter(id=enterprise_id).values_list("name", flat=True)
    return names[0] if names else ""


def _hazard_message(kind: str, payload: dict, title: str, body: str, **values) -> Message:
    return Message(kind=kind, title=title, body=body, page=f"pages/hazard/detail?id={payload['hazard_id']}",
                   object_type="hazard", object_id=str(payload["hazard_id"]),
                   values={"subject": payload.get("title"), "deadline": payload.get("deadline"), **values})


async def on_hazard_reported(ctx: HandlerContext, payload: dict) -> None:
    """A reported hazard goes to the enterprise's safety managers."""
    name = await _enterprise_name(payload["enterprise_id"])
    message = _hazard_message("hazard_reported", payload, "发现安全隐患,请及时整改",
                              f"检查发现隐患「{payload['title']}」,请在期限前完成整改并提交。",
                              enterprise=name, status="待整改")
    await deliver(ctx, message, await enterprise_user_ids(payload["enterprise_id"]))


async def on_rectification_submitted(ctx: HandlerContext, payload: dict) -> None:
    """A submitted fix goes to the inspector who found the hazard."""
    name = await _enterprise_name(payload["enterprise_id"])
    message = _hazard_message("fix_submitted", payload, "企业已提交整改,请复查",
                              f"{name}已提交隐患「{payload['title']}」的整改,请复查。",
                              enterprise=name, time=clock.now().isoformat())
    await deliver(ctx, message, [payload["inspector_id"]])


async def on_rectification_rejected(ctx: HandlerContext, payload: dict) -> None:
    """A rejected fix goes back to the enterprise."""
    reason = payload.get("reason") or "整改不到位"
    message = _hazard_message("fix_rejected", payload, "整改未通过复查",
                              f"隐患「{payload['title']}」的整改未通过复查:{reason}", status="未通过", note=reason)
    await deliver(ctx, message, await enterprise_user_ids(payload["enterprise_id"]))


async def on_hazard_closed(ctx: HandlerContext, payload: dict) -> None:
    """A closed hazard (the fix was accepted) is confirmed to the enterprise."""
    message = _hazard_message("fix_accepted", payload, "整改已通过复查",
                              f"隐患「{payload['title']}」的整改已通过复查,隐患已销号。",
                              status="已通过", time=clock.now().isoformat())
    await deliver(ctx, message, await enterprise_user_ids(payload["enterprise_id"]))


async def on_deadline_approaching(ctx: HandlerContext, payload: dict) -> None:
    """The enterprise is reminded before the rectification deadline."""
    message = _hazard_message("deadline_approaching", payload, "整改期限临近",
                              f"隐患「{payload['title']}」还有 {payload['days_left']} 天到期,请尽快整改。",
                              note=f"还有{payload['days_left']}天到期")
    await deliver(ctx, message, await enterprise_user_ids(payload["enterprise_id"]))


async def on_hazard_overdue(ctx: HandlerContext, payload: dict) -> None:
    """An overdue hazard goes to the enterprise and to the responsible inspector."""
    message = _hazard_message("hazard_overdue", payload, "隐患整改已逾期",
                              f"隐患「{payload['title']}」已超过整改期限,请立即整改。", status="已逾期")
    recipients = await enterprise_user_ids(payload["enterprise_id"])
    if payload.get("inspector_id"):
        recipients.append(payload["inspector_id"])
    await deliver(ctx, message, recipients)


async def on_hazard_escalated(ctx: HandlerContext, payload: dict) -> None:
    """A hazard still open N days after its deadline is escalated to the street admins."""
    name = await _enterprise_name(payload["enterprise_id"])
    message = _hazard_message("hazard_overdue", payload, "逾期隐患升级处理",
                              f"{name}的隐患「{payload['title']}」已逾期 {payload['days_overdue']} 天,请督办。",
                              status="已升级")
    await deliver(ctx, message, await street_admin_ids(payload["enterprise_id"]))


async def on_risk_changed(ctx: HandlerContext, payload: dict) -> None:
    """A new risk colour goes to the enterprise; red also goes to the street admins."""
    color = RiskColor(payload["color"]).colour_name
    name = await _enterprise_name(payload["enterprise_id"])
    message = Message(kind="risk_changed", title=f"风险码变为{color}", body=f"{name}的风险码已变为{color}。",
                      page=f"pages/enterprise/risk?id={payload['enterprise_id']}", object_type="enterprise",
                      object_id=str(payload["enterprise_id"]),
                      values={"enterprise": name, "status": color, "time": clock.now().isoformat()})
    recipients = await enterprise_user_ids(payload["enterprise_id"])
    if payload["color"] == "red":
        recipients += await street_admin_ids(payload["enterprise_id"])
    await deliver(ctx, message, recipients)


async def on_notice_published(ctx: HandlerContext, payload: dict) -> None:
    """A notice goes to the users of every enterprise resolved when it was published."""
    notice = await Notice.get(id=payload["notice_id"])
    enterprise_ids = await NoticeRecipient.filter(notice_id=notice.id).values_list("enterprise_id", flat=True)
    user_ids = await User.filter(enterprise_id__in=enterprise_ids, role=Role.ENTERPRISE,
                                 is_active=True).values_list("id", flat=True)
    message = Message(kind="notice_published", title=notice.title, body=notice.body,
                      page=f"pages/notice/detail?id={notice.id}", object_type="notice", object_id=str(notice.id),
                      values={"subject": notice.title, "time": notice.published_at.isoformat(), "note": "请查收通知"})
    await deliver(ctx, message, user_ids)


async def on_campaign_published(ctx: HandlerContext, payload: dict) -> None:
    """A special campaign (专项任务) goes to the users of every targeted enterprise."""
    user_ids = await User.filter(enterprise_id__in=payload["enterprise_ids"], role=Role.ENTERPRISE,
                                 is_active=True).values_list("id", flat=True)
    message = Message(kind="campaign_published", title=f"专项任务:{payload['title']}",
                      body=f"请在 {payload['deadline']} 前完成专项任务「{payload['title']}」的检查并提交。",
                      page=f"pages/campaign/detail?id={payload['campaign_id']}", object_type="campaign",
                      object_id=str(payload["campaign_id"]),
                      values={"subject": payload["title"], "time": payload["deadline"], "note": "请按时完成"})
    await deliver(ctx, message, user_ids)


async def on_message_requested(ctx: HandlerContext, payload: dict) -> None:
    """A message addressed to named users by the caller."""
    message = Message(kind=payload["kind"], title=payload["title"], body=payload["body"],
                      page=payload.get("page", ""), values=payload.get("values") or {})
    await deliver(ctx, message, payload["user_ids"])


HANDLERS: dict[str, Handler] = {
    "hazard.reported": on_hazard_reported,
    "rectification.submitted": on_rectification_submitted,
    "rectification.rejected": on_rectification_rejected,
    "hazard.closed": on_hazard_closed,
    "hazard.deadline_approaching": on_deadline_approaching,
    "hazard.overdue": on_hazard_overdue,
    "hazard.escalated": on_hazard_escalated,
    "risk.changed": on_risk_changed,
    "notice.published": on_notice_published,
    "campaign.published": on_campaign_published,
    "message.requested": on_message_requested,
}
