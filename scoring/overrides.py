"""A system admin's colour for an enterprise, for a bounded period and with a reason (e.g. an accident under
investigation). While it holds, every view shows it as an override (enterprise.risk_* carry it); the computed
verdict goes on underneath, so when it expires the colour is the rules' again."""

from datetime import datetime, timedelta

from tortoise.transactions import in_transaction

from core import access, audit, clock, outbox
from core.audit import SYSTEM
from core.errors import InvalidInput, PermissionDenied
from core.identity import Principal, RiskColor
from enterprises import service as enterprises_service
from scoring import service as scoring_service
from scoring.events import OverrideSet
from scoring.models import RiskOverride

MAX_PERIOD = timedelta(days=366)


def _valid_until(until: datetime, now: datetime) -> datetime:
    until = until if until.tzinfo else until.replace(tzinfo=clock.SHANGHAI)
    if until <= now:
        raise InvalidInput("截止时间必须晚于现在", code="OVERRIDE_UNTIL_INVALID",
                           detail=[{"field": "until", "message": "必须是将来的时间"}])
    if until - now > MAX_PERIOD:
        raise InvalidInput("人工认定最长一年", code="OVERRIDE_UNTIL_INVALID",
                           detail=[{"field": "until", "message": "不能超过一年"}])
    return until


async def set_override(principal: Principal, enterprise_id: int, color: RiskColor, reason: str,
                       until: datetime) -> RiskOverride:
    """Set the colour until `until` (in the future, at most a year); it replaces an override that holds. A
    region's admin may not (403): a colour by hand is the system admin's decision."""
    if not access.may_override_risk(principal):
        raise PermissionDenied("只有系统管理员可以人工认定风险颜色", code="ROLE_FORBIDDEN")
    await enterprises_service.get_visible(principal, enterprise_id)
    reason = reason.strip()
    if not reason:
        raise InvalidInput("请说明人工认定的原因", code="OVERRIDE_REASON_REQUIRED",
                           detail=[{"field": "reason", "message": "必填"}])
    now = clock.now()
    until = _valid_until(until, now)
    async with in_transaction():
        replaced = await RiskOverride.filter(enterprise_id=enterprise_id, ended_at__isnull=True).values_list(
            "id", flat=True)
        await RiskOverride.filter(id__in=list(replaced) or [0]).update(ended_at=now)
        override = await RiskOverride.create(enterprise_id=enterprise_id, color=color, reason=reason, until=until,
                                             set_by_id=principal.user_id, set_at=now)
        await audit.record(principal.actor, "risk.override_set", "enterprise", enterprise_id,
                           before={"replaced_override_ids": list(replaced)},
                           after=scoring_service.describe_override(override))
        await outbox.record(OverrideSet(enterprise_id, str(color), until))
    await scoring_service.recompute_risk(enterprise_id, actor=principal.actor)
    return override


async def expire_overrides(now: datetime | None = None) -> int:
    """End the overrides whose time is up and rescore their enterprises, so the rules' colour shows again;
    answers how many ended. The worker runs it every minute; reads check `until` themselves in between."""
    now = now or clock.now()
    due = await RiskOverride.filter(ended_at__isnull=True, until__lte=now).values_list("id", "enterprise_id")
    for override_id, enterprise_id in due:
        async with in_transaction():
            ended = await RiskOverride.filter(id=override_id, ended_at__isnull=True).update(ended_at=now)
            if ended:
                await audit.record(SYSTEM, "risk.override_expired", "enterprise", enterprise_id,
                                   after={"override_id": override_id})
        await scoring_service.recompute_risk(enterprise_id, now=now)
    return len(due)


async def run(settings) -> None:
    """The worker job (bootstrap.worker_jobs)."""
    await expire_overrides()
