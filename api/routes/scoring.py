"""The risk colour: latest verdict and history of an enterprise, versioned rulesets, simulation."""

from typing import Annotated, Any

from fastapi import APIRouter, Body, Query

from api.deps import AdminUser, CurrentUser, PathId, StaffUser
from api.responses import errors
from scoring import service as scoring_service
from scoring.schemas import (ActiveRulesetRead, InspectionDueRead, RiskHistoryItem, RiskRead, RulesetRead,
                             SimulateRead, SimulateRequest)

router = APIRouter(tags=["风险码"])


@router.get("/enterprises/{enterprise_id}/risk", response_model=RiskRead, summary="企业当前风险码及评分依据",
            responses=errors(401, 404))
async def get_risk(enterprise_id: PathId, principal: CurrentUser):
    latest = await scoring_service.get_risk(principal, enterprise_id)
    return RiskRead.model_validate(latest) if latest else RiskRead()


@router.get("/enterprises/{enterprise_id}/risk/history", response_model=list[RiskHistoryItem],
            summary="风险码历史", responses=errors(401, 404))
async def risk_history(enterprise_id: PathId, principal: CurrentUser):
    return [RiskHistoryItem.model_validate(r) for r in await scoring_service.risk_history(principal, enterprise_id)]


@router.get("/scoring/rulesets", response_model=list[RulesetRead], summary="评分规则版本列表",
            responses=errors(401, 403))
async def list_rulesets(principal: AdminUser):
    return [RulesetRead.model_validate(r) for r in await scoring_service.list_rulesets()]


@router.get("/scoring/rulesets/active", response_model=ActiveRulesetRead, summary="当前启用的评分规则（含出厂默认）",
            responses=errors(401, 403))
async def active_ruleset(principal: AdminUser):
    version, body = await scoring_service.active_ruleset()
    return ActiveRulesetRead(version=version, body=body)


@router.post("/scoring/rulesets", response_model=RulesetRead, status_code=201, summary="保存新版本评分规则",
             responses=errors(401, 403))
async def create_ruleset(principal: AdminUser, body: dict[str, Any] = Body()):
    return RulesetRead.model_validate(await scoring_service.create_ruleset(principal, body))


@router.post("/scoring/rulesets/{version}/activate", response_model=RulesetRead, summary="启用某版本评分规则",
             responses=errors(401, 403, 404))
async def activate_ruleset(version: PathId, principal: AdminUser):
    return RulesetRead.model_validate(await scoring_service.activate_ruleset(principal, version))


@router.post("/scoring/simulate", response_model=SimulateRead, summary="试算评分规则草案（不写入）",
             responses=errors(401, 403))
async def simulate(body: SimulateRequest, principal: AdminUser):
    return SimulateRead.model_validate(await scoring_service.simulate(principal, body.ruleset))


@router.get("/scoring/inspections-due", response_model=list[InspectionDueRead], summary="按风险颜色应检企业",
            responses=errors(401, 403))
async def inspections_due(principal: StaffUser,
                          within_days: Annotated[int, Query(ge=0, le=365, description="未来多少天内到期")] = 0,
                          limit: Annotated[int, Query(ge=1, le=1000, description="最多返回多少家,最逾期的在前")] = 200,
                          ) -> list[InspectionDueRead]:
    """按风险颜色确定的检查频次(红码每月、黄码每季、绿码每半年),列出已到期或将在指定天数内到期的企业。"""
    return (await scoring_service.inspections_due(principal, within_days))[:limit]
