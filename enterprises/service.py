"""The enterprise registry: registration, approval, profile edits, lists, nearby, and the identity QR."""

import asyncio
import logging
import math
from dataclasses import dataclass

from tortoise.exceptions import IntegrityError
from tortoise.expressions import Q, Subquery
from tortoise.functions import Count
from tortoise.transactions import in_transaction

from blobs.factory import storage_for
from blobs.keys import content_key
from core import access, audit, clock, outbox
from core.errors import (Conflict, Gone, InvalidInput, NotFound, PermissionDenied, RateLimited,
                         ServiceUnavailable)
from core.settings import Settings
from enterprises import credit_code, dictionary, qr, regions
from enterprises.events import EnterpriseActivated, ProfileChanged
from enterprises.models import Enterprise, EnterpriseStatus, Region, RegionLevel, RevokedQrToken, User
from core.identity import Principal, RiskColor, Role
from enterprises.regions import get_region_in_scope
from enterprises.schemas import EnterpriseCreate, EnterpriseUpdate
from wechat import errors as wx
from wechat.client import WeChatClient

log = logging.getLogger("jinyan.enterprises")

MAX_PENDING_REGISTRATIONS = 3
EARTH_RADIUS_M = 6_371_000
_NULLABLE_ON_UPDATE = {"employee_count"}
_PROFILE_FIELDS_FOR_OWNERS = {"address", "lat", "lng", "employee_count", "contact_name", "contact_phone",
                              "main_products", "processes", "hazardous_materials", "special_equipment",
                              "confined_space", "dust_explosion", "hot_work", "gas_use"}


def snapshot(enterprise: Enterprise) -> dict:
    return {field: getattr(enterprise, field) for field in (
        "name", "credit_code", "address", "lat", "lng", "region_id", "industry", "category", "employee_count",
        "contact_name", "contact_phone", "main_products", "processes", "hazardous_materials", "special_equipment",
        "confined_space", "dust_explosion", "hot_work", "gas_use", "status", "version")}


def _valid_credit_code(raw: str) -> str:
    code = credit_code.normalise(raw)
    if problem := credit_code.problem(code):
        raise InvalidInput(problem, code="CREDIT_CODE_INVALID", detail=[{"field": "credit_code", "message": problem}])
    return code


def _with_dictionary_names(values: dict) -> dict:
    """Industry and category as the dictionary's names, whichever code, name or synonym was sent (422 if none)."""
    resolved = dict(values)
    for kind in dictionary.Kind:
        if resolved.get(kind.value) is not None:
            resolved[kind.value] = dictionary.canonical(kind, resolved[kind.value])
    return resolved


async def _grid(region_id: int, principal: Principal | None) -> Region:
    region = (await get_region_in_scope(principal, region_id) if principal and principal.is_staff
              else await Region.filter(id=region_id).first())
    if region is None:
        raise NotFound("区域不存在", code="REGION_NOT_FOUND")
    if region.level != RegionLevel.GRID:
        raise InvalidInput("企业必须登记到网格", code="REGION_NOT_GRID", detail=[{"field": "region_id"}])
    return region


# -- reading with scope --

async def get_visible(principal: Principal, enterprise_id: int) -> Enterprise:
    enterprise = await Enterprise.filter(id=enterprise_id).select_related("region").first()
    if enterprise is None or not access.may_see_enterprise(principal, enterprise.id, enterprise.region.path,
                                                           enterprise.status, enterprise.registered_by_id):
        raise NotFound("企业不存在", code="ENTERPRISE_NOT_FOUND")
    return enterprise


async def check_named_enterprises(principal: Principal, enterprise_ids: list[int], code_prefix: str) -> None:
    """Every enterprise a notice or campaign names is active and in the publisher's scope: 422 naming the others,
    one answer for unknown, outside and not yet approved (it tells nothing about enterprises out of scope); the
    codes are `{code_prefix}_TARGET_DUPLICATE` and `{code_prefix}_TARGET_ENTERPRISE_INVALID`."""
    if len(set(enterprise_ids)) != len(enterprise_ids):
        raise InvalidInput("指定企业不能重复", code=f"{code_prefix}_TARGET_DUPLICATE",
                           detail=[{"field": "target.enterprise_ids"}])
    found = set(await Enterprise.filter(id__in=enterprise_ids, status=EnterpriseStatus.ACTIVE,
                                        **access.scope(principal)).values_list("id", flat=True))
    if missing := [i for i in enterprise_ids if i not in found]:
        raise InvalidInput("指定的企业不存在、不在辖区内或尚未通过审核",
                           code=f"{code_prefix}_TARGET_ENTERPRISE_INVALID",
                           detail=[{"field": "target.enterprise_ids", "enterprise_id": i,
                                    "message": f"无效的企业 {i}"} for i in missing])


async def get_editable(principal: Principal, enterprise_id: int) -> Enterprise:
    enterprise = await get_visible(principal, enterprise_id)
    if not access.may_edit_enterprise(principal, enterprise.id, enterprise.region.path):
        raise PermissionDenied("无权修改该企业信息", code="ENTERPRISE_EDIT_FORBIDDEN")
    return enterprise


# -- registration and review --

async def register_enterprise(principal: Principal, data: EnterpriseCreate) -> Enterprise:
    """An admin registers an enterprise in their grids (active at once); a WeChat user registers their own
    (pending until an admin approves). Only an active enterprise holds its credit code: a pending registration
    reserves nothing, so a claim on someone else's code blocks neither them nor an admin."""
    if principal.role in (Role.INSPECTOR, Role.COMMAND):
        raise PermissionDenied("只有管理员或企业自己可以登记企业", code="ROLE_FORBIDDEN")
    code = _valid_credit_code(data.credit_code)
    fields = _with_dictionary_names(data.model_dump(exclude={"credit_code", "region_id"}))
    region = await _grid(data.region_id, principal)
    by_admin = principal.role == Role.ADMIN
    if not by_admin:
        pending = await Enterprise.filter(registered_by_id=principal.user_id, status=EnterpriseStatus.PENDING).count()
        if pending >= MAX_PENDING_REGISTRATIONS:
            raise Conflict("待审核的登记过多,请等待街道审核", code="TOO_MANY_PENDING_REGISTRATIONS")
    if await Enterprise.filter(held_credit_code=code).exists():
        raise Conflict("该统一社会信用代码已登记", code="CREDIT_CODE_TAKEN")
    try:
        async with in_transaction():
            enterprise = await Enterprise.create(
                **fields, credit_code=code, region=region, registered_by_id=principal.user_id,
                status=EnterpriseStatus.ACTIVE if by_admin else EnterpriseStatus.PENDING,
                qr_token=qr.new_qr_token(), qr_issued_at=clock.now())
            await audit.record(principal.actor, "enterprise.registered", "enterprise", enterprise.id,
                               after=snapshot(enterprise))
            if by_admin:
                await outbox.record(EnterpriseActivated(enterprise.id, "registered"))
    except IntegrityError as exc:
        raise Conflict("该统一社会信用代码已登记", code="CREDIT_CODE_TAKEN") from exc
    enterprise.region = region
    return enterprise


async def _pending_in_scope(principal: Principal, enterprise_id: int) -> Enterprise:
    enterprise = await get_visible(principal, enterprise_id)
    if enterprise.status != EnterpriseStatus.PENDING:
        raise Conflict("该企业不在待审核状态", code="ENTERPRISE_NOT_PENDING")
    return enterprise


async def credit_code_conflicts(enterprises: list[Enterprise]) -> dict[int, list[dict]]:
    """For each pending registration: the other enterprises naming its credit code (the active one holding it
    first), so the reviewing admin sees the clash before approving."""
    pending = {e.id: e.credit_code for e in enterprises if e.status == EnterpriseStatus.PENDING}
    if not pending:
        return {}
    rows = await Enterprise.filter(credit_code__in=set(pending.values())).order_by("id").values(
        "id", "name", "status", "credit_code")
    rows.sort(key=lambda r: r["status"] != EnterpriseStatus.ACTIVE)
    return {eid: [{"id": r["id"], "name": r["name"], "status": r["status"]} for r in rows
                  if r["credit_code"] == code and r["id"] != eid] for eid, code in pending.items()}


async def _refuse_held_code(enterprise: Enterprise) -> None:
    holder = await Enterprise.filter(held_credit_code=enterprise.credit_code).exclude(id=enterprise.id).first()
    if holder is not None:
        raise Conflict("该统一社会信用代码已由另一家企业登记,不能通过", code="CREDIT_CODE_TAKEN",
                       detail={"conflicts": [{"id": holder.id, "name": holder.name, "status": holder.status}]})


async def approve_enterprise(principal: Principal, enterprise_id: int, note: str = "") -> Enterprise:
    """Approval activates the enterprise; a public registrant becomes its `enterprise` manager. Refused (409, with
    the holder) when an active enterprise already holds the credit code."""
    enterprise = await _pending_in_scope(principal, enterprise_id)
    await _refuse_held_code(enterprise)
    async with in_transaction():
        locked = await Enterprise.filter(id=enterprise.id).select_for_update().get()
        if locked.status != EnterpriseStatus.PENDING:
            raise Conflict("该企业不在待审核状态", code="ENTERPRISE_NOT_PENDING")
        before = snapshot(enterprise)
        enterprise.status, enterprise.review_note = EnterpriseStatus.ACTIVE, note
        enterprise.version += 1
        try:
            await enterprise.save(update_fields=["status", "review_note", "version", "updated_at"])
        except IntegrityError:  # an admin registered the same code a moment ago
            await _refuse_held_code(enterprise)
            raise
        await audit.record(principal.actor, "enterprise.approved", "enterprise", enterprise.id, before=before,
                           after=snapshot(enterprise))
        await outbox.record(EnterpriseActivated(enterprise.id, "approved"))
        registrant = await User.filter(id=enterprise.registered_by_id).select_for_update().first()
        if registrant and registrant.role == Role.PUBLIC:
            registrant.role, registrant.enterprise_id = Role.ENTERPRISE, enterprise.id
            await registrant.save(update_fields=["role", "enterprise_id", "updated_at"])
            await audit.record(principal.actor, "user.became_manager", "user", registrant.id,
                               before={"role": Role.PUBLIC}, after={"role": Role.ENTERPRISE,
                                                                    "enterprise_id": enterprise.id})
    return enterprise


async def reject_enterprise(principal: Principal, enterprise_id: int, note: str) -> Enterprise:
    if not note.strip():
        raise InvalidInput("驳回须说明原因", code="REVIEW_NOTE_REQUIRED", detail=[{"field": "note", "message": "必填"}])
    enterprise = await _pending_in_scope(principal, enterprise_id)
    async with in_transaction():
        before = snapshot(enterprise)
        enterprise.status, enterprise.review_note = EnterpriseStatus.REJECTED, note.strip()
        enterprise.version += 1
        await enterprise.save(update_fields=["status", "review_note", "version", "updated_at"])
        await audit.record(principal.actor, "enterprise.rejected", "enterprise", enterprise.id, before=before,
                           after=snapshot(enterprise))
    return enterprise


# -- editing --

async def update_enterprise(principal: Principal, enterprise_id: int,
                            data: EnterpriseUpdate) -> Enterprise:
    """Admins edit everything in scope; the enterprise's own users edit their contact and production information."""
    enterprise = await get_editable(principal, enterprise_id)
    changes = data.model_dump(exclude_unset=True, exclude={"version"})
    if principal.role != Role.ADMIN and (forbidden := sorted(set(changes) - _PROFILE_FIELDS_FOR_OWNERS)):
        raise PermissionDenied("企业用户不能修改这些字段: " + "、".join(forbidden), code="FIELD_EDIT_FORBIDDEN",
                               detail=[{"field": f} for f in forbidden])
    reject_nulls(changes, _NULLABLE_ON_UPDATE)
    changes = _with_dictionary_names(changes)
    if "region_id" in changes:
        changes["region_id"] = (await _grid(changes["region_id"], principal)).id
    async with in_transaction():
        locked = await Enterprise.filter(id=enterprise.id).select_for_update().get()
        if data.version is not None and data.version != locked.version:
            raise Conflict("该企业信息已被他人修改,请刷新后重试", code="STALE_VERSION",
                           detail={"current_version": locked.version})
        before = snapshot(locked)
        for field, value in changes.items():
            setattr(locked, field, value)
        locked.version += 1
        await locked.save()
        await audit.record(principal.actor, "enterprise.updated", "enterprise", locked.id,
                           before=before, after=snapshot(locked))
        if locked.status == EnterpriseStatus.ACTIVE:
            await outbox.record(ProfileChanged(locked.id, "enterprise", locked.id))
    return await Enterprise.filter(id=enterprise.id).select_related("region").get()


def reject_nulls(changes: dict, nullable: set[str]) -> None:
    if bad := [field for field, value in changes.items() if value is None and field not in nullable]:
        raise InvalidInput("这些字段不能为空", code="FIELD_REQUIRED",
                           detail=[{"field": f, "message": "不能为空"} for f in bad])


# -- lists --

@dataclass(frozen=True)
class EnterpriseFilters:
    industry: str | None = None
    category: str | None = None
    region_id: int | None = None
    color: RiskColor | None = None
    status: EnterpriseStatus | None = None
    q: str | None = None
    # Enterprises with (True) or without (False) overdue hazards: a subquery of enterprise ids that the hazards'
    # domain builds (inspections.hazards.overdue_enterprise_ids), since this domain does not know hazards.
    overdue: bool | None = None
    overdue_ids: object | None = None


async def enterprises_query(principal: Principal, filters: EnterpriseFilters):
    """The enterprises a list or an export shows: staff see their subtree (or one region inside it)."""
    if not principal.is_staff:
        raise PermissionDenied("只有街道工作人员可以查看企业列表", code="ROLE_FORBIDDEN")
    # The caller's subtree (or the chosen region's, inside it) as the ids of its regions: `region_id IN (…)` uses the
    # enterprise's own indexes, where a join on the region's path prefix read every enterprise (decision 078).
    within = access.scope(principal, "path")
    if filters.region_id is not None:
        region = await get_region_in_scope(principal, filters.region_id)
        within = access.subtree(region.path, "path")
    query = Enterprise.all()
    if within:
        query = query.filter(region_id__in=await Region.filter(**within).values_list("id", flat=True))
    for kind in dictionary.Kind:  # a synonym filters as its name; an unknown word simply matches nothing
        if (value := getattr(filters, kind.value)) is not None:
            query = query.filter(**{kind.value: dictionary.same_or_canonical(kind, value)})
    if filters.status is not None:
        query = query.filter(status=filters.status)
    if filters.color is not None:
        query = query.filter(risk_color=filters.color)
    if filters.q:
        query = query.filter(Q(name__icontains=filters.q.strip()) | Q(credit_code__icontains=filters.q.strip()))
    if filters.overdue is not None and filters.overdue_ids is not None:
        within = Q(id__in=Subquery(filters.overdue_ids))
        query = query.filter(within if filters.overdue else ~within)
    return query


async def list_enterprises(principal: Principal, filters: EnterpriseFilters, page: int,
                           size: int) -> tuple[list[Enterprise], int]:
    """Staff list the enterprises of their subtree (or of one region inside it)."""
    query = await enterprises_query(principal, filters)
    offset = (page - 1) * size
    # The page's ids first, then their rows: a deep page skips its offset over the id order alone, not over joined
    # rows; and a short page that is not empty tells the total without a COUNT (a search's usual answer).
    ids = await query.order_by("id").offset(offset).limit(size).values_list("id", flat=True)
    total = offset + len(ids) if 0 < len(ids) < size else await query.count()
    items = await Enterprise.filter(id__in=ids).order_by("id").select_related("region") if ids else []
    return items, total


# -- nearby --

def distance_m(lat1: float, lng1: float, lat2: float, lng2: float) -> float:
    """Haversine distance; at a street's scale the coordinate system's offsets cancel out."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lng2 - lng1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_M * math.asin(math.sqrt(a))


def bounding_box(lat: float, lng: float, radius_m: float) -> tuple[float, float, float, float]:
    dlat = math.degrees(radius_m / EARTH_RADIUS_M)
    dlng = math.degrees(radius_m / (EARTH_RADIUS_M * max(math.cos(math.radians(lat)), 1e-6)))
    return lat - dlat, lat + dlat, lng - dlng, lng + dlng


def candidates_near(lat: float, lng: float, radius_m: float):
    """Active enterprises in the bounding box of the circle: a range scan on the (lat, lng) index."""
    south, north, west, east = bounding_box(lat, lng, radius_m)
    return Enterprise.filter(lat__gte=south, lat__lte=north, lng__gte=west, lng__lte=east,
                             status=EnterpriseStatus.ACTIVE)


@dataclass(frozen=True)
class Neighbour:
    enterprise: Enterprise
    distance_m: float
    color: str | None  # None where the caller may not see it (access.may_see_neighbours_color)


async def nearby(principal: Principal, enterprise_id: int, radius_m: int, *, street_shows_color: bool,
                 limit: int = 50) -> list[Neighbour]:
    """Active enterprises within the radius, nearest first. The (lat, lng) index narrows to a bounding box
    before exact distances are computed, so the cost follows the neighbourhood, not the registry."""
    origin = await get_visible(principal, enterprise_id)
    if origin.lat is None or origin.lng is None:
        raise Conflict("该企业未登记坐标,无法查找周边企业", code="ENTERPRISE_LOCATION_MISSING")
    candidates = await candidates_near(origin.lat, origin.lng, radius_m).exclude(id=origin.id)
    found = [(e, distance_m(origin.lat, origin.lng, e.lat, e.lng)) for e in candidates]
    nearest = sorted((pair for pair in found if pair[1] <= radius_m), key=lambda pair: pair[1])[:limit]
    paths = dict(await Region.filter(id__in={e.region_id for e, _ in nearest}).values_list("id", "path"))
    return [Neighbour(e, d, e.risk_color if access.may_see_neighbours_color(
        principal, paths.get(e.region_id, ""), street_shows_color) else None) for e, d in nearest]


# -- identity QR --

async def reissue_qr(principal: Principal, enterprise_id: int) -> Enterprise:
    """A lost or misused code is replaced; the old token answers 410 from then on."""
    enterprise = await get_visible(principal, enterprise_id)
    async with in_transaction():
        locked = await Enterprise.filter(id=enterprise.id).select_for_update().get()
        old_token = locked.qr_token
        await RevokedQrToken.create(token=old_token, enterprise_id=locked.id, revoked_at=clock.now())
        locked.qr_token, locked.qr_issued_at = qr.new_qr_token(), clock.now()
        await locked.save(update_fields=["qr_token", "qr_issued_at", "updated_at"])
        await audit.record(principal.actor, "enterprise.qr_reissued", "enterprise", locked.id,
                           before={"qr_token_tail": old_token[-4:]}, after={"qr_token_tail": locked.qr_token[-4:]})
    return await Enterprise.filter(id=enterprise.id).select_related("region").get()


async def enterprise_by_token(token: str) -> tuple[Enterprise, regions.RegionLabel]:
    """The active enterprise a scanned token names, with its region's name and path; 410 for a reissued code,
    404 for anything else. The hottest query of the product: one plain row read (a join costs 4x to build)."""
    if qr.is_well_formed_token(token):
        enterprise = await Enterprise.filter(qr_token=token).first()
        if enterprise is not None and enterprise.status == EnterpriseStatus.ACTIVE:
            return enterprise, await regions.label(enterprise.region_id)
        if enterprise is None and await RevokedQrToken.exists(token=token):
            raise Gone("该身份码已作废,请扫描企业门口张贴的新码", code="QR_REVOKED")
    raise NotFound("身份码无效", code="QR_NOT_FOUND")


async def identity_qr(principal: Principal, enterprise_id: int, public_base_url: str) -> tuple[Enterprise, str]:
    """The enterprise and the link its printed code carries; the enterprise itself and staff in scope may print it."""
    enterprise = await get_visible(principal, enterprise_id)
    return enterprise, qr.scan_url(public_base_url, enterprise.qr_token)


_ENV_VERSIONS = {"formal": "release", "trial": "trial", "developer": "develop"}


async def mini_program_code(principal: Principal, enterprise_id: int, client: WeChatClient,
                            settings: Settings) -> bytes:
    """The mini-program code of the current token: asked of WeChat once (§4a: pre-generate, store, serve)."""
    enterprise = await get_visible(principal, enterprise_id)
    storage = storage_for(settings)
    if enterprise.wxacode_token == enterprise.qr_token and enterprise.wxacode_key:
        return await asyncio.to_thread(storage.get, enterprise.wxacode_key)
    try:
        png = await client.get_unlimited_qrcode(
            enterprise.qr_token, settings.wechat_scan_page,
            env_version=_ENV_VERSIONS[settings.wechat_miniprogram_state],
            check_path=settings.wechat_miniprogram_state == "formal")
    except wx.WeChatQuotaExceeded as exc:
        raise RateLimited("小程序码生成过于频繁,请一分钟后再试", code="WECHAT_RATE_LIMITED", retry_after=60) from exc
    except wx.WeChatError as exc:
        log.error("getwxacodeunlimit failed: %s", exc)
        raise ServiceUnavailable("暂时无法生成小程序码,请稍后重试或联系管理员", code="WECHAT_UNAVAILABLE") from exc
    key = content_key(png)
    await asyncio.to_thread(storage.put, key, png)
    async with in_transaction():
        await Enterprise.filter(id=enterprise.id).update(wxacode_key=key, wxacode_token=enterprise.qr_token)
        await audit.record(principal.actor, "enterprise.wxacode_generated", "enterprise", enterprise.id,
                           after={"key": key})
    return png


async def risk_color_counts() -> dict[str, int]:
    """Active enterprises per risk colour ("unscored" for those not yet scored): one GROUP BY."""
    rows = await (Enterprise.filter(status=EnterpriseStatus.ACTIVE).annotate(n=Count("id"))
                  .group_by("risk_color").values("risk_color", "n"))
    return {(row["risk_color"] or "unscored"): row["n"] for row in rows}


async def record_street_inspection(enterprise_id: int, at) -> None:
    """In the submitting transaction: the enterprise's latest street inspection is now `at`, unless a later one is
    already recorded (the dashboard's current coverage reads it, decision 067)."""
    await (Enterprise.filter(Q(last_street_inspection_at__isnull=True) | Q(last_street_inspection_at__lt=at),
                             id=enterprise_id).update(last_street_inspection_at=at))
