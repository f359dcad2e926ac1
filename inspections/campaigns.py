"""Campaigns (专项任务): an admin targets enterprises with a template and a deadline; each gets a task."""

from tortoise.expressions import Q
from tortoise.functions import Count
from tortoise.transactions import in_transaction

from core import access, audit, clock, outbox
from core.errors import InvalidInput, NotFound, PermissionDenied
from enterprises import dictionary
from enterprises.models import Enterprise, EnterpriseStatus
from core.identity import Principal, Role
from enterprises import service as enterprises_service
from enterprises.regions import get_region_in_scope
from inspections.events import CampaignPublished
from inspections.models import Campaign, CampaignTask, Inspection, InspectionStatus, Template
from inspections.schemas import (CampaignCreate, CampaignProgress, CampaignRead, CampaignTarget, CampaignTaskRow,
                                 TaskRead)
from inspections.tasks import TaskStatus, task_status


def campaign_read(campaign: Campaign, progress: CampaignProgress | None = None,
                  task: TaskRead | None = None) -> CampaignRead:
    return CampaignRead(id=campaign.id, title=campaign.title, template_id=campaign.template_id,
                        target=CampaignTarget(**campaign.target), deadline=campaign.deadline_date,
                        created_at=campaign.created_at, progress=progress, task=task)


async def _targets(principal: Principal, target: CampaignTarget) -> list[int]:
    """Active enterprises in the admin's subtree (or in the named regions inside it) of the given industries
    and categories, and among the named enterprises if any are named; empty lists mean all."""
    if target.enterprise_ids:
        await enterprises_service.check_named_enterprises(principal, target.enterprise_ids, "CAMPAIGN")
    paths = ([(await get_region_in_scope(principal, rid)).path for rid in target.region_ids]
             if target.region_ids else [principal.region_path or "/"])
    query = Enterprise.filter(Q(*[Q(**access.subtree(path)) for path in paths], join_type="OR"),
                              status=EnterpriseStatus.ACTIVE)
    if target.enterprise_ids:
        query = query.filter(id__in=target.enterprise_ids)
    if target.industries:
        query = query.filter(industry__in=target.industries)
    if target.categories:
        query = query.filter(category__in=target.categories)
    return list(await query.values_list("id", flat=True))


async def publish_campaign(principal: Principal, data: CampaignCreate) -> CampaignRead:
    """An admin publishes a campaign; every targeted enterprise gets a task due by the deadline."""
    if principal.role != Role.ADMIN:
        raise PermissionDenied("只有管理员可以发布专项任务", code="ROLE_FORBIDDEN")
    if data.deadline < clock.now().date():
        raise InvalidInput("截止日期不能早于今天", code="DEADLINE_IN_PAST", detail=[{"field": "deadline"}])
    if not await Template.exists(id=data.template_id, is_active=True):
        raise InvalidInput("检查表模板不存在", code="TEMPLATE_NOT_FOUND", detail=[{"field": "template_id"}])
    data = data.model_copy(update={"target": data.target.model_copy(update=dictionary.target_names(data.target))})
    enterprise_ids = await _targets(principal, data.target)
    if not enterprise_ids:
        raise InvalidInput("没有符合条件的企业", code="CAMPAIGN_NO_TARGETS", detail=[{"field": "target"}])
    async with in_transaction():
        campaign = await Campaign.create(title=data.title, template_id=data.template_id,
                                         target=data.target.model_dump(), deadline_date=data.deadline,
                                         created_by_id=principal.user_id, region_path=principal.region_path or "/")
        await CampaignTask.bulk_create([CampaignTask(campaign_id=campaign.id, enterprise_id=e)
                                        for e in enterprise_ids])
        await audit.record(principal.actor, "campaign.published", "campaign", campaign.id,
                           after={**data.model_dump(), "targets": len(enterprise_ids)})
        await outbox.record(CampaignPublished(campaign.id, data.title, data.deadline, tuple(enterprise_ids)))
    return campaign_read(campaign, CampaignProgress(targets=len(enterprise_ids), submitted=0, overdue=0))


async def _visible_campaign(principal: Principal, campaign_id: int) -> Campaign:
    """Staff on the publisher's line see a campaign; an enterprise's users only one that gave it a task."""
    campaign = await Campaign.filter(id=campaign_id).first()
    if campaign is None:
        raise NotFound("专项任务不存在", code="CAMPAIGN_NOT_FOUND")
    if access.may_see_campaign(principal, campaign.region_path):
        return campaign
    if principal.role == Role.ENTERPRISE and principal.enterprise_id is not None and await CampaignTask.exists(
            campaign_id=campaign.id, enterprise_id=principal.enterprise_id):
        return campaign
    raise NotFound("专项任务不存在", code="CAMPAIGN_NOT_FOUND")


async def _drafts(pairs: list[tuple[int, int]]) -> dict[tuple[int, int], int]:
    """The newest draft checklist of each (campaign, enterprise) task not yet submitted, in one query."""
    if not pairs:
        return {}
    rows = await (Inspection.filter(campaign_id__in=sorted({c for c, _ in pairs}),
                                    enterprise_id__in=sorted({e for _, e in pairs}), status=InspectionStatus.DRAFT)
                  .order_by("id").values_list("campaign_id", "enterprise_id", "id"))
    wanted = set(pairs)
    return {(c, e): i for c, e, i in rows if (c, e) in wanted}


def _task_read(task: CampaignTask, deadline, today, drafts: dict) -> TaskRead:
    return TaskRead(status=task_status(task.submitted_at, deadline, today), deadline=deadline,
                    inspection_id=task.inspection_id or drafts.get((task.campaign_id, task.enterprise_id)),
                    submitted_at=task.submitted_at)


def _status_filter(query, status: TaskStatus | None, today, deadline_field: str):
    if status == TaskStatus.DONE:
        return query.filter(submitted_at__isnull=False)
    if status == TaskStatus.OPEN:
        return query.filter(submitted_at__isnull=True, **{f"{deadline_field}__gte": today})
    if status == TaskStatus.OVERDUE:
        return query.filter(submitted_at__isnull=True, **{f"{deadline_field}__lt": today})
    return query


async def own_tasks(principal: Principal, status: TaskStatus | None = None) -> list[CampaignRead]:
    """An enterprise's campaigns, newest first, each with its task (three queries whatever their number)."""
    today = clock.now().date()
    query = CampaignTask.filter(enterprise_id=principal.enterprise_id).select_related("campaign")
    tasks = await _status_filter(query, status, today, "campaign__deadline_date").order_by("-campaign_id").limit(100)
    drafts = await _drafts([(t.campaign_id, t.enterprise_id) for t in tasks if t.submitted_at is None])
    return [campaign_read(t.campaign, task=_task_read(t, t.campaign.deadline_date, today, drafts)) for t in tasks]


async def campaign_tasks(principal: Principal, campaign_id: int, status: TaskStatus | None, page: int,
                         size: int) -> tuple[list[CampaignTaskRow], int]:
    """The street follows a campaign task by task: the targeted enterprises in the caller's subtree with their
    task's status and checklist (three queries for a page of any size)."""
    if not principal.is_staff:
        raise PermissionDenied("只有街道工作人员可以查看任务进度", code="ROLE_FORBIDDEN")
    campaign = await _visible_campaign(principal, campaign_id)
    today = clock.now().date()
    query = CampaignTask.filter(campaign_id=campaign.id, **access.scope(principal, "enterprise__region__path"))
    if status is not None:
        if status == TaskStatus.DONE:
            query = query.filter(submitted_at__isnull=False)
        elif (status == TaskStatus.OVERDUE) == (today > campaign.deadline_date):
            query = query.filter(submitted_at__isnull=True)
        else:
            return [], 0
    total = await query.count()
    tasks = await query.select_related("enterprise").order_by("enterprise_id").offset((page - 1) * size).limit(size)
    drafts = await _drafts([(t.campaign_id, t.enterprise_id) for t in tasks if t.submitted_at is None])
    return [CampaignTaskRow(**_task_read(t, campaign.deadline_date, today, drafts).model_dump(),
                            enterprise_id=t.enterprise_id, enterprise_name=t.enterprise.name,
                            region_id=t.enterprise.region_id) for t in tasks], total


async def progress_of(campaigns: list[Campaign]) -> dict[int, CampaignProgress]:
    """Targets, tasks submitted, and tasks still open after the deadline, for many campaigns in one query."""
    rows = await (CampaignTask.filter(campaign_id__in=[c.id for c in campaigns]).group_by("campaign_id")
                  .annotate(targets=Count("id"), submitted=Count("submitted_at"))
                  .values("campaign_id", "targets", "submitted"))
    counts = {r["campaign_id"]: (r["targets"], r["submitted"]) for r in rows}
    today = clock.now().date()
    result = {}
    for campaign in campaigns:
        targets, submitted = counts.get(campaign.id, (0, 0))
        overdue = targets - submitted if today > campaign.deadline_date else 0
        result[campaign.id] = CampaignProgress(targets=targets, submitted=submitted, overdue=overdue)
    return result


async def get_campaign(principal: Principal, campaign_id: int) -> CampaignRead:
    """Staff get the street's progress; an enterprise's user its own task."""
    campaign = await _visible_campaign(principal, campaign_id)
    if not principal.is_staff:
        task = await CampaignTask.get(campaign_id=campaign.id, enterprise_id=principal.enterprise_id)
        drafts = await _drafts([(task.campaign_id, task.enterprise_id)] if task.submitted_at is None else [])
        return campaign_read(campaign, task=_task_read(task, campaign.deadline_date, clock.now().date(), drafts))
    return campaign_read(campaign, (await progress_of([campaign]))[campaign.id])


async def list_campaigns(principal: Principal, status: TaskStatus | None = None) -> list[CampaignRead]:
    """Staff: the campaigns on their line with their progress. An enterprise's user: its own tasks (filtered by
    `status`: open, done, overdue)."""
    if principal.role == Role.ENTERPRISE and principal.enterprise_id is not None:
        return await own_tasks(principal, status)
    if not principal.is_staff:
        raise PermissionDenied("当前角色无权查看专项任务", code="ROLE_FORBIDDEN")
    campaigns = [c for c in await Campaign.all().order_by("-id").limit(100)
                 if access.may_see_campaign(principal, c.region_path)]
    progress = await progress_of(campaigns) if campaigns else {}
    return [campaign_read(c, progress[c.id]) for c in campaigns]


async def task_for(campaign_id: int, enterprise_id: int) -> CampaignTask:
    """The enterprise's task in a campaign; an enterprise outside the campaign's target cannot join it."""
    task = await CampaignTask.filter(campaign_id=campaign_id, enterprise_id=enterprise_id).select_related(
        "campaign").first()
    if task is None:
        raise InvalidInput("该企业不在此专项任务范围内", code="CAMPAIGN_TASK_NOT_FOUND",
                           detail=[{"field": "campaign_id"}])
    return task
