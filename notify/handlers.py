"""Who hears about what: one planning function per event type (PLANS), run by the notify subscriber.

Each function says who is told what (`deliver`); notify.subscriber delivers a whole batch at once. Adding an
event is one function and one line in PLANS; the composition module (bootstrap/) subscribes notify to every
type listed here."""

from collections.abc import Awaitable, Callable

from core import clock
from core.events import Event
from core.identity import RiskColor, Role
from enterprises.events import PublicReportReceived
from enterprises.models import Enterprise, PublicReport, User
from inspections.events import (CampaignPublished, CampaignTaskDue, CampaignTaskOverdue, ExtensionDecided, ExtensionRequested, HazardClosed,
                                HazardDeadlineApproaching, HazardEscalated, HazardOverdue, HazardReported,
                                HazardRevised, InspectionSubmitted, RectificationRejected, RectificationSubmitted,
                                ReportReminder, VerificationWaiting)
from inspections.models import INSPECTION_KIND_LABELS, SEVERITY_LABELS, Hazard, InspectionKind
from notify.delivery import HandlerContext, Message, deliver
from notify.events import MessageRequested, NoticePublished
from notify.models import Notice, NoticeRecipient
from records.rules import DOCUMENT_TITLES, DocumentKind, document_path
from scoring.events import RiskChanged

Plan = Callable[[HandlerContext, Event], Awaitable[None]]


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


async def covering_staff_ids(enterprise_id: int) -> list[int]:
    """Inspectors and admins whose region contains the enterprise's region: its grid's and community's inspectors,
    the street's admins and those above."""
    enterprise = await Enterprise.filter(id=enterprise_id).select_related("region").first()
    if enterprise is None:
        return []
    ancestors = [int(part) for part in enterprise.region.path.strip("/").split("/") if part]
    return await User.filter(role__in=[Role.INSPECTOR, Role.ADMIN], is_active=True,
                             region_id__in=ancestors).order_by("id").values_list("id", flat=True)


async def _enterprise_name(enterprise_id: int) -> str:
    names = await Enterprise.filter(id=enterprise_id).values_list("name", flat=True)
    return names[0] if names else ""


def _hazard_message(kind: str, event, title: str, body: str, **values) -> Message:
    deadline = getattr(event, "deadline", None)
    return Message(kind=kind, title=title, body=body, page=f"pages/hazard/detail?id={event.hazard_id}",
                   object_type="hazard", object_id=str(event.hazard_id),
                   values={"subject": event.title, "deadline": deadline.isoformat() if deadline else None, **values})


async def on_hazard_reported(ctx: HandlerContext, event: HazardReported) -> None:
    """A reported hazard goes to the enterprise's safety managers."""
    name = await _enterprise_name(event.enterprise_id)
    message = _hazard_message("hazard_reported", event, "发现安全隐患,请及时整改",
                              f"检查发现隐患「{event.title}」,请在期限前完成整改并提交。",
                              enterprise=name, status="待整改")
    await deliver(ctx, message, await enterprise_user_ids(event.enterprise_id))


def _result_body(event: InspectionSubmitted, name: str, kind_label: str, hazards: list[dict]) -> str:
    lines = [f"{name}的{kind_label}已提交:共检查 {event.items} 项,合格 {event.passed} 项,不合格 {event.failed} 项,"
             f"不适用 {event.not_applicable} 项。"]
    if hazards:
        lines.append(f"发现隐患 {len(hazards)} 条,请在期限前完成整改:")
        lines += [f"{n}. {h['title']}({SEVERITY_LABELS.get(h['severity'], h['severity'])},"
                  f"整改期限 {h['deadline_date'].isoformat()})" for n, h in enumerate(hazards, start=1)]
    else:
        lines.append("未发现隐患。")
    if event.kind != InspectionKind.SELF:  # an enterprise's own check has no official documents (docs/decisions/051)
        lines.append(f"{DOCUMENT_TITLES[DocumentKind.RECORD]}:{document_path(event.inspection_id, DocumentKind.RECORD)}")
        if hazards:
            lines.append(f"{DOCUMENT_TITLES[DocumentKind.NOTICE]}:"
                         f"{document_path(event.inspection_id, DocumentKind.NOTICE)}")
    return "\n".join(lines)


async def on_inspection_submitted(ctx: HandlerContext, event: InspectionSubmitted) -> None:
    """The whole result of a submitted checklist goes to the enterprise's managers in one message (besides one per
    hazard), linking to the record; whoever submitted it (an enterprise's own check) is not told."""
    name = await _enterprise_name(event.enterprise_id)
    hazards = await Hazard.filter(inspection_id=event.inspection_id).order_by("id").values(
        "title", "severity", "deadline_date")
    kind_label = INSPECTION_KIND_LABELS.get(event.kind, "检查")
    message = Message(kind="inspection_result", title=f"{kind_label}结果:{'发现隐患' if hazards else '全部合格'}",
                      body=_result_body(event, name, kind_label, hazards),
                      page=f"pages/inspection/detail?id={event.inspection_id}", object_type="inspection",
                      object_id=str(event.inspection_id),
                      values={"enterprise": name, "time": clock.now().isoformat(),
                              "status": "发现隐患" if hazards else "全部合格",
                              "note": f"{event.failed}项不合格,{len(hazards)}条隐患待整改"})
    recipients = [uid for uid in await enterprise_user_ids(event.enterprise_id) if uid != event.inspector_id]
    await deliver(ctx, message, recipients)


async def on_rectification_submitted(ctx: HandlerContext, event: RectificationSubmitted) -> None:
    """A submitted fix goes to the inspector who found the hazard."""
    name = await _enterprise_name(event.enterprise_id)
    message = _hazard_message("fix_submitted", event, "企业已提交整改,请复查",
                              f"{name}已提交隐患「{event.title}」的整改,请复查。",
                              enterprise=name, time=clock.now().isoformat())
    await deliver(ctx, message, [event.inspector_id])


async def on_rectification_rejected(ctx: HandlerContext, event: RectificationRejected) -> None:
    """A rejected fix goes back to the enterprise."""
    reason = event.reason or "整改不到位"
    message = _hazard_message("fix_rejected", event, "整改未通过复查",
                              f"隐患「{event.title}」的整改未通过复查:{reason}", status="未通过", note=reason)
    await deliver(ctx, message, await enterprise_user_ids(event.enterprise_id))


async def on_hazard_closed(ctx: HandlerContext, event: HazardClosed) -> None:
    """A closed hazard (the fix was accepted) is confirmed to the enterprise."""
    message = _hazard_message("fix_accepted", event, "整改已通过复查",
                              f"隐患「{event.title}」的整改已通过复查,隐患已销号。",
                              status="已通过", time=clock.now().isoformat())
    await deliver(ctx, message, await enterprise_user_ids(event.enterprise_id))


async def on_deadline_approaching(ctx: HandlerContext, event: HazardDeadlineApproaching) -> None:
    """The enterprise is reminded before the rectification deadline."""
    message = _hazard_message("deadline_approaching", event, "整改期限临近",
                              f"隐患「{event.title}」还有 {event.days_left} 天到期,请尽快整改。",
                              note=f"还有{event.days_left}天到期")
    await deliver(ctx, message, await enterprise_user_ids(event.enterprise_id))


async def on_hazard_overdue(ctx: HandlerContext, event: HazardOverdue) -> None:
    """An overdue hazard goes to the enterprise and to the responsible inspector."""
    message = _hazard_message("hazard_overdue", event, "隐患整改已逾期",
                              f"隐患「{event.title}」已超过整改期限,请立即整改。", status="已逾期")
    recipients = await enterprise_user_ids(event.enterprise_id)
    if event.inspector_id:
        recipients.append(event.inspector_id)
    await deliver(ctx, message, recipients)


async def on_hazard_escalated(ctx: HandlerContext, event: HazardEscalated) -> None:
    """A hazard still open N days after its deadline is escalated to the street admins."""
    name = await _enterprise_name(event.enterprise_id)
    message = _hazard_message("hazard_overdue", event, "逾期隐患升级处理",
                              f"{name}的隐患「{event.title}」已逾期 {event.days_overdue} 天,请督办。",
                              status="已升级")
    await deliver(ctx, message, await street_admin_ids(event.enterprise_id))


async def on_verification_waiting(ctx: HandlerContext, event: VerificationWaiting) -> None:
    """A fix waiting too long for verification reminds the inspector who found the hazard."""
    name = await _enterprise_name(event.enterprise_id)
    message = _hazard_message("fix_submitted", event, "整改待复查已超时",
                              f"{name}提交的隐患「{event.title}」整改已等待复查 {event.waiting_days} 天,请尽快复查。",
                              enterprise=name, time=clock.now().isoformat())
    await deliver(ctx, message, [event.inspector_id] if event.inspector_id else [])


async def on_extension_requested(ctx: HandlerContext, event: ExtensionRequested) -> None:
    """An extension request goes to the inspector who found the hazard and the street's admins, who decide it."""
    name = await _enterprise_name(event.enterprise_id)
    message = _hazard_message("fix_submitted", event, "企业申请延期,请审批",
                              f"{name}申请将隐患「{event.title}」的整改期限由 {event.deadline.isoformat()} 延至 "
                              f"{event.requested_deadline.isoformat()}:{event.reason}",
                              enterprise=name, time=clock.now().isoformat())
    recipients = await street_admin_ids(event.enterprise_id)
    if event.inspector_id and event.inspector_id not in recipients:
        recipients.append(event.inspector_id)
    await deliver(ctx, message, recipients)


async def on_extension_decided(ctx: HandlerContext, event: ExtensionDecided) -> None:
    """The decision on an extension goes back to the enterprise, with the deadline that now holds."""
    if event.approved:
        body = f"隐患「{event.title}」的延期申请已批准,整改期限延至 {event.deadline.isoformat()}。"
        note = f"已延期至{event.deadline.isoformat()}"
    else:
        body = f"隐患「{event.title}」的延期申请未批准:{event.note}。整改期限仍为 {event.deadline.isoformat()}。"
        note = "延期未批准"
    message = _hazard_message("deadline_approaching", event, "延期申请已批准" if event.approved else "延期申请未批准",
                              body, note=note)
    await deliver(ctx, message, await enterprise_user_ids(event.enterprise_id))


async def on_hazard_revised(ctx: HandlerContext, event: HazardRevised) -> None:
    """A revised deadline or severity goes to the enterprise, with the reason; a 重大 one asks for the plan."""
    parts = [f"整改期限为 {event.deadline.isoformat()}"] if "deadline_date" in event.changed else []
    if "severity" in event.changed:
        parts.append(f"定为{SEVERITY_LABELS.get(event.severity, event.severity)}")
    body = f"隐患「{event.title}」已调整:{','.join(parts)}。原因:{event.reason}"
    if "severity" in event.changed and event.severity == "major":
        body += "。请先制定重大隐患治理方案再提交整改。"
    message = _hazard_message("deadline_approaching", event, "隐患信息已调整", body, note="隐患已调整")
    await deliver(ctx, message, await enterprise_user_ids(event.enterprise_id))


async def on_risk_changed(ctx: HandlerContext, event: RiskChanged) -> None:
    """A new risk colour goes to the enterprise; red also goes to the street admins."""
    color = RiskColor(event.color).colour_name
    name = await _enterprise_name(event.enterprise_id)
    message = Message(kind="risk_changed", title=f"风险码变为{color}", body=f"{name}的风险码已变为{color}。",
                      page=f"pages/enterprise/risk?id={event.enterprise_id}", object_type="enterprise",
                      object_id=str(event.enterprise_id),
                      values={"enterprise": name, "status": color, "time": clock.now().isoformat()})
    recipients = await enterprise_user_ids(event.enterprise_id)
    if event.color == "red":
        recipients += await street_admin_ids(event.enterprise_id)
    await deliver(ctx, message, recipients)


async def on_notice_published(ctx: HandlerContext, event: NoticePublished) -> None:
    """A notice goes to the users of every enterprise resolved when it was published."""
    notice = await Notice.get(id=event.notice_id)
    enterprise_ids = await NoticeRecipient.filter(notice_id=notice.id).values_list("enterprise_id", flat=True)
    user_ids = await User.filter(enterprise_id__in=enterprise_ids, role=Role.ENTERPRISE,
                                 is_active=True).values_list("id", flat=True)
    message = Message(kind="notice_published", title=notice.title, body=notice.body,
                      page=f"pages/notice/detail?id={notice.id}", object_type="notice", object_id=str(notice.id),
                      values={"subject": notice.title, "time": notice.published_at.isoformat(), "note": "请查收通知"})
    await deliver(ctx, message, user_ids)


async def on_campaign_published(ctx: HandlerContext, event: CampaignPublished) -> None:
    """A special campaign (专项任务) goes to the users of every targeted enterprise."""
    user_ids = await User.filter(enterprise_id__in=list(event.enterprise_ids), role=Role.ENTERPRISE,
                                 is_active=True).values_list("id", flat=True)
    message = Message(kind="campaign_published", title=f"专项任务:{event.title}",
                      body=f"请在 {event.deadline} 前完成专项任务「{event.title}」的检查并提交。",
                      page=f"pages/campaign/detail?id={event.campaign_id}", object_type="campaign",
                      object_id=str(event.campaign_id),
                      values={"subject": event.title, "time": event.deadline.isoformat(), "note": "请按时完成"})
    await deliver(ctx, message, user_ids)


def _task_message(event, title: str, body: str, note: str) -> Message:
    return Message(kind="campaign_published", title=title, body=body,
                   page=f"pages/campaign/detail?id={event.campaign_id}", object_type="campaign",
                   object_id=str(event.campaign_id),
                   values={"subject": event.title, "time": event.deadline.isoformat(), "note": note})


async def on_campaign_task_due(ctx: HandlerContext, event: CampaignTaskDue) -> None:
    """An unfinished campaign task reminds the enterprise's users before its deadline."""
    message = _task_message(event, "专项任务即将到期",
                            f"专项任务「{event.title}」还有 {event.days_left} 天到期({event.deadline.isoformat()}),"
                            "请尽快完成检查并提交。", f"还有{event.days_left}天到期")
    await deliver(ctx, message, await enterprise_user_ids(event.enterprise_id))


async def on_campaign_task_overdue(ctx: HandlerContext, event: CampaignTaskOverdue) -> None:
    """The day a campaign task's deadline is missed, the enterprise's users are told."""
    message = _task_message(event, "专项任务已逾期",
                            f"专项任务「{event.title}」已超过截止日期 {event.deadline.isoformat()},请立即完成检查并提交。",
                            "已逾期")
    await deliver(ctx, message, await enterprise_user_ids(event.enterprise_id))


async def on_report_reminder(ctx: HandlerContext, event: ReportReminder) -> None:
    """The enterprises that had not filed today's 日常报送 by the reminder time: one reminder to each one's users."""
    user_ids = await User.filter(enterprise_id__in=list(event.enterprise_ids), role=Role.ENTERPRISE,
                                 is_active=True).values_list("id", flat=True)
    day = event.report_date.isoformat()
    message = Message(kind="deadline_approaching", title="今日尚未日常报送",
                      body=f"贵单位 {day} 的日常报送尚未提交,请在今天内完成报送。", page="pages/report/index",
                      object_type="daily_report", object_id=day,
                      values={"subject": "日常报送", "deadline": day, "note": "今日尚未报送"})
    await deliver(ctx, message, user_ids)


async def on_public_report_received(ctx: HandlerContext, event: PublicReportReceived) -> None:
    """A problem reported from the enterprise's door code goes to the staff who cover it (never to the enterprise)."""
    name = await _enterprise_name(event.enterprise_id)
    report = await PublicReport.filter(id=event.report_id).first().values("text")
    text = (report or {}).get("text", "")
    excerpt = text if len(text) <= 60 else text[:60] + "…"
    message = Message(kind="public_report", title=f"群众反映:{name}",
                      body=f"有人扫描{name}的身份码反映问题{'(附照片)' if event.has_photo else ''}:{excerpt}\n"
                           "请核实处理并在小程序中办结。",
                      page=f"pages/public-report/detail?id={event.report_id}", object_type="public_report",
                      object_id=str(event.report_id), values={"enterprise": name, "time": clock.now().isoformat()})
    await deliver(ctx, message, await covering_staff_ids(event.enterprise_id))


async def on_message_requested(ctx: HandlerContext, event: MessageRequested) -> None:
    """A message addressed to named users by the caller."""
    message = Message(kind=event.kind, title=event.title, body=event.body,
                      page=event.page, values=dict(event.values))
    await deliver(ctx, message, event.user_ids)


PLANS: dict[type[Event], Plan] = {
    InspectionSubmitted: on_inspection_submitted,
    HazardReported: on_hazard_reported,
    RectificationSubmitted: on_rectification_submitted,
    RectificationRejected: on_rectification_rejected,
    HazardClosed: on_hazard_closed,
    HazardDeadlineApproaching: on_deadline_approaching,
    HazardOverdue: on_hazard_overdue,
    HazardEscalated: on_hazard_escalated,
    VerificationWaiting: on_verification_waiting,
    ExtensionRequested: on_extension_requested,
    ExtensionDecided: on_extension_decided,
    HazardRevised: on_hazard_revised,
    RiskChanged: on_risk_changed,
    NoticePublished: on_notice_published,
    CampaignPublished: on_campaign_published,
    CampaignTaskDue: on_campaign_task_due,
    CampaignTaskOverdue: on_campaign_task_overdue,
    ReportReminder: on_report_reminder,
    MessageRequested: on_message_requested,
    PublicReportReceived: on_public_report_received,
}
