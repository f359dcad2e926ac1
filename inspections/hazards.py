"""Hazards: the 隐患台账 and the rectification loop (open → submitted → closed, or back to open)."""

from dataclasses import dataclass
from datetime import date


from tortoise.expressions import Q, Subquery
from tortoise.transactions import in_transaction

from core import access, audit, clock, outbox
from core.audit import Actor
from core.errors import Conflict, NotFound, PermissionDenied
from core.identity import Principal, Role
from inspections import rectification
from inspections.events import HazardClosed, RectificationRejected, RectificationSubmitted
from inspections.models import Hazard, HazardEvent, HazardExtension, InspectionKind, Severity
from inspections.corrections import ExtensionStatus
from inspections.rectification import Action, HazardStatus
from inspections.schemas import (ExtensionRead, HazardDetail, HazardLedgerUpdate, HazardRead, HazardRow, RectifyWrite,
                                 TimelineEntry, VerifyWrite)
from inspections.projections import hazard_read
from inspections.service import check_photos, in_scope, narrowed

_VERIFYING_ROLES = frozenset({Role.INSPECTOR, Role.ADMIN})
_FIVE_FIELDS = ("responsible_person", "measures", "interim_controls", "funds")


def snapshot(hazard: Hazard) -> dict:
    return {"status": hazard.status, "version": hazard.version, "fix_note": hazard.fix_note,
            "fix_photo_ids": hazard.fix_photo_ids, "plan": hazard.plan,
            **{f: getattr(hazard, f) for f in _FIVE_FIELDS}}


async def visible_hazard(principal: Principal, hazard_id: int) -> Hazard:
    """Staff see hazards in their subtree; an enterprise's users only their own enterprise's."""
    hazard = await Hazard.filter(id=hazard_id).select_related("enterprise__region").first()
    if hazard is None:
        raise NotFound("隐患不存在", code="HAZARD_NOT_FOUND")
    if not access.may_see_hazard(principal, hazard.enterprise_id, hazard.enterprise.region.path):
        raise NotFound("隐患不存在", code="HAZARD_NOT_FOUND")
    return hazard


async def get_hazard(principal: Principal, hazard_id: int) -> HazardDetail:
    hazard = await visible_hazard(principal, hazard_id)
    events = await HazardEvent.filter(hazard_id=hazard.id).order_by("at", "id")
    timeline = [TimelineEntry(at=e.at, actor=e.actor_name, actor_user_id=e.actor_user_id, from_=e.from_status,
                              to=e.to_status, note=e.note, photo_ids=e.photo_ids, kind=e.kind) for e in events]
    extensions = await HazardExtension.filter(hazard_id=hazard.id).order_by("id")
    return HazardDetail(**hazard_read(hazard).model_dump(), timeline=timeline,
                        extensions=[ExtensionRead.model_validate(x) for x in extensions])


@dataclass(frozen=True)
class HazardFilters:
    enterprise_id: int | None = None
    status: HazardStatus | None = None
    severity: Severity | None = None
    overdue: bool | None = None
    # A pending 延期申请 (docs/decisions/041): the street's queue of requests to decide.
    extension_pending: bool | None = None
    inspection_id: int | None = None
    # Where it was found: a street inspection (routine, campaign) or the enterprise's self-inspection.
    kind: InspectionKind | None = None
    # The enterprise's region or a region above it, in the caller's scope; Beijing days of 发现时间, both included
    # (docs/decisions/079).
    region_id: int | None = None
    date_from: date | None = None
    date_to: date | None = None


async def hazards_query(principal: Principal, filters: HazardFilters):
    """The hazards a list or an export shows: within the caller's scope, filtered."""
    query = in_scope(Hazard.all(), principal, "当前角色无权查看隐患")
    for field in ("enterprise_id", "status", "severity", "inspection_id", "kind"):
        if (value := getattr(filters, field)) is not None:
            query = query.filter(**{field: value})
    if filters.overdue is not None:
        late = Q(deadline_date__lt=clock.now().date()) & ~Q(status=HazardStatus.CLOSED)
        query = query.filter(late if filters.overdue else ~late)
    if filters.extension_pending is not None:
        pending = Subquery(HazardExtension.filter(status=ExtensionStatus.PENDING).values("hazard_id"))
        query = query.filter(id__in=pending) if filters.extension_pending else query.exclude(id__in=pending)
    return await narrowed(query, principal, filters.region_id, filters.date_from, filters.date_to, "created_at")


def overdue_enterprise_ids():
    """The ids of enterprises with a hazard past its deadline and not closed (the same test as `overdue` above), as a
    subquery for the enterprises list (enterprises.service.EnterpriseFilters.overdue_ids). Scope is the list's."""
    late = Q(deadline_date__lt=clock.now().date()) & ~Q(status=HazardStatus.CLOSED)
    return Hazard.filter(late).values("enterprise_id")


async def list_hazards(principal: Principal, filters: HazardFilters, page: int,
                       size: int) -> tuple[list[HazardRow], int]:
    """The 隐患台账: newest first, within the caller's scope; each row names its enterprise and carries its
    pending 延期申请 if any (three queries a page: the count, the page joined to its enterprises, the requests)."""
    query = await hazards_query(principal, filters)
    total = await query.count()
    rows = await query.order_by("-created_at", "-id").offset((page - 1) * size).limit(size).select_related("enterprise")
    pending = {x.hazard_id: x for x in await HazardExtension.filter(
        hazard_id__in=[h.id for h in rows], status=ExtensionStatus.PENDING)} if rows else {}
    now = clock.now()
    return [HazardRow(**hazard_read(h, now).model_dump(), enterprise_name=h.enterprise.name,
                      pending_extension=ExtensionRead.model_validate(pending[h.id]) if h.id in pending else None)
            for h in rows], total


async def _apply(hazard: Hazard, actor: Actor, principal: Principal, step: rectification.Transition,
                 changes: dict, photo_ids: list[int]) -> Hazard:
    """Write one transition guarded by the version read under the row lock: of concurrent callers one wins."""
    before = snapshot(hazard)
    changes = {**changes, "status": step.to_status, "version": hazard.version + 1, "updated_at": step.at}
    updated = await Hazard.filter(id=hazard.id, version=hazard.version).update(**changes)
    if not updated:
        raise Conflict("该隐患已被他人处理,请刷新", code="STALE_VERSION")
    for field, value in changes.items():
        setattr(hazard, field, value)
    await HazardEvent.create(hazard_id=hazard.id, at=step.at, actor_user_id=principal.user_id,
                             actor_name=principal.name, from_status=step.from_status, to_status=step.to_status,
                             note=step.note, photo_ids=photo_ids)
    await audit.record(actor, f"hazard.{step.to_status}", "hazard", hazard.id, before=before, after=snapshot(hazard))
    return hazard


async def update_ledger(principal: Principal, hazard_id: int, data: HazardLedgerUpdate) -> Hazard:
    """The enterprise fills in its 五定 ledger entries and a 重大 hazard's treatment plan while the hazard is open.
    A stale `version` is refused (409)."""
    hazard = await visible_hazard(principal, hazard_id)
    if principal.role != Role.ENTERPRISE:
        raise PermissionDenied("只有企业可以填写整改台账", code="ROLE_FORBIDDEN")
    changes = {f: v for f in _FIVE_FIELDS if (v := getattr(data, f)) is not None}
    if data.plan is not None:
        changes["plan"] = data.plan.model_dump()
    async with in_transaction():
        locked = await Hazard.filter(id=hazard.id).select_for_update().get()
        if locked.status != HazardStatus.OPEN:
            raise Conflict("该隐患不在待整改状态", code="HAZARD_NOT_OPEN")
        if data.version is not None and data.version != locked.version:
            raise Conflict("该隐患已被他人修改,请刷新", code="STALE_VERSION", detail={"current_version": locked.version})
        before = snapshot(locked)
        for field, value in changes.items():
            setattr(locked, field, value)
        locked.version += 1
        await locked.save(update_fields=[*changes, "version", "updated_at"])
        await audit.record(principal.actor, "hazard.ledger_updated", "hazard", locked.id,
                           before=before, after=snapshot(locked))
    return locked


async def submit_fix(principal: Principal, hazard_id: int, data: RectifyWrite) -> Hazard:
    """The enterprise submits its fix (note and after-photos) on an open hazard. A 重大 hazard needs its full
    treatment plan first (16号令 第十五条)."""
    hazard = await visible_hazard(principal, hazard_id)
    if principal.role != Role.ENTERPRISE:
        raise PermissionDenied("只有企业可以提交整改", code="ROLE_FORBIDDEN")
    await check_photos(principal, data.photo_ids)
    async with in_transaction():
        locked = await Hazard.filter(id=hazard.id).select_for_update().get()
        plan = data.plan.model_dump() if data.plan else locked.plan
        step = rectification.transition(locked.status, Action.SUBMIT_FIX, now=clock.now(), note=data.note,
                                        severity=locked.severity, plan=plan)
        changes = {"fix_note": step.note, "fix_photo_ids": data.photo_ids, "plan": plan,
                   **{f: v for f in _FIVE_FIELDS if (v := getattr(data, f)) is not None}}
        await _apply(locked, principal.actor, principal, step, changes, data.photo_ids)
        await outbox.record(RectificationSubmitted(locked.id, locked.enterprise_id, locked.title,
                                                   inspector_id=locked.reported_by_id))
    return locked


async def verify_fix(principal: Principal, hazard_id: int, data: VerifyWrite) -> Hazard:
    """An inspector or admin accepts a submitted fix (the hazard is closed, 销号) or rejects it with a reason
    (back to open). A self-inspection's hazard may also be verified by its enterprise."""
    hazard = await visible_hazard(principal, hazard_id)
    own_self_check = hazard.kind == InspectionKind.SELF and access.is_own_enterprise(principal, hazard.enterprise_id)
    if principal.role not in _VERIFYING_ROLES and not own_self_check:
        raise PermissionDenied("只有检查员或管理员可以复查", code="ROLE_FORBIDDEN")
    action = Action.APPROVE if data.approved else Action.REJECT
    async with in_transaction():
        locked = await Hazard.filter(id=hazard.id).select_for_update().get()
        now = clock.now()
        step = rectification.transition(locked.status, action, now=now, note=data.note)
        changes = {"closed_at": now} if data.approved else {}
        await _apply(locked, principal.actor, principal, step, changes, [])
        if data.approved:
            await outbox.record(HazardClosed(locked.id, locked.enterprise_id, locked.title))
        else:
            await outbox.record(RectificationRejected(locked.id, locked.enterprise_id, locked.title,
                                                      deadline=locked.deadline_date, reason=step.note))
    return locked




async def unclosed_for_enterprise(enterprise_id: int, limit: int = 50) -> list[HazardRead]:
    """What a scan shows staff and the enterprise itself: hazards not yet closed, oldest deadline first.
    The caller has already decided that the scanner may see the enterprise's profile."""
    hazards = await (Hazard.filter(enterprise_id=enterprise_id).exclude(status=HazardStatus.CLOSED)
                     .order_by("deadline_date", "id").limit(limit))
    return [hazard_read(h) for h in hazards]
