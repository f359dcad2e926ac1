"""The check-item library and checklist templates; the preset library of domain.md section 4 ships as data."""

import json
from pathlib import Path

from tortoise.exceptions import IntegrityError
from tortoise.expressions import Q
from tortoise.transactions import in_transaction

from core import access, audit, clock
from core.audit import SYSTEM, Actor
from core.errors import Conflict, InvalidInput, NotFound, PermissionDenied
from core.identity import Principal, Role
from enterprises import dictionary
from inspections import checklist
from inspections.models import CheckItem, Template
from inspections.schemas import CheckItemCreate, CheckItemUpdate, TemplateCreate, TemplateUpdate

PRESETS_PATH = Path(__file__).parent / "data" / "presets.json"
_ITEM_FIELDS = ("code", "category", "text", "basis", "severity", "major_condition", "deadline_days", "hazard_type",
                "industries", "categories", "features", "photo_required")
# Whom a preset is for follows the shipped data (admins add their own items and templates, they do not edit these).
_AUDIENCE_FIELDS = ("industries", "categories", "features")


def _require_configurer(principal: Principal) -> None:
    if principal.role != Role.ADMIN:
        raise PermissionDenied("只有管理员可以维护检查库", code="ROLE_FORBIDDEN")
    access.require_street_configurer(principal)


def _audience_in_dictionary(values: dict) -> dict:
    """Industries and categories an admin names for an item or template (those of the values that carry them), as
    the dictionary's names (422 if unknown)."""
    named = {"industries": dictionary.Kind.INDUSTRY, "categories": dictionary.Kind.CATEGORY}
    return {**values, **{field: dictionary.canonical_list(kind, values[field], field)
                         for field, kind in named.items() if field in values}}


def _changes(data, nullable: frozenset[str], code: str) -> dict:
    """The fields an update sent: none is 422 `code`; null only where the field may be empty (FIELD_REQUIRED)."""
    changes = data.model_dump(exclude_unset=True)
    if not changes:
        raise InvalidInput("没有要修改的内容", code=code)
    if bad := [field for field, value in changes.items() if value is None and field not in nullable]:
        raise InvalidInput("这些字段不能为空", code="FIELD_REQUIRED",
                           detail=[{"field": field, "message": "不能为空"} for field in bad])
    return _audience_in_dictionary(changes)


def _differing(row, changes: dict) -> dict:
    """What an update really changes on the row (sending a field's current value again changes nothing)."""
    return {field: value for field, value in changes.items() if getattr(row, field) != value}


async def _sync_audiences(model, shipped: dict[str, dict], key_field: str) -> int:
    """Presets already loaded take the shipped industries, categories and features; the count of rows changed."""
    changed = 0
    for row in await model.filter(**{f"{key_field}__in": list(shipped)}):
        wanted = {f: shipped[getattr(row, key_field)].get(f, []) for f in _AUDIENCE_FIELDS}
        if any(getattr(row, f) != wanted[f] for f in _AUDIENCE_FIELDS):
            row.update_from_dict(wanted)
            await row.save(update_fields=[*_AUDIENCE_FIELDS, "updated_at"])
            changed += 1
    return changed


async def _refresh_bases(shipped: dict[str, dict]) -> int:
    """Presets already loaded take the shipped legal basis while theirs is still one we shipped (empty, or listed in
    the item's `basis_superseded`); a basis someone wrote in the database is theirs and stays (decision 065).
    Checklists and hazards keep the basis they were made with. The count of rows changed."""
    changed = 0
    for row in await CheckItem.filter(code__in=list(shipped), preset=True):
        item = shipped[row.code]
        if row.basis != item["basis"] and row.basis in ("", *item.get("basis_superseded", [])):
            row.basis = item["basis"]
            await row.save(update_fields=["basis", "updated_at"])
            changed += 1
    return changed


async def load_presets(actor: Actor = SYSTEM) -> dict[str, int]:
    """Insert the preset items and templates that are missing (by code and key); admins' edits are kept, and a
    preset's basis is brought up to the shipped one unless someone changed it (decision 065).
    Safe to run on every `jinyan migrate`."""
    data = json.loads(PRESETS_PATH.read_text(encoding="utf-8"))
    async with in_transaction():
        known = set(await CheckItem.filter(code__in=[i["code"] for i in data["items"]]).values_list("code", flat=True))
        new_items = [CheckItem(**{f: item[f] for f in _ITEM_FIELDS}, preset=True)
                     for item in data["items"] if item["code"] not in known]
        if new_items:
            await CheckItem.bulk_create(new_items)
        ids = dict(await CheckItem.filter(code__in=[i["code"] for i in data["items"]]).values_list("code", "id"))
        known_keys = set(await Template.filter(key__isnull=False).values_list("key", flat=True))
        new_templates = [Template(key=t["key"], name=t["name"], industries=t["industries"],
                                  categories=t["categories"], features=t["features"],
                                  item_ids=[ids[c] for c in t["items"]])
                         for t in data["templates"] if t["key"] not in known_keys]
        if new_templates:
            await Template.bulk_create(new_templates)
        synced = (await _sync_audiences(CheckItem, {i["code"]: i for i in data["items"] if i["code"] in known}, "code")
                  + await _sync_audiences(Template, {t["key"]: t for t in data["templates"] if t["key"] in known_keys},
                                          "key"))
        rebased = await _refresh_bases({i["code"]: i for i in data["items"] if i["code"] in known})
        if new_items or new_templates or synced or rebased:
            await audit.record(actor, "check_library.presets_loaded", "check_item", None,
                               after={"items": len(new_items), "templates": len(new_templates), "retargeted": synced,
                                      "rebased": rebased})
    return {"items": len(new_items), "templates": len(new_templates), "retargeted": synced, "rebased": rebased}


async def list_check_items(category: str | None = None, industry: str | None = None,
                           include_retired: bool = False, q: str | None = None) -> list[CheckItem]:
    """The library, filtered by category, by the industry an item applies to and by words in its text, basis or
    code (the inspector's picker)."""
    query = CheckItem.all()
    if category:
        query = query.filter(category=category)
    if q and q.strip():
        words = q.strip()
        query = query.filter(Q(text__icontains=words) | Q(basis__icontains=words) | Q(code__icontains=words))
    if not include_retired:
        query = query.filter(retired_at__isnull=True)
    items = await query.order_by("id")
    return [i for i in items
            if industry is None or checklist.named(i.industries, dictionary.Kind.INDUSTRY, industry)]


async def add_check_item(principal: Principal, data: CheckItemCreate) -> CheckItem:
    """Admins extend the library with local items (a code is unique for ever, retired or not)."""
    _require_configurer(principal)
    values = _audience_in_dictionary(data.model_dump())
    try:
        async with in_transaction():
            item = await CheckItem.create(**values)
            await audit.record(principal.actor, "check_item.created", "check_item", item.id, after=values)
    except IntegrityError as exc:
        raise Conflict("该检查项编号已存在", code="CHECK_ITEM_CODE_TAKEN") from exc
    return item


async def retire_check_item(principal: Principal, item_id: int) -> CheckItem:
    """A retired item is no longer put into new checklists; past checklists keep their snapshot."""
    _require_configurer(principal)
    async with in_transaction():
        item = await CheckItem.filter(id=item_id).select_for_update().first()
        if item is None:
            raise NotFound("检查项不存在", code="CHECK_ITEM_NOT_FOUND")
        if item.retired_at is not None:
            raise Conflict("该检查项已停用", code="CHECK_ITEM_RETIRED")
        item.retired_at = clock.now()
        await item.save(update_fields=["retired_at", "updated_at"])
        await audit.record(principal.actor, "check_item.retired", "check_item", item.id,
                           after={"retired_at": item.retired_at})
    return item


# deadline_days null: the major hazard's treatment plan sets the deadline.
_NULLABLE_ITEM_FIELDS = frozenset({"deadline_days"})


async def update_check_item(principal: Principal, item_id: int, data: CheckItemUpdate) -> CheckItem:
    """Admins at the top of the tree correct an item: wording, basis, severity, deadline, photo rule, whom it is for.
    Only checklists opened afterwards take the new version; every checklist already opened, drafts included, keeps
    its snapshot (docs/decisions/070). A preset's audience follows the shipped library (load_presets puts it back),
    so changing it is refused. Sending the current values again changes nothing and writes no audit entry."""
    _require_configurer(principal)
    changes = _changes(data, _NULLABLE_ITEM_FIELDS, "CHECK_ITEM_NOTHING_CHANGED")
    async with in_transaction():
        item = await CheckItem.filter(id=item_id).select_for_update().first()
        if item is None:
            raise NotFound("检查项不存在", code="CHECK_ITEM_NOT_FOUND")
        if item.retired_at is not None:
            raise Conflict("该检查项已停用,不能修改", code="CHECK_ITEM_RETIRED")
        changed = _differing(item, changes)
        if item.preset and (audience := [f for f in _AUDIENCE_FIELDS if f in changed]):
            raise Conflict("预置检查项的适用范围随系统预置库更新,不能修改;需要不同的适用范围请新增本街道的检查项",
                           code="CHECK_ITEM_PRESET_AUDIENCE", detail=[{"field": f} for f in audience])
        if changed:
            before = {field: getattr(item, field) for field in changed}
            item.update_from_dict(changed)
            await item.save(update_fields=[*changed, "updated_at"])
            await audit.record(principal.actor, "check_item.updated", "check_item", item.id, before=before,
                               after=changed)
    return item


async def list_templates() -> list[Template]:
    return await Template.filter(is_active=True).order_by("id")


async def create_template(principal: Principal, data: TemplateCreate) -> Template:
    """A template is an ordered set of current (not retired) items, each at most once."""
    _require_configurer(principal)
    await _check_template_items(data.item_ids)
    values = _audience_in_dictionary(data.model_dump())
    async with in_transaction():
        template = await Template.create(**values, created_by_id=principal.user_id)
        await audit.record(principal.actor, "template.created", "checklist_template", template.id, after=values)
    return template


async def _check_template_items(item_ids: list[int]) -> None:
    """A template's items are current (not retired) library items, each at most once."""
    if len(set(item_ids)) != len(item_ids):
        raise InvalidInput("检查项不能重复", code="TEMPLATE_ITEM_DUPLICATE", detail=[{"field": "item_ids"}])
    found = set(await CheckItem.filter(id__in=item_ids, retired_at__isnull=True).values_list("id", flat=True))
    if missing := [i for i in item_ids if i not in found]:
        raise InvalidInput("检查项不存在或已停用", code="CHECK_ITEM_NOT_FOUND",
                           detail=[{"field": "item_ids", "message": f"无效的检查项 {i}"} for i in missing])


async def update_template(principal: Principal, template_id: int, data: TemplateUpdate) -> Template:
    """Admins at the top of the tree rename a template, reorder or replace its items (the whole ordered list,
    current items only) and change whom it is for. Checklists already opened keep their items; a campaign's task
    started later takes the template as it is then. A preset template's audience follows the shipped library."""
    _require_configurer(principal)
    changes = _changes(data, frozenset(), "TEMPLATE_NOTHING_CHANGED")
    if "item_ids" in changes:
        await _check_template_items(changes["item_ids"])
    async with in_transaction():
        template = await Template.filter(id=template_id, is_active=True).select_for_update().first()
        if template is None:
            raise NotFound("检查表模板不存在", code="TEMPLATE_NOT_FOUND")
        changed = _differing(template, changes)
        if template.key is not None and (audience := [f for f in _AUDIENCE_FIELDS if f in changed]):
            raise Conflict("预置模板的适用范围随系统预置库更新,不能修改;需要不同的适用范围请新建模板",
                           code="TEMPLATE_PRESET_AUDIENCE", detail=[{"field": f} for f in audience])
        if changed:
            before = {field: getattr(template, field) for field in changed}
            template.update_from_dict(changed)
            await template.save(update_fields=[*changed, "updated_at"])
            await audit.record(principal.actor, "template.updated", "checklist_template", template.id,
                               before=before, after=changed)
    return template


async def checklist_sources(enterprise, template_id: int | None = None) -> tuple[list[Template], list[CheckItem]]:
    """The templates and current items that fit an enterprise's industry, category and profile (the rule is
    inspections/checklist.py), or the items of the one template asked for. Two queries whatever the numbers."""
    if template_id is not None:
        templates = await Template.filter(id=template_id, is_active=True)
        if not templates:
            raise NotFound("检查表模板不存在", code="TEMPLATE_NOT_FOUND")
        wanted = list(dict.fromkeys(templates[0].item_ids))
        by_id = {i.id: i for i in await CheckItem.filter(id__in=wanted, retired_at__isnull=True)} if wanted else {}
        return templates, [by_id[i] for i in wanted if i in by_id]
    templates = await Template.filter(is_active=True).order_by("id")
    wanted = {i for t in templates for i in t.item_ids}
    by_id = {i.id: i for i in await CheckItem.filter(id__in=wanted, retired_at__isnull=True)} if wanted else {}
    chosen_templates, item_ids = checklist.choose(checklist.Profile.of(enterprise), templates, by_id)
    return chosen_templates, [by_id[i] for i in item_ids]
