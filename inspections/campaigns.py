"""Campaigns (专项任务): an admin targets enterprises with a template and a deadline; each gets a task."""

from tortoise.expressions import Q
from tortoise.functions import Count
from tortoise.transactions import in_transaction

from core import access, audit, clock, outbox
from core.errors import InvalidInput, NotFound, PermissionDenied
from enterprises import dictionary
from enterprises.models import Enterprise, EnterpriseStatus
from core.identity import Principal, Role
from enterprises.regions import get_region_in_scope
from inspections.events import CampaignPublished
from inspections.models import Campaign, CampaignTask, Template
from inspections.schemas import CampaignCreate, CampaignProgress, CampaignRead, CampaignTarget


def campaign_read(campaign: Campaign, progress: CampaignProgress) -> CampaignRead:
    return CampaignRead(id=campaign.id, title=campaign.title, template_id=campaign.template_id,
                        target=CampaignTarget(**campaign.target), deadline=campaign.deadline_date,
                        created_at=campaign.created_at, progress=progress)


async def _targets(principal: Principal, target: CampaignTarget) -> list[int]:
    """Active enterprises in the admin's subtree (or in the named regions inside it) of the given industries
    and categories; empty lists mean all."""
    paths = ([(await get_region_in_scope(principal, rid)).path for rid in target.region_ids]
             if target.region_ids else [principal.region_path or "/"])
    query = Enterprise.filter(Q(*[Q(**access.subtree(path)) for path in paths], join_type="OR"),
                              status=EnterpriseStatus.ACTIVE)
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
    campaign = await Campaign.filter(id=campaign_id).first()
    if campaign is None or not access.may_see_campaign(principal, campaign.region_path):
        raise NotFound("专项任务不存在", code="CAMPAIGN_NOT_FOUND")
    return campaign


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
    campaign = await _visible_campaign(principal, campaign_id)
    return campaign_read(campaign, (await progress_of([campaign]))[campaign.id])


async def list_campaigns(principal: Principal) -> list[CampaignRead]:
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
