"""The risk colour: latest verdict and history of an enterprise, versioned rulesets, simulation."""

from typing import Annotated, Any

from fastapi import APIRouter, Body, Query

from api.deps import AdminUser, CurrentUser, PathId, StaffUser
from api.responses import errors
from core import access, clock
from scoring import facts, overrides, ruleset, service as scoring_service
from scoring.schemas import (ActiveRulesetRead, FactCreate, FactRead, FactRevoke, InspectionDueRead, OverrideCreate,
                             RiskHistoryItem, RiskRead, RulesetRead, SimulateRead, SimulateRequest)

router = APIRouter(tags=["风险码"])


@router.get("/enterprises/{enterprise_id}/risk", response_model=RiskRead, summary="企业当前风险码及评分依据",
            responses=errors(401, 404))
async def get_risk(enterprise_id: PathId, principal: CurrentUser):
    """颜色、得分、各项得分与扣分、否决项(含触发它的事实记录及依据)、改进建议;人工认定期间标明认定及其截止时间。"""
    latest = await scoring_service.get_risk(principal, enterprise_id)
    return RiskRead.of(latest, clock.now()) if latest else RiskRead()


@router.get("/enterprises/{enterprise_id}/facts", response_model=list[FactRead], summary="否决事实记录",
            responses=errors(401, 404))
async def list_facts(enterprise_id: PathId, principal: CurrentUser):
    """辖区工作人员和企业本身可查看:事故、瞒报、失信、无证经营、拒绝检查等记录(含已撤销)。"""
    return [FactRead.model_validate(f) for f in await facts.list_facts(principal, enterprise_id)]


@router.post("/enterprises/{enterprise_id}/facts", response_model=FactRead, status_code=201,
             summary="记录否决事实", responses=errors(401, 403, 404, 422))
async def record_fact(enterprise_id: PathId, body: FactCreate, principal: CurrentUser):
    """辖区检查员或管理员记录一项事实(种类、发生日期、事由、证据),对应的否决项立即生效。检查员在门口被拒绝检查时,
    扫码后以 kind=refused_inspection 记录。"""
    fact = await facts.record_fact(principal, enterprise_id, body.kind, body.occurred_on, body.reason,
                                   body.evidence_upload_ids)
    return FactRead.model_validate(fact)


@router.post("/enterprises/{enterprise_id}/facts/{fact_id}/revoke", response_model=FactRead,
             summary="撤销否决事实", responses=errors(401, 403, 404, 409, 422))
async def revoke_fact(enterprise_id: PathId, fact_id: PathId, body: FactRevoke, principal: CurrentUser):
    """撤销误记的事实:颜色立即按未记录时重新评定,不受防抖规则的延迟。"""
    return FactRead.model_validate(await facts.revoke_fact(principal, enterprise_id, fact_id, body.reason))


@router.post("/enterprises/{enterprise_id}/risk/override", response_model=RiskRead, summary="人工认定风险颜色",
             responses=errors(401, 403, 404, 422))
async def override_risk(enterprise_id: PathId, body: OverrideCreate, principal: CurrentUser):
    """仅系统管理员:在截止时间前以认定的颜色显示(须说明原因,最长一年),到期自动恢复按规则评定的颜色。"""
    await overrides.set_override(principal, enterprise_id, body.color, body.reason, body.until)
    return RiskRead.of(await scoring_service.get_risk(principal, enterprise_id), clock.now())


@router.get("/enterprises/{enterprise_id}/risk/history", response_model=list[RiskHistoryItem],
            summary="风险码历史", responses=errors(401, 404))
async def risk_history(enterprise_id: PathId, principal: CurrentUser):
    return [RiskHistoryItem.model_validate(r) for r in await scoring_service.risk_history(principal, enterprise_id)]


@router.get("/scoring/rulesets", response_model=list[RulesetRead], summary="评分规则版本列表",
            responses=errors(401, 403))
async def list_rulesets(principal: AdminUser):
    """每个版本及其保存人、保存时间、最近一次启用的人和时间,最新的在前。"""
    return [RulesetRead.of(r) for r in await scoring_service.list_rulesets()]


@router.get("/scoring/rulesets/active", response_model=ActiveRulesetRead, summary="当前启用的评分规则（含出厂默认）",
            responses=errors(401, 403))
async def active_ruleset(principal: AdminUser):
    """现行规则、当前用户能否修改(只有顶层区域的管理员),以及规则可用的否决项和文件类型。"""
    version, body = await scoring_service.active_ruleset()
    return ActiveRulesetRead(version=version, body=body, may_edit=access.may_configure_street(principal),
                             vocabulary=ruleset.vocabulary())


@router.post("/scoring/rulesets", response_model=RulesetRead, status_code=201, summary="保存新版本评分规则",
             responses=errors(401, 403, 422))
async def create_ruleset(principal: AdminUser, body: dict[str, Any] = Body()):
    """保存为新版本(不立即生效);只有顶层区域的管理员可以。不合法的规则返回 422 RULESET_INVALID,逐项列出原因。"""
    return RulesetRead.of(await scoring_service.create_ruleset(principal, body))


@router.post("/scoring/rulesets/{version}/activate", response_model=RulesetRead, summary="启用某版本评分规则",
             responses=errors(401, 403, 404))
async def activate_ruleset(version: PathId, principal: AdminUser):
    """启用后,各企业的颜色在下次评分(每晚或 jinyan rescore)时按此版本更新。"""
    return RulesetRead.of(await scoring_service.activate_ruleset(principal, version))


@router.post("/scoring/simulate", response_model=SimulateRead, summary="试算评分规则草案（不写入）",
             responses=errors(401, 403, 422))
async def simulate(body: SimulateRequest, principal: AdminUser,
                   limit: Annotated[int, Query(ge=1, le=5000, description="最多列出多少家变化的企业")] = 1000):
    """按草案为辖区内每家企业评分,与其现在显示的颜色比较:多少家会变、哪些、为什么(与现行规则逐项对比),
    以及草案修改了哪些参数。不写入任何数据。"""
    return SimulateRead.model_validate(await scoring_service.simulate(principal, body.ruleset, limit=limit))


@router.get("/scoring/inspections-due", response_model=list[InspectionDueRead], summary="按风险颜色应检企业",
            responses=errors(401, 403))
async def inspections_due(principal: StaffUser,
                          within_days: Annotated[int, Query(ge=0, le=365, description="未来多少天内到期")] = 0,
                          limit: Annotated[int, Query(ge=1, le=1000, description="最多返回多少家,最逾期的在前")] = 200,
                          ) -> list[InspectionDueRead]:
    """按风险颜色确定的检查频次(红码每月、黄码每季、绿码每半年),列出已到期或将在指定天数内到期的企业。"""
    return (await scoring_service.inspections_due(principal, within_days))[:limit]
