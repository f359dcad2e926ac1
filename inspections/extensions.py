"""Correcting a hazard after the fact (docs/decisions/041): the enterprise's 延期申请 and the street's decision on
it, and the street's revision of an open hazard's deadline or severity. The rules are in corrections.py (pure);
each write here is one transaction with its timeline entry, its audit entry and its outbox event."""

from datetime import date

from tortoise.transactions import in_transaction

from core import access, audit, clock, outbox
from core.errors import Conflict, NotFound, PermissionDenied
from core.identity import Principal, Role
from inspections import corrections
from inspections.corrections import ExtensionStatus
from inspections.events import ExtensionDecided, ExtensionRequested, HazardRevised
from inspections.hazards import get_hazard, snapshot, visible_hazard
from inspections.models import SEVERITY_LABELS, Hazard, HazardEvent, HazardExtension
from inspections.schemas import ExtensionDecisionWrite, ExtensionWrite, HazardDetail, HazardRevisionWrite

# Who decides an extension and revises a hazard: the street's people who verify fixes (command staff only watch).
_DECIDING_ROLES = frozenset({Role.INSPECTOR, Role.ADMIN})


def _with_deadline(hazard: Hazard) -> dict:
    return {**snapshot(hazard), "deadline_date": hazard.deadline_date, "severity": str(hazard.severity),
            "deadline_changes": hazard.deadline_changes}


async def _timeline(hazard: Hazard, principal: Principal | None, kind: str, note: str, at) -> None:
    await HazardEvent.create(hazard_id=hazard.id, at=at, actor_user_id=principal.user_id if principal else None,
                             actor_name=principal.name if principal else "", from_status=hazard.status,
                             to_status=hazard.status, note=note[:1000], kind=kind)


def _require_deciders(principal: Principal, message: str) -> None:
    if principal.role not in _DECIDING_ROLES:
        raise PermissionDenied(message, code="ROLE_FORBIDDEN")


async def request_extension(principal: Principal, hazard_id: int, data: ExtensionWrite) -> HazardExtension:
    """The enterprise's user asks for a later deadline with a reason, one request at a time, while the hazard is
    open; the inspector who found it and the street's admins are told."""
    hazard = await visible_hazard(principal, hazard_id)
    if not access.is_own_enterprise(principal, hazard.enterprise_id):
        raise PermissionDenied("只有该企业的用户可以申请延期", code="ROLE_FORBIDDEN")
    async with in_transaction():
        locked = await Hazard.filter(id=hazard.id).select_for_update().get()
        pending = await HazardExtension.filter(hazard_id=locked.id, status=ExtensionStatus.PENDING).exists()
        now = clock.now()
        asked = corrections.request_extension(locked.status, locked.deadline_date, data.requested_deadline,
                                              data.reason, today=now.date(), pending=pending)
        extension = await HazardExtension.create(
            hazard_id=locked.id, requested_deadline=asked.requested_deadline, previous_deadline=locked.deadline_date,
            reason=asked.reason, requested_by_id=principal.user_id, requested_at=now)
        await _timeline(locked, principal, "extension_requested",
                        f"申请延期至 {asked.requested_deadline.isoformat()}:{asked.reason}", now)
        await audit.record(principal.actor, "hazard.extension_requested", "hazard", locked.id,
                           after={"extension_id": extension.id, "requested_deadline": asked.requested_deadline,
                                  "previous_deadline": locked.deadline_date, "reason": asked.reason})
        await outbox.record(ExtensionRequested(
            locked.id, locked.enterprise_id, locked.title, extension_id=extension.id, deadline=locked.deadline_date,
            requested_deadline=asked.requested_deadline, reason=asked.reason, inspector_id=locked.reported_by_id))
    return extension


async def decide_extension(principal: Principal, hazard_id: int, extension_id: int,
                           data: ExtensionDecisionWrite) -> HazardDetail:
    """An inspector or admin in scope approves (the requested date or another later one) or refuses with a
    reason; the enterprise is told. Answers the hazard with its deadline and timeline."""
    hazard = await visible_hazard(principal, hazard_id)
    _require_deciders(principal, "只有检查员或管理员可以审批延期申请")
    async with in_transaction():
        locked = await Hazard.filter(id=hazard.id).select_for_update().get()
        extension = await HazardExtension.filter(id=extension_id, hazard_id=locked.id).select_for_update().first()
        if extension is None:
            raise NotFound("延期申请不存在", code="EXTENSION_NOT_FOUND")
        now = clock.now()
        decided = corrections.decide_extension(
            extension.status, data.approved, hazard_status=locked.status, current_deadline=locked.deadline_date,
            requested_deadline=extension.requested_deadline, granted=data.deadline, note=data.note,
            today=now.date())
        claimed = await HazardExtension.filter(id=extension.id, status=ExtensionStatus.PENDING).update(
            status=decided.to_status, decided_by_id=principal.user_id, decided_at=now, decision_note=decided.note,
            granted_deadline=decided.deadline if data.approved else None)
        if not claimed:
            raise Conflict("该延期申请已审批", code="EXTENSION_ALREADY_DECIDED")
        before = _with_deadline(locked)
        if data.approved:
            await _move_deadline(locked, decided.deadline, now)
            note = f"批准延期至 {decided.deadline.isoformat()}" + (f":{decided.note}" if decided.note else "")
        else:
            note = f"不批准延期:{decided.note}"
        await _timeline(locked, principal, f"extension_{decided.to_status}", note, now)
        await audit.record(principal.actor, f"hazard.extension_{decided.to_status}", "hazard", locked.id,
                           before={**before, "extension_id": extension.id, "extension_status": extension.status},
                           after={**_with_deadline(locked), "extension_id": extension.id,
                                  "extension_status": decided.to_status, "note": decided.note})
        await outbox.record(ExtensionDecided(locked.id, locked.enterprise_id, locked.title, extension_id=extension.id,
                                             approved=data.approved, deadline=locked.deadline_date,
                                             note=decided.note))
    return await get_hazard(principal, hazard_id)


async def _move_deadline(hazard: Hazard, deadline: date, now, **more) -> None:
    changes = {"deadline_date": deadline, "deadline_changes": hazard.deadline_changes + 1, **more}
    await _update(hazard, changes, now)


async def _update(hazard: Hazard, changes: dict, now) -> None:
    changes = {**changes, "version": hazard.version + 1, "updated_at": now}
    if not await Hazard.filter(id=hazard.id, version=hazard.version).update(**changes):
        raise Conflict("该隐患已被他人处理,请刷新", code="STALE_VERSION")
    for field, value in changes.items():
        setattr(hazard, field, value)


def _revision_note(revision: corrections.Revision) -> str:
    parts = []
    if "deadline_date" in revision.changes:
        parts.append(f"整改期限 {revision.before['deadline_date'].isoformat()} → "
                     f"{revision.changes['deadline_date'].isoformat()}")
    if "severity" in revision.changes:
        parts.append(f"{SEVERITY_LABELS.get(revision.before['severity'], revision.before['severity'])} → "
                     f"{SEVERITY_LABELS.get(revision.changes['severity'], revision.changes['severity'])}")
    note = ";".join(parts) + f":{revision.reason}"
    if revision.raised_to_major:
        note += "(须制定重大隐患治理方案后方可提交整改)"
    return note


async def revise_hazard(principal: Principal, hazard_id: int, data: HazardRevisionWrite) -> HazardDetail:
    """An inspector or admin in scope changes an open hazard's deadline or severity, with a reason; a stale
    `version` is refused (409). Raised to 重大, the hazard needs its treatment plan before a fix is accepted."""
    hazard = await visible_hazard(principal, hazard_id)
    _require_deciders(principal, "只有检查员或管理员可以修改隐患")
    async with in_transaction():
        locked = await Hazard.filter(id=hazard.id).select_for_update().get()
        if data.version is not None and data.version != locked.version:
            raise Conflict("该隐患已被他人修改,请刷新", code="STALE_VERSION", detail={"current_version": locked.version})
        now = clock.now()
        revision = corrections.revise(locked.status, current_deadline=locked.deadline_date,
                                      current_severity=str(locked.severity), deadline=data.deadline,
                                      severity=str(data.severity) if data.severity else None, reason=data.reason,
                                      today=now.date())
        before = _with_deadline(locked)
        changes = dict(revision.changes)
        if "deadline_date" in changes:
            changes["deadline_changes"] = locked.deadline_changes + 1
        await _update(locked, changes, now)
        await _timeline(locked, principal, "revised", _revision_note(revision), now)
        await audit.record(principal.actor, "hazard.revised", "hazard", locked.id, before=before,
                           after={**_with_deadline(locked), "reason": revision.reason})
        await outbox.record(HazardRevised(locked.id, locked.enterprise_id, locked.title, deadline=locked.deadline_date,
                                          severity=str(locked.severity), reason=revision.reason,
                                          changed=tuple(sorted(revision.changes))))
    return await get_hazard(principal, hazard_id)
