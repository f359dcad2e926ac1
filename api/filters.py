"""The query parameters of the lists, parsed once: a list and its export take the same filters."""

from typing import Annotated

from fastapi import Depends, Query

from api.deps import QueryId, QueryText
from enterprises.models import EnterpriseStatus
from core.identity import RiskColor
from enterprises.service import EnterpriseFilters
from inspections.hazards import HazardFilters
from inspections.models import InspectionStatus, Severity
from inspections.presence import Presence
from inspections.rectification import HazardStatus
from inspections.service import InspectionFilters


async def enterprise_filters(industry: QueryText(max_length=40) = None, category: QueryText(max_length=20) = None,
                       region_id: QueryId = None, color: RiskColor | None = None,
                       status: EnterpriseStatus | None = None,
                       q: QueryText(max_length=50, description="名称或信用代码") = None,
                       ) -> EnterpriseFilters:
    return EnterpriseFilters(industry=industry, category=category, region_id=region_id, color=color, status=status,
                             q=q)


async def hazard_filters(enterprise_id: QueryId = None, status: HazardStatus | None = None,
                         severity: Severity | None = None, overdue: bool | None = None,
                         extension_pending: Annotated[bool | None, Query(
                             description="true: 有待审批的延期申请(街道的审批队列)")] = None) -> HazardFilters:
    return HazardFilters(enterprise_id=enterprise_id, status=status, severity=severity, overdue=overdue,
                         extension_pending=extension_pending)


async def inspection_filters(enterprise_id: QueryId = None, status: InspectionStatus | None = None,
                       presence: Annotated[Presence | None, Query(
                           description="far: 远离企业发起的街道检查(total 即其数量)")] = None) -> InspectionFilters:
    return InspectionFilters(enterprise_id=enterprise_id, status=status, presence=presence)


EnterpriseQuery = Annotated[EnterpriseFilters, Depends(enterprise_filters)]
HazardQuery = Annotated[HazardFilters, Depends(hazard_filters)]
InspectionQuery = Annotated[InspectionFilters, Depends(inspection_filters)]
