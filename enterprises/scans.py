"""Role-aware scans of the identity QR: what a scan shows depends on who scans."""

from dataclasses import dataclass, field

from core import clock
from enterprises import service
from enterprises.models import Enterprise, HazardPoint, Role, SafetyDocument, SafetyPerson, ScanLog
from enterprises.schemas import ScanView
from enterprises.scope import Principal

ACTIONS = {
    ScanView.PUBLIC: [],
    ScanView.INSPECTOR: ["start_inspection", "view_hazards"],
    ScanView.OWNER: ["edit_profile", "view_hazards", "self_inspection"],
    ScanView.ADMIN: ["start_inspection", "view_hazards", "edit_profile", "reissue_code"],
}


@dataclass
class ScanResult:
    view: ScanView
    enterprise: Enterprise
    actions: list[str]
    personnel: list[SafetyPerson] = field(default_factory=list)
    documents: list[SafetyDocument] = field(default_factory=list)
    hazard_points: list[HazardPoint] = field(default_factory=list)


def view_for(principal: Principal | None, enterprise: Enterprise, region_path: str) -> ScanView:
    """Owners see their own profile; staff in scope see everything; everybody else sees the public card."""
    if principal is None:
        return ScanView.PUBLIC
    if principal.role == Role.ENTERPRISE and principal.enterprise_id == enterprise.id:
        return ScanView.OWNER
    if principal.is_staff and principal.covers(region_path):
        return ScanView.ADMIN if principal.role == Role.ADMIN else ScanView.INSPECTOR
    return ScanView.PUBLIC


async def scan(principal: Principal | None, token: str, ip: str | None) -> ScanResult:
    """Resolve a scanned token (410 if reissued) and log who scanned it. A fixed number of queries per view."""
    enterprise = await service.enterprise_by_token(token)
    view = view_for(principal, enterprise, enterprise.region.path)
    actions = [a for a in ACTIONS[view] if not (principal and principal.role == Role.COMMAND)]
    result = ScanResult(view=view, enterprise=enterprise, actions=actions)
    if view != ScanView.PUBLIC:
        result.personnel = await SafetyPerson.filter(enterprise_id=enterprise.id).order_by("id")
        result.documents = await SafetyDocument.filter(enterprise_id=enterprise.id).order_by("id")
        result.hazard_points = await HazardPoint.filter(enterprise_id=enterprise.id).order_by("id")
    await ScanLog.create(token=token, enterprise_id=enterprise.id, user_id=principal.user_id if principal else None,
                         view=view.value, ip=ip, at=clock.now())
    return result
