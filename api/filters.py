"""The query parameters of the lists, parsed once: a list and its export take the same filters."""

from datetime import date
from typing import Annotated

from fastapi import Depends, Query

from api.deps import QueryId, QueryText
from enterprises.models import EnterpriseStatus
from core.identity import RiskColor
from enterprises.service import EnterpriseFilters
from inspections.hazards import HazardFilters, overdue_enterprise_ids
from inspections.models import InspectionKind, InspectionStatus, Severity
from inspections.presence import Presence
from inspections.rectification import HazardStatus
from inspections.service import InspectionFilters


async def enterprise_filters(industry: QueryText(max_length=40) = None, category: QueryText(max_length=20) = None,
                       region_id: QueryId = None, color: RiskColor | None = None,
                       status: EnterpriseStatus | None = None,
                       q: QueryText(max_length=50, description="名称或信用代码") = None,
                       overdue: Annotated[bool | None, Query(description="true: 有逾期未整改隐患的企业;false: 没有的")] = None,
                       ) -> EnterpriseFilters:
    return EnterpriseFilters(industry=industry, category=category, region_id=region_id, color=color, status=status,
                             q=q, overdue=overdue, overdue_ids=overdue_enterprise_ids() if overdue is not None else None)




async def hazard_filters(enterprise_id: QueryId = None, status: HazardStatus | None = None,
                         severity: Severity | None = None, overdue: bool | None = None,
                         extension_pending: Annotated[bool | None, Query(
                             description="true: 有待审批的延期申请(街道的审批队列)")] = None,
                         inspection_id: QueryId = None, region_id: QueryId = None,
                         kind: Annotated[InspectionKind | None, Query(description="来源:日常检查、专项检查或企业自查")] = None,
                         date_from: Annotated[date | None, Query(description="发现日期起(含,北京时间)")] = None,
                         date_to: Annotated[date | None, Query(description="发现日期止(含,北京时间)")] = None,
                         ) -> HazardFilters:
    return HazardFilters(enterprise_id=enterprise_id, status=status, severity=severity, overdue=overdue,
                         extension_pending=extension_pending, inspection_id=inspection_id, kind=kind,
                         region_id=region_id,
                         date_from=date_from, date_to=date_to)


async def inspection_filters(enterprise_id: QueryId = None, status: InspectionStatus | None = None,
                       presence: Annotated[Presence | None, Query(
                           description="far: 远离企业发起的街道检查(total 即其数量)")] = None,
                       kind: InspectionKind | None = None, region_id: QueryId = None,
                       date_from: Annotated[date | None, Query(description="检查开始日期起(含,北京时间)")] = None,
                       date_to: Annotated[date | None, Query(description="检查开始日期止(含,北京时间)")] = None,
                       ) -> InspectionFilters:
    return InspectionFilters(enterprise_id=enterprise_id, status=status, presence=presence, kind=kind,
                             region_id=region_id, date_from=date_from, date_to=date_to)


EnterpriseQuery = Annotated[EnterpriseFilters, Depends(enterprise_filters)]
HazardQuery = Annotated[HazardFilters, Depends(hazard_filters)]
InspectionQuery = Annotated[InspectionFilters, Depends(inspection_filters)]
