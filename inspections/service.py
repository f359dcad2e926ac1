"""Inspections: start an electronic checklist from a scan, record findings, submit it into hazards."""

from dataclasses import dataclass
from datetime import timedelta

from tortoise.exceptions import IntegrityError
from tortoise.transactions import in_transaction

from core import access, audit, clock, outbox
from core.errors import Conflict, InvalidInput, NotFound, PermissionDenied
from enterprises import service as enterprises_service
from enterprises.models import Enterprise, EnterpriseStatus, HazardPoint
from core.identity import Principal, Role
from files import service as files_service
from inspections import campaigns, idempotency, library
from inspections.events import HazardReported, InspectionSubmitted
from inspections.models import (CampaignTask, Hazard, HazardEvent, Inspection, InspectionItem, InspectionKind,
                                InspectionStatus, ItemResult)
from inspections.rectification import HazardStatus
from inspections.schemas import (EnterpriseBrief, InspectionItemRead, InspectionRead, InspectionStart,
                                 ItemResultWrite)

HAZARD_POINT_CATEGORY = "风险点位"
HAZARD_POINT_DEADLINE_DAYS = 7
# 重大 items without a day count ("方案"): the plan sets the real date; this is the first follow-up date.
PLAN_DEADLINE_DAYS = 30
_INSPECTING_ROLES = frozenset({Role.INSPECTOR, Role.ADMIN})


def inspection_read(inspection: Inspection, enterprise: Enterprise, items: list[InspectionItem]) -> InspectionRead:
    return InspectionRead(
        id=inspection.id, enterprise=EnterpriseBrief(id=enterprise.id, name=enterprise.name),
        inspector_id=inspection.inspector_id, kind=inspection.kind, campaign_id=inspection.campaign_id,
        status=inspection.status, started_at=inspection.started_at, submitted_at=inspection.submitted_at,
        lat=inspection.lat, lng=inspection.lng, distance_m=inspection.distance_m,
        from_current_scan=inspection.from_current_scan,
        items=[InspectionItemRead.model_validate(i) for i in items])


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
    if inspection.status != InspectionStatus.DRAFT:
        raise Conflict("该检查已提交,不能再修改", code="INSPECTION_ALREADY_SUBMITTED")


async def check_photos(principal: Principal, photo_ids: list[int]) -> None:
    """Every referenced photo must exist and be readable by the caller (files.service decides)."""
    for photo_id in dict.fromkeys(photo_ids):
        try:
            await files_service.get_readable_upload(principal, photo_id)
        except NotFound as exc:
            raise InvalidInput("照片不存在", code="PHOTO_NOT_FOUND",
                               detail=[{"field": "photo_ids", "message": f"无效的照片 {photo_id}"}]) from exc


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


async def start_inspection(principal: Principal, data: InspectionStart,
                           idempotency_key: str | None) -> InspectionRead:
    """Open an electronic checklist: a snapshot of the fitting templates' items plus one item per hazard point,
    so later library edits never change it. A retry with the same Idempotency-Key answers the first result."""
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
    try:
        async with in_transaction():
            claimed = await idempotency.claim(principal.user_id, key, fingerprint)
            inspection = await Inspection.create(
                enterprise=enterprise, inspector_id=principal.user_id, kind=data.kind, started_at=clock.now(),
                campaign_id=data.campaign_id if data.kind == InspectionKind.CAMPAIGN else None,
                lat=data.lat, lng=data.lng, distance_m=distance, from_current_scan=from_scan,
                template_ids=[t.id for t in templates])
            for row in rows:
                row.inspection_id = inspection.id
            await InspectionItem.bulk_create(rows)
            saved = await InspectionItem.filter(inspection_id=inspection.id).order_by("position")
            await audit.record(principal.actor, "inspection.started", "inspection", inspection.id,
                               after={"enterprise_id": enterprise.id, "kind": data.kind, "items": len(saved),
                                      "from_current_scan": from_scan, "distance_m": distance})
            answer = inspection_read(inspection, enterprise, saved)
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
    """Pass, fail or not applicable per item. An item marked photo-required cannot fail without a photo."""
    inspection = await _own_draft(principal, inspection_id)
    item = await InspectionItem.filter(id=item_id, inspection_id=inspection.id).first()
    if item is None:
        raise NotFound("检查项不存在", code="INSPECTION_ITEM_NOT_FOUND")
    if data.result == ItemResult.FAIL and item.photo_required and not data.photo_ids:
        raise InvalidInput("该检查项不合格时须拍照取证", code="PHOTO_REQUIRED",
                           detail=[{"field": "photo_ids", "message": "必填"}])
    if data.deadline is not None and data.deadline < clock.now().date():
        raise InvalidInput("整改期限不能早于今天", code="DEADLINE_IN_PAST", detail=[{"field": "deadline"}])
    await check_photos(principal, data.photo_ids)
    async with in_transaction():
        locked = await Inspection.filter(id=inspection.id).select_for_update().get()
        _still_draft(locked)
        before = {"result": item.result, "note": item.note, "photo_ids": item.photo_ids, "severity": item.severity}
        item.result, item.note, item.photo_ids = data.result, data.note, data.photo_ids
        item.severity = data.severity or item.severity
        item.deadline_date = data.deadline
        await item.save(update_fields=["result", "note", "photo_ids", "severity", "deadline_date"])
        await audit.record(principal.actor, "inspection.item_recorded", "inspection_item", item.id, before=before,
                           after={"result": item.result, "note": item.note, "photo_ids": item.photo_ids,
                                  "severity": item.severity, "deadline": item.deadline_date})
    return item


# -- submitting --

def _deadline_for(item: InspectionItem, today):
    if item.deadline_date is not None:
        return item.deadline_date
    days = item.deadline_days if item.deadline_days is not None else PLAN_DEADLINE_DAYS
    return today + timedelta(days=days)


@dataclass(frozen=True)
class Submitted:
    inspection: InspectionRead
    hazards: list[Hazard]


async def submit_inspection(principal: Principal, inspection_id: int) -> Submitted:
    """Submitting is atomic: the inspection, a hazard per failed item, their audit entries and one
    `hazard.reported` outbox event per hazard commit together. A second submit is 409."""
    inspection = await _own_draft(principal, inspection_id)
    enterprise = inspection.enterprise
    async with in_transaction():
        locked = await Inspection.filter(id=inspection.id).select_for_update().get()
        _still_draft(locked)
        items = await InspectionItem.filter(inspection_id=inspection.id).order_by("position")
        if unanswered := [i.position for i in items if i.result is None]:
            raise InvalidInput(f"还有 {len(unanswered)} 项未填写", code="ITEMS_UNANSWERED",
                               detail=[{"field": "items", "positions": unanswered}])
        now = clock.now()
        hazards = []
        for item in (i for i in items if i.result == ItemResult.FAIL):
            hazard = await Hazard.create(
                enterprise_id=enterprise.id, inspection_id=inspection.id, inspection_item_id=item.id,
                reported_by_id=principal.user_id, kind=locked.kind, title=item.text, description=item.note,
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
        await audit.record(principal.actor, "inspection.submitted", "inspection", inspection.id,
                           before={"status": InspectionStatus.DRAFT},
                           after={"status": InspectionStatus.SUBMITTED, "hazard_ids": [h.id for h in hazards],
                                  "failed": len(hazards), "items": len(items)})
        await outbox.record(InspectionSubmitted(inspection.id, enterprise.id, kind=locked.kind, hazards=len(hazards)))
    return Submitted(inspection_read(locked, enterprise, items), hazards)


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


def inspections_query(principal: Principal, filters: InspectionFilters):
    """The inspections a list or an export shows: staff their subtree, an enterprise's users their own."""
    query = in_scope(Inspection.all(), principal, "当前角色无权查看检查记录")
    for field in ("enterprise_id", "status"):
        if (value := getattr(filters, field)) is not None:
            query = query.filter(**{field: value})
    return query


async def list_inspections(principal: Principal, filters: InspectionFilters, page: int,
                           size: int) -> tuple[list[Inspection], int]:
    """Staff list the inspections of their subtree; an enterprise's users those of their enterprise."""
    query = inspections_query(principal, filters)
    total = await query.count()
    return await query.order_by("-started_at", "-id").offset((page - 1) * size).limit(size), total
