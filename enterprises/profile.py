"""Profile sub-resources of an enterprise: safety personnel, safety documents, hazard points.

They share one set of use cases; each kind names its model, audit name and nullable fields."""

from dataclasses import dataclass
from datetime import date

from pydantic import BaseModel
from tortoise.models import Model
from tortoise.transactions import in_transaction

from core import access, audit, clock, outbox
from core.errors import Conflict, InvalidInput, NotFound, PermissionDenied
from enterprises import service as enterprises_service
from enterprises.events import ProfileChanged
from enterprises.models import DocumentReview, HazardPoint, SafetyDocument, SafetyPerson
from core.identity import Principal
from files import service as files_service


@dataclass(frozen=True)
class ProfileKind:
    model: type[Model]
    object_type: str
    nullable: frozenset[str]
    # Changing these makes a verified record unverified again (the street checked the old file and dates).
    reviewed: frozenset[str] = frozenset()


# Records of one kind per enterprise: a large plant's special-operations staff run to a few hundred; more is a
# script gone wrong, and the list (answered whole, as the mini program expects) stays bounded.
MAX_ITEMS_PER_KIND = 500

KINDS = {
    "personnel": ProfileKind(SafetyPerson, "safety_person", frozenset({"certificate_expires_date"})),
    "documents": ProfileKind(SafetyDocument, "safety_document", frozenset({"issued_date", "valid_until_date"}),
                             frozenset({"doc_type", "upload_ids", "issued_date", "valid_until_date"})),
    "hazard-points": ProfileKind(HazardPoint, "hazard_point", frozenset()),
}


def _snapshot(item: Model) -> dict:
    return {name: getattr(item, name) for name in item._meta.db_fields if name not in ("created_at", "updated_at")}


def _check_dates(values: dict) -> None:
    issued, valid_until = values.get("issued_date"), values.get("valid_until_date")
    if isinstance(issued, date) and isinstance(valid_until, date) and valid_until < issued:
        raise InvalidInput("有效期不能早于发布日期", code="DATE_RANGE_INVALID",
                           detail=[{"field": "valid_until_date", "message": "早于发布日期"}])


async def _check_uploads(principal: Principal, values: dict) -> None:
    """Attached files must be uploads the caller may read (not somebody else's file ids)."""
    for upload_id in values.get("upload_ids") or []:
        await files_service.get_readable_upload(principal, upload_id)


async def list_items(principal: Principal, enterprise_id: int, kind: ProfileKind) -> list[Model]:
    await enterprises_service.get_visible(principal, enterprise_id)
    return await kind.model.filter(enterprise_id=enterprise_id).order_by("id")


async def add_item(principal: Principal, enterprise_id: int, kind: ProfileKind,
                   data: BaseModel) -> Model:
    """The enterprise's own users and admins in scope keep the profile."""
    await enterprises_service.get_editable(principal, enterprise_id)
    if await kind.model.filter(enterprise_id=enterprise_id).count() >= MAX_ITEMS_PER_KIND:
        raise Conflict(f"每家企业最多登记 {MAX_ITEMS_PER_KIND} 条,请先删除不再需要的记录", code="PROFILE_ITEMS_FULL",
                       detail={"max_items": MAX_ITEMS_PER_KIND})
    values = data.model_dump()
    _check_dates(values)
    await _check_uploads(principal, values)
    async with in_transaction():
        item = await kind.model.create(enterprise_id=enterprise_id, **values)
        await audit.record(principal.actor, f"{kind.object_type}.created", kind.object_type, item.id,
                           after=_snapshot(item))
        await outbox.record(ProfileChanged(enterprise_id, kind.object_type, item.id))
    return item


async def _get_item(enterprise_id: int, kind: ProfileKind, item_id: int) -> Model:
    item = await kind.model.filter(id=item_id, enterprise_id=enterprise_id).first()
    if item is None:
        raise NotFound("记录不存在", code="PROFILE_ITEM_NOT_FOUND")
    return item


async def update_item(principal: Principal, enterprise_id: int, kind: ProfileKind, item_id: int,
                      data: BaseModel) -> Model:
    await enterprises_service.get_editable(principal, enterprise_id)
    item = await _get_item(enterprise_id, kind, item_id)
    changes = data.model_dump(exclude_unset=True)
    enterprises_service.reject_nulls(changes, kind.nullable)
    before = _snapshot(item)
    _check_dates({**before, **changes})
    await _check_uploads(principal, changes)
    if kind.reviewed & {field for field, value in changes.items() if before.get(field) != value}:
        changes |= {"review": DocumentReview.UNVERIFIED, "reviewed_by_id": None, "reviewed_at": None,
                    "review_note": ""}
    async with in_transaction():
        for field, value in changes.items():
            setattr(item, field, value)
        await item.save()
        await audit.record(principal.actor, f"{kind.object_type}.updated", kind.object_type, item.id, before=before,
                           after=_snapshot(item))
        await outbox.record(ProfileChanged(enterprise_id, kind.object_type, item.id))
    return item


async def delete_item(principal: Principal, enterprise_id: int, kind: ProfileKind,
                      item_id: int) -> None:
    await enterprises_service.get_editable(principal, enterprise_id)
    item = await _get_item(enterprise_id, kind, item_id)
    async with in_transaction():
        before = _snapshot(item)
        await item.delete()
        await audit.record(principal.actor, f"{kind.object_type}.deleted", kind.object_type, item_id, before=before)
        await outbox.record(ProfileChanged(enterprise_id, kind.object_type, item_id))


async def verify_document(principal: Principal, enterprise_id: int, document_id: int, approved: bool,
                          note: str) -> SafetyDocument:
    """Inspectors and admins in scope check a document against its file: verified, or rejected with a reason. A
    document without a file cannot be verified (422); a rejected one stops counting until the enterprise edits it."""
    enterprise = await enterprises_service.get_visible(principal, enterprise_id)
    if not access.may_review_enterprise(principal, enterprise.region.path):
        raise PermissionDenied("只有辖区检查员或管理员可以核验企业文件", code="ROLE_FORBIDDEN")
    document = await _get_item(enterprise_id, KINDS["documents"], document_id)
    note = note.strip()
    if not document.upload_ids:
        raise InvalidInput("该文件没有附件,无法核验", code="DOCUMENT_FILE_MISSING",
                           detail=[{"field": "upload_ids", "message": "请企业先上传文件"}])
    if not approved and not note:
        raise InvalidInput("核验不通过须说明原因", code="REVIEW_NOTE_REQUIRED",
                           detail=[{"field": "note", "message": "必填"}])
    before = _snapshot(document)
    document.review = DocumentReview.VERIFIED if approved else DocumentReview.REJECTED
    document.reviewed_by_id, document.reviewed_at, document.review_note = principal.user_id, clock.now(), note
    async with in_transaction():
        await document.save(update_fields=["review", "reviewed_by_id", "reviewed_at", "review_note", "updated_at"])
        await audit.record(principal.actor, "safety_document.reviewed", "safety_document", document.id,
                           before=before, after=_snapshot(document))
        await outbox.record(ProfileChanged(enterprise_id, "safety_document", document.id))
    return document
