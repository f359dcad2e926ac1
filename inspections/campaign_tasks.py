"""An enterprise does its campaign task (专项任务): starts the task's checklist from the campaign, and is reminded
before the deadline and on the day it is missed (docs/decisions/042). Above both the campaigns and the checklist
service, which it calls."""

import logging
from datetime import datetime, timedelta

from core import clock, outbox
from core.errors import Conflict, PermissionDenied
from core.events import event_type
from core.identity import Principal, Role
from core.settings import Settings
from inspections import campaigns, idempotency, tasks
from inspections import service as inspections_service
from inspections.models import CampaignTask, InspectionKind
from inspections.presence import PresenceRule
from inspections.reminders import record_once
from inspections.schemas import CampaignStart, InspectionRead, InspectionStart

log = logging.getLogger("jinyan.campaigns")


async def start_task(principal: Principal, campaign_id: int, data: CampaignStart, idempotency_key: str | None,
                     presence_rule: PresenceRule = PresenceRule()) -> InspectionRead:
    """The enterprise's user opens its task's checklist (the campaign's template): a retry with the same
    Idempotency-Key answers the first checklist; a task already done, or with a draft being filled in, is 409."""
    if principal.role != Role.ENTERPRISE or principal.enterprise_id is None:
        raise PermissionDenied("只有企业用户可以从专项任务开始自查", code="ROLE_FORBIDDEN")
    campaign = await campaigns.get_campaign(principal, campaign_id)  # 404 unless the enterprise has a task in it
    start = InspectionStart(enterprise_id=principal.enterprise_id, kind=InspectionKind.CAMPAIGN,
                            campaign_id=campaign.id, lat=data.lat, lng=data.lng)
    key = idempotency.checked_key(idempotency_key)
    fingerprint = idempotency.request_fingerprint("inspection.start", start.model_dump())
    if (earlier := await idempotency.replay(principal.user_id, key, fingerprint)) is not None:
        return InspectionRead.model_validate(earlier)
    task = campaign.task
    if task.status == tasks.TaskStatus.DONE:
        raise Conflict("该专项任务已完成", code="CAMPAIGN_TASK_DONE", detail={"inspection_id": task.inspection_id})
    if task.inspection_id is not None:
        raise Conflict("该专项任务已有填写中的检查表", code="CAMPAIGN_TASK_IN_PROGRESS",
                       detail={"inspection_id": task.inspection_id})
    return await inspections_service.start_inspection(principal, start, key, presence_rule)


async def sweep(now: datetime | None = None, reminder_days: tuple[int, ...] = (3, 1)) -> int:
    """Record the due reminders of every unfinished task of a campaign near or just past its deadline, once per
    task and kind (the outbox key); answers how many were new. One query finds them."""
    now = now or clock.now()
    today = now.date()
    horizon = today + timedelta(days=max(reminder_days, default=0))
    since = today - timedelta(days=tasks.OVERDUE_NOTICE_WITHIN_DAYS)
    rows = await (CampaignTask.filter(submitted_at__isnull=True, campaign__deadline_date__lte=horizon,
                                      campaign__deadline_date__gte=since)
                  .order_by("campaign_id", "enterprise_id")
                  .values("campaign_id", "enterprise_id", "campaign__title", "campaign__deadline_date"))
    recorded = 0
    for row in rows:
        deadline = row["campaign__deadline_date"]
        for name, suffix, extra in tasks.due_notices(deadline, today, reminder_days):
            event = event_type(name)(campaign_id=row["campaign_id"], enterprise_id=row["enterprise_id"],
                                     title=row["campaign__title"], deadline=deadline, **extra)
            recorded += await record_once(event, f"campaign:{row['campaign_id']}:{row['enterprise_id']}:{suffix}")
    return recorded


async def run(settings: Settings) -> None:
    """The worker job (bootstrap.worker_jobs)."""
    if recorded := await sweep(reminder_days=tuple(settings.campaign_reminder_days)):
        log.info("recorded %d campaign task reminders", recorded)
