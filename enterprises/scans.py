"""Role-aware scans of the identity QR: what a scan shows depends on who scans."""

import time
from dataclasses import dataclass, field

from core import access, clock
from core.errors import NotFound
from enterprises import service as enterprises_service
from enterprises.regions import RegionLabel
from enterprises.models import Enterprise, HazardPoint, SafetyDocument, SafetyPerson, ScanLog, User
from core.identity import Principal, Role
from enterprises.schemas import ScanView

ACTIONS = {
    ScanView.PUBLIC: [],
    # record_refused_inspection: POST /enterprises/{id}/facts with kind refused_inspection (an inspector at the door).
    ScanView.INSPECTOR: ["start_inspection", "view_hazards", "record_refused_inspection"],
    ScanView.OWNER: ["edit_profile", "view_hazards", "self_inspection"],
    ScanView.ADMIN: ["start_inspection", "view_hazards", "edit_profile", "reissue_code", "record_refused_inspection"],
}


@dataclass
class ScanResult:
    view: ScanView
    enterprise: Enterprise
    region: RegionLabel
    actions: list[str]
    # Only for views other than public:
    personnel: list[SafetyPerson] = field(default_factory=list)
    documents: list[SafetyDocument] = field(default_factory=list)
    hazard_points: list[HazardPoint] = field(default_factory=list)


def view_for(principal: Principal | None, enterprise_id: int, region_path: str) -> ScanView:
    """Owners see their own profile; staff in scope see everything; everybody else sees the public card (a
    registrant too: a pending enterprise's code does not resolve, docs/decisions/091)."""
    if principal is None:
        return ScanView.PUBLIC
    if access.is_own_enterprise(principal, enterprise_id):
        return ScanView.OWNER
    if access.in_region(principal, region_path):
        return ScanView.ADMIN if principal.role == Role.ADMIN else ScanView.INSPECTOR
    return ScanView.PUBLIC


async def scan(principal: Principal | None, token: str, ip: str | None) -> ScanResult:
    """Resolve a scanned token (410 if reissued) and log who scanned it. A fixed number of queries per view:
    the public card is one row read; fuller views also read the profile."""
    enterprise, region = await enterprises_service.enterprise_by_token(token)
    view = view_for(principal, enterprise.id, region.path)
    actions = [] if principal and principal.role == Role.COMMAND else list(ACTIONS[view])
    result = ScanResult(view=view, enterprise=enterprise, region=region, actions=actions)
    if view != ScanView.PUBLIC:
        result.personnel = await SafetyPerson.filter(enterprise_id=enterprise.id).order_by("id")
        result.documents = await SafetyDocument.filter(enterprise_id=enterprise.id).order_by("id")
        result.hazard_points = await HazardPoint.filter(enterprise_id=enterprise.id).order_by("id")
    await scan_log.add(ScanLog(token=token, enterprise_id=enterprise.id, view=view.value, ip=ip, at=clock.now(),
                               user_id=principal.user_id if principal else None))
    return result


@dataclass(frozen=True)
class ScanEntry:
    log: ScanLog
    user_name: str | None
    user_role: str | None


async def scan_history(principal: Principal, enterprise_id: int, page: int,
                       size: int) -> tuple[list[ScanEntry], int]:
    """An enterprise's scan log, newest first, with who scanned (name and role; None for the public): staff in
    scope only (`access.may_see_scan_log`), 404 for anyone else. Rows still in the buffer are written first, so a
    scan a moment ago is listed. Two indexed reads and one for the scanners' names."""
    enterprise = await enterprises_service.get_visible(principal, enterprise_id)
    if not access.may_see_scan_log(principal, enterprise.region.path):
        raise NotFound("企业不存在", code="ENTERPRISE_NOT_FOUND")
    await scan_log.flush()
    query = ScanLog.filter(enterprise_id=enterprise.id)
    total = await query.count()
    rows = await query.order_by("-at", "-id").offset((page - 1) * size).limit(size)
    users = {u["id"]: u for u in await User.filter(id__in={r.user_id for r in rows if r.user_id}).values(
        "id", "name", "role")}
    return [ScanEntry(r, users.get(r.user_id, {}).get("name"), users.get(r.user_id, {}).get("role"))
            for r in rows], total


class ScanLogBuffer:
    """Scans are logged in batches, one INSERT per batch instead of one commit per scan (the scan bench showed
    the per-scan commit costing half the throughput). A hard crash loses at most `max_age` seconds of the
    access log; the app flushes on a timer and at shutdown."""

    def __init__(self, max_rows: int = 200, max_age: float = 1.0):
        self.max_rows, self.max_age = max_rows, max_age
        self._rows: list[ScanLog] = []
        self._oldest = 0.0

    async def add(self, row: ScanLog) -> None:
        now = time.monotonic()
        if not self._rows:
            self._oldest = now
        self._rows.append(row)
        if len(self._rows) >= self.max_rows or now - self._oldest >= self.max_age:
            await self.flush()

    async def flush(self) -> None:
        rows, self._rows = self._rows, []
        if rows:
            await ScanLog.bulk_create(rows)


scan_log = ScanLogBuffer()
