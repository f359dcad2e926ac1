"""Inspections: start an electronic checklist from a scan, record findings, submit it into hazards."""

from dataclasses import dataclass
from datetime import date, timedelta

from tortoise.exceptions import IntegrityError
from tortoise.expressions import Q
from tortoise.transactions import in_transaction

from core import access, audit, clock, outbox
from core.errors import Conflict, InvalidInput, NotFound, PermissionDenied
from enterprises import regions, service as enterprises_service
from enterprises.models import Enterprise, EnterpriseStatus, HazardPoint
from enterprises.regions import get_region_in_scope
from core.identity import SYSTEM, Principal, Role
from files import service as files_service
from inspections import answers as one_shot, campaigns, idempotency, library, presence
from inspections.events import HazardReported, InspectionSubmitted
from inspections.models import (CampaignTask, CheckItem, Hazard, HazardEvent, Inspection, InspectionItem,
                                InspectionKind, InspectionStatus, ItemResult, Severity)
from inspections.presence import Presence, PresenceRule
from inspections.projections import hazard_read
from inspections.rectification import HazardStatus
from inspections.schemas import (CancelWrite, EnterpriseBrief, FindingCreate, InspectionItemRead, InspectionRead,
                                 InspectionStart, ItemResultWrite, ItemsAdd, SubmitResult, SubmitWrite)

HAZARD_POINT_CATEGORY = "风险点位"
HAZARD_POINT_DEADLINE_DAYS = 7
# 重大 items without a day count ("方案"): the plan sets the real date; this is the first follow-up date.
PLAN_DEADLINE_DAYS = 30
FINDING_CATEGORY = "随手拍"
# A finding's deadline when the inspector sets none: a general item's usual week; a 重大 one's plan sets it.
FINDING_DEADLINE_DAYS = {Severity.GENERAL: 7, Severity.MAJOR: None}
_INSPECTING_ROLES = frozenset({Role.INSPECTOR, Role.ADMIN})


def inspection_read(inspection: Inspection, enterprise: Enterprise, items: list[InspectionItem],
                    presence_warning: str | None = None) -> InspectionRead:
    return InspectionRead(
        id=inspection.id, enterprise=EnterpriseBrief(id=enterprise.id, name=enterprise.name),
        inspector_id=inspection.inspector_id, kind=inspection.kind, campaign_id=inspection.campaign_id,
        status=inspection.status, started_at=inspection.started_at, submitted_at=inspection.submitted_at,
        lat=inspection.lat, lng=inspection.lng, distance_m=inspection.distance_m,
        from_current_scan=inspection.from_current_scan, presence=inspection.presence,
        presence_warning=presence_warning, cancelled_at=inspection.cancelled_at,
        cancel_reason=inspection.cancel_reason, items=[InspectionItemRead.model_validate(i) for i in items])


# -- who may do what --

def _check_kind_allowed(principal: Principal, kind: InspectionKind, enterprise: Enterprise) -> None:
    """Staff inspectors and admins inspect; an enterprise's own users run self-inspections on it; a campaign's
    task may be done by either."""
    own = access.is_own_enterprise(principal, enterprise.id)
    if kind == InspectionKind.SELF and not own:
        raise PermissionDenied("自查只能由企业自己的用户发起", code="ROLE_FORBIDDEN")
    if kind == InspectionKind.ROUTINE and principal.role not in _INSPECTING_ROLES:
        raise PermissionDenied("只有检查员或管理员可以发起检查", code="ROLE_FORBIDDEN")
    if kind == InspectionKind.CAMPAIGN and not (own or principal.role in _INSPECTING_ROLES):
        raise PermissionDenied("当前角色不能执行专项任务检查", code="ROLE_FORBIDDEN")


async def visible_inspection(principal: Principal, inspection_id: int) -> Inspection:
    inspection = await Inspection.filter(id=inspection_id).select_related("enterprise__region").first()
    if inspection is None or not access.may_see_inspection(principal, inspection.enterprise_id,
                                                              inspection.enterprise.region.path):
        raise NotFound("检查记录不存在", code="INSPECTION_NOT_FOUND")
    return inspection


async def _own_draft(principal: Principal, inspection_id: int) -> Inspection:
    """Only the inspector who opened a checklist fills it in, and only until it is submitted."""
    inspection = await visible_inspection(principal, inspection_id)
    if inspection.inspector_id != principal.user_id:
        raise PermissionDenied("只能填写自己发起的检查", code="NOT_YOUR_INSPECTION")
    _still_draft(inspection)
    return inspection


def _still_draft(inspection: Inspection) -> None:
    _still_draft_status(inspection.status)


def _still_draft_status(status: str) -> None:
    if status == InspectionStatus.SUBMITTED:
        raise Conflict("该检查已提交,不能再修改", code="INSPECTION_ALREADY_SUBMITTED")
    if status == InspectionStatus.CANCELLED:
        raise Conflict("该检查已作废,不能再修改", code="INSPECTION_CANCELLED")


async def _own_draft_id(principal: Principal, inspection_id: int) -> int:
    """`_own_draft` for a write that needs nothing of the draft but its id (answering an item, the busiest write
    of a day): owner, status and enterprise in one narrow read, the region's path from the label cache (a path
    never changes, docs/decisions/066) instead of the join of every enterprise and region column."""
    rows = await (Inspection.filter(id=inspection_id).limit(1)
                  .values("inspector_id", "status", "enterprise_id", "enterprise__region_id"))
    row = rows[0] if rows else None
    if row is None or not access.may_see_inspection(principal, row["enterprise_id"],
                                                     (await regions.label(row["enterprise__region_id"])).path):
        raise NotFound("检查记录不存在", code="INSPECTION_NOT_FOUND")
    if row["inspector_id"] != principal.user_id:
        raise PermissionDenied("只能填写自己发起的检查", code="NOT_YOUR_INSPECTION")
    _still_draft_status(row["status"])
    return inspection_id


async def _touch_draft(inspection_id: int) -> None:
    """Restart a draft's expiry, inside the caller's transaction, in one conditional UPDATE: the update holds the
    row until commit as `_locked_draft`'s SELECT … FOR UPDATE would, so writers of one draft still queue and the
    submit sees their work; no row changed means it was submitted or cancelled meanwhile (the matching 409)."""
    now = clock.now()
    if not await Inspection.filter(id=inspection_id, status=InspectionStatus.DRAFT).update(touched_at=now,
                                                                                           updated_at=now):
        _still_draft(await Inspection.get(id=inspection_id))


async def _locked_draft(inspection: Inspection) -> Inspection:
    """The draft's row under lock, still a draft; inside the caller's transaction. Writers of one draft queue here,
    so positions and the submit see each other's work."""
    locked = await Inspection.filter(id=inspection.id).select_for_update().get()
    _still_draft(locked)
    return locked


async def _touch(locked: Inspection) -> None:
    """A write to the draft restarts its expiry (INSPECTION_DRAFT_EXPIRY_DAYS)."""
    locked.touched_at = clock.now()
    await locked.save(update_fields=["touched_at", "updated_at"])


async def check_photos(principal: Principal, photo_ids: list[int], field: str = "photo_ids") -> None:
    """Every referenced photo must exist and be readable by the caller (files.service decides), in one query."""
    if missing := await files_service.unreadable_uploads(principal, photo_ids):
        raise InvalidInput("照片不存在", code="PHOTO_NOT_FOUND",
                           detail=[{"field": field, "message": f"无效的照片 {photo_id}"} for photo_id in missing])


def _check_deadline(deadline, field: str = "deadline") -> None:
    if deadline is not None and deadline < clock.now().date():
        raise InvalidInput("整改期限不能早于今天", code="DEADLINE_IN_PAST", detail=[{"field": field}])


# -- starting --

async def _target(principal: Principal, data: InspectionStart) -> tuple[Enterprise, bool]:
    """The enterprise to inspect and whether it was named by a scan of its current code (410 for an old one)."""
    if data.token is not None:
        scanned, _ = await enterprises_service.enterprise_by_token(data.token)
        return await enterprises_service.get_visible(principal, scanned.id), True
    return await enterprises_service.get_visible(principal, data.enterprise_id), False


def _snapshot_items(items, hazard_points) -> list[InspectionItem]:
    rows = [InspectionItem(check_item_id=i.id, category=i.category, text=i.text, basis=i.basis, severity=i.severity,
                           deadline_days=i.deadline_days, hazard_type=i.hazard_type, photo_required=i.photo_required)
            for i in items]
    for point in hazard_points:
        measures = "、".join(point.control_measures) or "无"
        place = f"({point.place})" if point.place else ""
        rows.append(InspectionItem(hazard_point_id=point.id, category=HAZARD_POINT_CATEGORY,
                                   text=f"{point.name}{place}管控措施落实情况:{measures}",
                                   deadline_days=HAZARD_POINT_DEADLINE_DAYS, photo_required=True))
    for position, row in enumerate(rows, start=1):
        row.position = position
    return rows


def _presence(principal: Principal, data: InspectionStart, distance: float | None,
              rule: PresenceRule) -> Presence | None:
    """Street inspections (by an inspector or an admin) are judged against the presence rule; an enterprise's own
    checklists are not."""
    if principal.role not in _INSPECTING_ROLES:
        return None
    return presence.judge(rule, data.lat is not None and data.lng is not None, distance)


async def start_inspection(principal: Principal, data: InspectionStart, idempotency_key: str | None,
                           presence_rule: PresenceRule = PresenceRule()) -> InspectionRead:
    """Open an electronic checklist: a snapshot of the fitting templates' items plus one item per hazard point,
    so later library edits never change it. A retry with the same Idempotency-Key answers the first result.
    A street inspection records whether the phone was at the enterprise (`presence_rule`, docs/decisions/029)."""
    key = idempotency.checked_key(idempotency_key)
    fingerprint = idempotency.request_fingerprint("inspection.start", data.model_dump())
    if (earlier := await idempotency.replay(principal.user_id, key, fingerprint)) is not None:
        return InspectionRead.model_validate(earlier)
    enterprise, from_scan = await _target(principal, data)
    _check_kind_allowed(principal, data.kind, enterprise)
    if enterprise.status != EnterpriseStatus.ACTIVE:
        raise Conflict("该企业尚未通过审核", code="ENTERPRISE_NOT_ACTIVE")
    template_id = data.template_id
    if data.kind == InspectionKind.CAMPAIGN:
        if data.campaign_id is None:
            raise InvalidInput("专项任务检查须指明任务", code="CAMPAIGN_REQUIRED", detail=[{"field": "campaign_id"}])
        template_id = (await campaigns.task_for(data.campaign_id, enterprise.id)).campaign.template_id
    templates, items = await library.checklist_sources(enterprise, template_id)
    rows = _snapshot_items(items, await HazardPoint.filter(enterprise_id=enterprise.id).order_by("id"))
    if not rows:
        raise Conflict("没有适用于该企业的检查项", code="CHECKLIST_EMPTY")
    distance = None
    if None not in (data.lat, data.lng, enterprise.lat, enterprise.lng):
        distance = round(enterprises_service.distance_m(data.lat, data.lng, enterprise.lat, enterprise.lng), 1)
    verdict = _presence(principal, data, distance, presence_rule)
    try:
        async with in_transaction():
            claimed = await idempotency.claim(principal.user_id, key, fingerprint)
            now = clock.now()
            inspection = await Inspection.create(
                enterprise=enterprise, inspector_id=principal.user_id, kind=data.kind, started_at=now,
                touched_at=now, campaign_id=data.campaign_id if data.kind == InspectionKind.CAMPAIGN else None,
                lat=data.lat, lng=data.lng, distance_m=distance, from_current_scan=from_scan, presence=verdict,
                template_ids=[t.id for t in templates])
            for row in rows:
                row.inspection_id = inspection.id
            await InspectionItem.bulk_create(rows)
            saved = await InspectionItem.filter(inspection_id=inspection.id).order_by("position")
            await audit.record(principal.actor, "inspection.started", "inspection", inspection.id,
                               after={"enterprise_id": enterprise.id, "kind": data.kind, "items": len(saved),
                                      "from_current_scan": from_scan, "distance_m": distance,
                                      "presence": verdict})
            answer = inspection_read(inspection, enterprise, saved,
                                     presence.warning(presence_rule, verdict, distance))
            await idempotency.remember(claimed, answer.model_dump(mode="json"))
    except IntegrityError:
        # A concurrent retry with the same key committed first: answer what it answered.
        if (earlier := await idempotency.replay(principal.user_id, key, fingerprint)) is not None:
            return InspectionRead.model_validate(earlier)
        raise
    return answer


# -- filling in --

async def record_result(principal: Principal, inspection_id: int, item_id: int,
                        data: ItemResultWrite) -> InspectionItem:
    """Pass, fail or not applicable per item. An item marked photo-required cannot fail without a photo.
    Four statements besides the audit entry's, no join of the enterprise's columns (tests/inspections/
    test_item_write_queries.py)."""
    draft_id = await _own_draft_id(principal, inspection_id)
    item = await InspectionItem.filter(id=item_id, inspection_id=draft_id).first()
    if item is None:
        raise NotFound("检查项不存在", code="INSPECTION_ITEM_NOT_FOUND")
    if data.result == ItemResult.FAIL and item.photo_required and not data.photo_ids:
        raise InvalidInput("该检查项不合格时须拍照取证", code="PHOTO_REQUIRED",
                           detail=[{"field": "photo_ids", "message": "必填"}])
    _check_deadline(data.deadline)
    await check_photos(principal, data.photo_ids)
    async with in_transaction():
        await _touch_draft(draft_id)
        before = {"result": item.result, "note": item.note, "photo_ids": item.photo_ids, "severity": item.severity}
        item.result, item.note, item.photo_ids = data.result, data.note, data.photo_ids
        item.severity = data.severity or item.severity
        item.deadline_date = data.deadline
        await item.save(update_fields=["result", "note", "photo_ids", "severity", "deadline_date"])
        await audit.record(principal.actor, "inspection.item_recorded", "inspection_item", item.id, before=before,
                           after={"result": item.result, "note": item.note, "photo_ids": item.photo_ids,
                                  "severity": item.severity, "deadline": item.deadline_date})
    return item


# -- adding to a draft --

async def _next_position(inspection_id: int) -> int:
    last = await InspectionItem.filter(inspection_id=inspection_id).order_by("-position").first().values_list(
        "position", flat=True)
    return (last or 0) + 1


async def _checklist(locked: Inspection, enterprise: Enterprise) -> InspectionRead:
    items = await InspectionItem.filter(inspection_id=locked.id).order_by("position")
    return inspection_read(locked, enterprise, items)


async def _library_items(check_item_ids: list[int]) -> list[CheckItem]:
    """The current library items asked for, in the order asked; a repeat or an unknown or retired id is 422."""
    if repeated := sorted({i for i in check_item_ids if check_item_ids.count(i) > 1}):
        raise InvalidInput("检查项不能重复", code="CHECK_ITEM_DUPLICATE",
                           detail=[{"field": "check_item_ids", "check_item_id": i, "message": "重复"} for i in repeated])
    found = {i.id: i for i in await CheckItem.filter(id__in=check_item_ids, retired_at__isnull=True)}
    if missing := [i for i in check_item_ids if i not in found]:
        raise InvalidInput("检查项不存在或已停用", code="CHECK_ITEM_NOT_FOUND",
                           detail=[{"field": "check_item_ids", "check_item_id": i, "message": f"无效的检查项 {i}"}
                                   for i in missing])
    return [found[i] for i in check_item_ids]


async def add_items(principal: Principal, inspection_id: int, data: ItemsAdd) -> InspectionRead:
    """The inspector adds library items to their draft, after its last item; an item already on the checklist is
    409 naming it. The same number of queries for one item or a hundred."""
    inspection = await _own_draft(principal, inspection_id)
    wanted = await _library_items(data.check_item_ids)
    async with in_transaction():
        locked = await _locked_draft(inspection)
        present = set(await InspectionItem.filter(inspection_id=locked.id, check_item_id__in=data.check_item_ids)
                      .values_list("check_item_id", flat=True))
        if present:
            raise Conflict("检查单中已有这些检查项:" + "、".join(i.text for i in wanted if i.id in present),
                           code="CHECK_ITEM_ALREADY_ON_CHECKLIST",
                           detail=[{"field": "check_item_ids", "check_item_id": i.id, "message": f"「{i.text}」已在检查单中"}
                                   for i in wanted if i.id in present])
        rows = _snapshot_items(wanted, [])
        first = await _next_position(locked.id)
        for row in rows:
            row.inspection_id, row.position = locked.id, first + row.position - 1
        await InspectionItem.bulk_create(rows)
        await _touch(locked)
        await audit.record(principal.actor, "inspection.items_added", "inspection", locked.id,
                           after={"check_item_ids": data.check_item_ids,
                                  "positions": [first, first + len(rows) - 1]})
        return await _checklist(locked, inspection.enterprise)


async def add_finding(principal: Principal, inspection_id: int, data: FindingCreate) -> InspectionRead:
    """随手拍: a finding off the list, kept as a failed item without a library item; submitting turns it into a
    hazard like any failed item (its deadline, or the severity's default)."""
    inspection = await _own_draft(principal, inspection_id)
    _check_deadline(data.deadline)
    await check_photos(principal, data.photo_ids)
    async with in_transaction():
        locked = await _locked_draft(inspection)
        item = await InspectionItem.create(
            inspection_id=locked.id, position=await _next_position(locked.id), off_list=True,
            category=FINDING_CATEGORY, text=data.text, severity=data.severity, hazard_type=data.hazard_type,
            deadline_days=FINDING_DEADLINE_DAYS[data.severity], result=ItemResult.FAIL, photo_ids=data.photo_ids,
            deadline_date=data.deadline)
        await _touch(locked)
        await audit.record(principal.actor, "inspection.finding_recorded", "inspection_item", item.id,
                           after={"inspection_id": locked.id, "text": item.text, "severity": item.severity,
                                  "hazard_type": item.hazard_type, "photo_ids": item.photo_ids,
                                  "deadline": item.deadline_date})
        return await _checklist(locked, inspection.enterprise)


# -- cancelling and expiry --

async def cancel_inspection(principal: Principal, inspection_id: int, data: CancelWrite) -> InspectionRead:
    """A draft is given up with a reason by its own inspector or by an admin in scope; a submitted one stays."""
    inspection = await visible_inspection(principal, inspection_id)
    if inspection.inspector_id != principal.user_id and principal.role != Role.ADMIN:
        raise PermissionDenied("只能作废自己发起的检查", code="NOT_YOUR_INSPECTION")
    async with in_transaction():
        locked = await _locked_draft(inspection)
        await _cancel(locked, principal.user_id, data.reason)
        await audit.record(principal.actor, "inspection.cancelled", "inspection", locked.id,
                           before={"status": InspectionStatus.DRAFT},
                           after={"status": locked.status, "reason": locked.cancel_reason})
        return await _checklist(locked, inspection.enterprise)


async def _cancel(locked: Inspection, by_user_id: int | None, reason: str) -> None:
    locked.status, locked.cancelled_at = InspectionStatus.CANCELLED, clock.now()
    locked.cancelled_by_id, locked.cancel_reason = by_user_id, reason
    await locked.save(update_fields=["status", "cancelled_at", "cancelled_by_id", "cancel_reason", "updated_at"])


def _stale(cutoff):
    # Drafts from before touched_at existed count from their start.
    return Q(touched_at__lt=cutoff) | Q(touched_at__isnull=True, started_at__lt=cutoff)


async def expire_stale_drafts(expiry_days: int, batch_size: int = 200) -> int:
    """The worker's sweep: drafts untouched for `expiry_days` are cancelled, each in its own transaction with an
    `inspection.expired` entry by the system; a draft written to meanwhile is left alone. Answers how many."""
    cutoff = clock.now() - timedelta(days=expiry_days)
    reason = f"超过 {expiry_days} 天未填写,系统自动作废"
    expired = 0
    while ids := await Inspection.filter(_stale(cutoff), status=InspectionStatus.DRAFT).order_by("id").limit(
            batch_size).values_list("id", flat=True):
        for inspection_id in ids:
            async with in_transaction():
                locked = await Inspection.filter(_stale(cutoff), id=inspection_id, status=InspectionStatus.DRAFT
                                                 ).select_for_update().first()
                if locked is None:
                    continue
                await _cancel(locked, None, reason)
                await audit.record(SYSTEM, "inspection.expired", "inspection", locked.id,
                                   before={"status": InspectionStatus.DRAFT},
                                   after={"status": locked.status, "reason": reason,
                                          "touched_at": locked.touched_at or locked.started_at})
                expired += 1
    return expired


# -- submitting --

def _deadline_for(item: InspectionItem, today):
    if item.deadline_date is not None:
        return item.deadline_date
    days = item.deadline_days if item.deadline_days is not None else PLAN_DEADLINE_DAYS
    return today + timedelta(days=days)


def _description(item: InspectionItem) -> str:
    """A finding off the list has no library wording apart from the inspector's: its text describes the hazard."""
    return item.note or (item.text if item.off_list else "")


async def submit_inspection(principal: Principal, inspection_id: int, data: SubmitWrite | None = None,
                            idempotency_key: str | None = None) -> SubmitResult:
    """Submit a draft, optionally with every answer in the same request (one-shot, for weak signal). With answers
    an Idempotency-Key is required and a retry answers the first result; a plain submit may send one too."""
    data = data or SubmitWrite()
    one_shot_body = bool(data.answers) or data.rest_passed
    if idempotency_key is None and not one_shot_body:
        return await _submit(principal, inspection_id, data)
    key = idempotency.checked_key(idempotency_key)
    fingerprint = idempotency.request_fingerprint("inspection.submit",
                                                  {"inspection_id": inspection_id, **data.model_dump()})
    if (earlier := await idempotency.replay(principal.user_id, key, fingerprint)) is not None:
        return SubmitResult.model_validate(earlier)
    try:
        return await _submit(principal, inspection_id, data, (key, fingerprint))
    except IntegrityError:
        # A concurrent retry with the same key committed first: answer what it answered.
        if (earlier := await idempotency.replay(principal.user_id, key, fingerprint)) is not None:
            return SubmitResult.model_validate(earlier)
        raise


def _submit_answer(inspection: InspectionRead, hazards: list[Hazard]) -> SubmitResult:
    return SubmitResult(inspection=inspection, hazards=[hazard_read(h) for h in hazards])


async def _apply_answers(principal: Principal, locked: Inspection, items: list[InspectionItem],
                         data: SubmitWrite) -> None:
    """Write a one-shot body's answers onto the checklist: one UPDATE and one audit entry however many."""
    applied = one_shot.apply_answers(items, data.answers, data.rest_passed, clock.now().date())
    if applied.changed:
        await InspectionItem.bulk_update(applied.changed,
                                         fields=["result", "note", "photo_ids", "severity", "deadline_date"])
    await audit.record(principal.actor, "inspection.answers_recorded", "inspection", locked.id,
                       after={"answers": [{"item_id": a.item_id, "result": a.result, "severity": a.severity,
                                           "photo_ids": a.photo_ids, "deadline": a.deadline} for a in data.answers],
                              "rest_passed": applied.rest_passed})


async def _submit(principal: Principal, inspection_id: int, data: SubmitWrite,
                  idempotent: tuple[str, str] | None = None) -> SubmitResult:
    """Submitting is atomic: the answers of a one-shot body, the inspection, a hazard per failed item, their audit
    entries, one `hazard.reported` outbox event per hazard and the inspection's `inspection.submitted` (the
    enterprise's result message) commit together. A second submit is 409."""
    inspection = await _own_draft(principal, inspection_id)
    enterprise = inspection.enterprise
    await check_photos(principal, [p for a in data.answers for p in a.photo_ids], field="answers")
    async with in_transaction():
        claimed = await idempotency.claim(principal.user_id, *idempotent) if idempotent else None
        locked = await _locked_draft(inspection)
        items = await InspectionItem.filter(inspection_id=inspection.id).order_by("position")
        if data.answers or data.rest_passed:
            await _apply_answers(principal, locked, items, data)
        if unanswered := [i.position for i in items if i.result is None]:
            raise InvalidInput(f"还有 {len(unanswered)} 项未填写", code="ITEMS_UNANSWERED",
                               detail=[{"field": "items", "positions": unanswered}])
        now = clock.now()
        hazards = []
        for item in (i for i in items if i.result == ItemResult.FAIL):
            hazard = await Hazard.create(
                enterprise_id=enterprise.id, inspection_id=inspection.id, inspection_item_id=item.id,
                reported_by_id=principal.user_id, kind=locked.kind, title=item.text, description=_description(item),
                category=item.category, severity=item.severity, hazard_type=item.hazard_type, basis=item.basis,
                deadline_date=_deadline_for(item, now.date()), photo_ids=item.photo_ids)
            await audit.record(principal.actor, "hazard.reported", "hazard", hazard.id,
                               after={"inspection_id": inspection.id, "title": hazard.title,
                                      "severity": hazard.severity, "deadline": hazard.deadline_date})
            await outbox.record(HazardReported(hazard.id, hazard.enterprise_id, hazard.title,
                                               deadline=hazard.deadline_date, severity=hazard.severity))
            hazards.append(hazard)
        if hazards:
            # The enterprise must see the evidence of its hazards: one statement for all photos.
            await files_service.share_with_enterprise(sorted({p for h in hazards for p in h.photo_ids}),
                                                      enterprise.id)
            await HazardEvent.bulk_create([
                HazardEvent(hazard_id=h.id, at=now, actor_user_id=principal.user_id, actor_name=principal.name,
                            from_status=None, to_status=HazardStatus.OPEN, note=h.description,
                            photo_ids=h.photo_ids) for h in hazards])
        locked.status, locked.submitted_at = InspectionStatus.SUBMITTED, now
        if locked.campaign_id is not None:
            await CampaignTask.filter(campaign_id=locked.campaign_id, enterprise_id=enterprise.id,
                                      submitted_at__isnull=True).update(inspection_id=locked.id, submitted_at=now)
        await locked.save(update_fields=["status", "submitted_at", "updated_at"])
        if locked.kind != InspectionKind.SELF:
            await enterprises_service.record_street_inspection(enterprise.id, now)
        results = [i.result for i in items]
        await audit.record(principal.actor, "inspection.submitted", "inspection", inspection.id,
                           before={"status": InspectionStatus.DRAFT},
                           after={"status": InspectionStatus.SUBMITTED, "hazard_ids": [h.id for h in hazards],
                                  "failed": len(hazards), "items": len(items)})
        await outbox.record(InspectionSubmitted(
            inspection.id, enterprise.id, kind=locked.kind, hazards=len(hazards), inspector_id=principal.user_id,
            items=len(items), passed=results.count(ItemResult.PASS), failed=results.count(ItemResult.FAIL),
            not_applicable=results.count(ItemResult.NA)))
        answer = _submit_answer(inspection_read(locked, enterprise, items), hazards)
        if claimed is not None:
            await idempotency.remember(claimed, answer.model_dump(mode="json"))
    return answer


# -- reading --

async def get_inspection(principal: Principal, inspection_id: int) -> InspectionRead:
    inspection = await visible_inspection(principal, inspection_id)
    items = await InspectionItem.filter(inspection_id=inspection.id).order_by("position")
    return inspection_read(inspection, inspection.enterprise, items)


def in_scope(query, principal: Principal, forbidden: str):
    """Rows of enterprises the caller sees (core/access.py `scope`): staff their subtree, an enterprise's users
    their own enterprise; anyone else is refused with `forbidden`."""
    rows = access.scope(principal, path_field="enterprise__region__path", enterprise_field="enterprise_id")
    if rows is None:
        raise PermissionDenied(forbidden, code="ROLE_FORBIDDEN")
    return query.filter(**rows)


@dataclass(frozen=True)
class InspectionFilters:
    enterprise_id: int | None = None
    status: InspectionStatus | None = None
    presence: Presence | None = None
    kind: InspectionKind | None = None
    # The enterprise's region or any region above it (within the caller's scope, else 404 REGION_NOT_FOUND).
    region_id: int | None = None
    # Beijing days, both included, of the start (开始时间).
    date_from: date | None = None
    date_to: date | None = None


async def narrowed(query, principal: Principal, region_id: int | None, date_from: date | None, date_to: date | None,
                   at_field: str):
    """A list's region (the enterprise's subtree) and Beijing-day range on `at_field`, both days included. The
    region must lie in the caller's scope (404 otherwise, as a region the caller cannot see); a range that ends
    before it starts is 422."""
    if date_from is not None and date_to is not None and date_from > date_to:
        raise InvalidInput("开始日期不能晚于结束日期", code="DATE_RANGE_INVALID",
                           detail=[{"field": "date_from", "message": "不能晚于结束日期"}])
    if region_id is not None:
        region = await get_region_in_scope(principal, region_id)
        query = query.filter(**access.subtree(region.path, "enterprise__region__path"))
    if date_from is not None:
        query = query.filter(**{f"{at_field}__gte": clock.start_of(date_from)})
    if date_to is not None:
        query = query.filter(**{f"{at_field}__lt": clock.start_of(date_to + timedelta(days=1))})
    return query


async def inspections_query(principal: Principal, filters: InspectionFilters):
    """The inspections a list or an export shows: staff their subtree, an enterprise's users their own."""
    query = in_scope(Inspection.all(), principal, "当前角色无权查看检查记录")
    for field in ("enterprise_id", "status", "presence", "kind"):
        if (value := getattr(filters, field)) is not None:
            query = query.filter(**{field: value})
    return await narrowed(query, principal, filters.region_id, filters.date_from, filters.date_to, "started_at")


async def list_inspections(principal: Principal, filters: InspectionFilters, page: int,
                           size: int) -> tuple[list[Inspection], int]:
    """Staff list the inspections of their subtree; an enterprise's users those of their enterprise."""
    query = await inspections_query(principal, filters)
    total = await query.count()
    return await (query.order_by("-started_at", "-id").offset((page - 1) * size).limit(size)
                  .select_related("enterprise", "inspector")), total
