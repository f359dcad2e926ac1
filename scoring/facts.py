"""Facts staff record about an enterprise for the ruleset's vetoes (事故, 瞒报, 失信, 无证经营, 拒绝检查), with their
evidence; revoked with a reason, never deleted. Each write is audited with its event, and the enterprise is
rescored at once: a revocation as if the fact had never been recorded (docs/decisions/032)."""

from datetime import date

from tortoise.transactions import in_transaction

from core import access, audit, clock, outbox
from core.errors import Conflict, InvalidInput, NotFound, PermissionDenied
from core.identity import Principal
from enterprises import service as enterprises_service
from enterprises.models import Enterprise
from files import service as files_service
from scoring import service as scoring_service
from scoring.events import FactRecorded, FactRevoked
from scoring.models import FactKind, RiskFact

MAX_EVIDENCE = 20


def snapshot(fact: RiskFact) -> dict:
    return {"enterprise_id": fact.enterprise_id, "kind": fact.kind, "occurred_on": fact.occurred_on,
            "reason": fact.reason, "evidence_upload_ids": fact.evidence_upload_ids,
            "revoked_at": fact.revoked_at, "revoke_reason": fact.revoke_reason}


async def _reviewable(principal: Principal, enterprise_id: int) -> Enterprise:
    enterprise = await enterprises_service.get_visible(principal, enterprise_id)
    if not access.may_review_enterprise(principal, enterprise.region.path):
        raise PermissionDenied("只有辖区检查员或管理员可以记录或撤销企业的否决事实", code="ROLE_FORBIDDEN")
    return enterprise


def _required_reason(reason: str, field: str = "reason") -> str:
    reason = reason.strip()
    if not reason:
        raise InvalidInput("请说明原因", code="FACT_REASON_REQUIRED", detail=[{"field": field, "message": "必填"}])
    return reason


async def _check_evidence(principal: Principal, enterprise_id: int, upload_ids: list[int]) -> None:
    """Evidence the caller may read and that belongs to this enterprise (or to none yet: a photo taken at the
    door, then shared with the enterprise). A file of another enterprise is refused."""
    for upload_id in upload_ids:
        upload = await files_service.get_readable_upload(principal, upload_id)
        if upload.enterprise_id is not None and upload.enterprise_id != enterprise_id:
            raise InvalidInput("证据文件不属于该企业", code="EVIDENCE_NOT_OF_ENTERPRISE",
                               detail=[{"field": "evidence_upload_ids", "message": f"文件 {upload_id} 属于其他企业"}])


async def list_facts(principal: Principal, enterprise_id: int) -> list[RiskFact]:
    """Every fact of an enterprise, revoked ones too: staff in scope and the enterprise itself read them (the
    enterprise sees what its colour rests on)."""
    await enterprises_service.get_visible(principal, enterprise_id)
    return await RiskFact.filter(enterprise_id=enterprise_id).order_by("-occurred_on", "-id")


async def record_fact(principal: Principal, enterprise_id: int, kind: FactKind, occurred_on: date, reason: str,
                      evidence_upload_ids: list[int]) -> RiskFact:
    """Record a fact (kind, the day it happened, why, evidence); its veto applies from the next verdict, which is
    computed at once."""
    await _reviewable(principal, enterprise_id)
    reason = _required_reason(reason)
    now = clock.now()
    if occurred_on > now.date():
        raise InvalidInput("发生日期不能晚于今天", code="FACT_DATE_IN_FUTURE",
                           detail=[{"field": "occurred_on", "message": "不能是将来的日期"}])
    if len(evidence_upload_ids) > MAX_EVIDENCE:
        raise InvalidInput(f"证据文件最多 {MAX_EVIDENCE} 个", code="FIELD_INVALID",
                           detail=[{"field": "evidence_upload_ids", "message": "过多"}])
    await _check_evidence(principal, enterprise_id, evidence_upload_ids)
    async with in_transaction():
        fact = await RiskFact.create(enterprise_id=enterprise_id, kind=kind, occurred_on=occurred_on, reason=reason,
                                     evidence_upload_ids=evidence_upload_ids, recorded_by_id=principal.user_id,
                                     recorded_at=now)
        await files_service.share_with_enterprise(evidence_upload_ids, enterprise_id)
        await audit.record(principal.actor, "risk_fact.recorded", "risk_fact", fact.id, after=snapshot(fact))
        await outbox.record(FactRecorded(enterprise_id, fact.id, str(kind)))
    await scoring_service.recompute_risk(enterprise_id, actor=principal.actor)
    return fact


async def revoke_fact(principal: Principal, enterprise_id: int, fact_id: int, reason: str) -> RiskFact:
    """Revoke a fact recorded in error: the colour it cost comes back at once, without the hysteresis that slows
    a real improvement (the verdict is recomputed from the state before the fact was recorded)."""
    await _reviewable(principal, enterprise_id)
    reason = _required_reason(reason)
    async with in_transaction():
        fact = await RiskFact.filter(id=fact_id, enterprise_id=enterprise_id).select_for_update().first()
        if fact is None:
            raise NotFound("记录不存在", code="RISK_FACT_NOT_FOUND")
        if fact.revoked_at is not None:
            raise Conflict("该记录已撤销", code="RISK_FACT_REVOKED")
        before = snapshot(fact)
        fact.revoked_at, fact.revoked_by_id, fact.revoke_reason = clock.now(), principal.user_id, reason
        await fact.save(update_fields=["revoked_at", "revoked_by_id", "revoke_reason"])
        await audit.record(principal.actor, "risk_fact.revoked", "risk_fact", fact.id, before=before,
                           after=snapshot(fact))
        await outbox.record(FactRevoked(enterprise_id, fact.id, clock.aware(fact.recorded_at)))
    await scoring_service.recompute_risk(enterprise_id, actor=principal.actor,
                                         correcting_since=clock.aware(fact.recorded_at))
    return fact
