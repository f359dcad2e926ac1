"""The jurisdiction tree: district → street → community → grid."""

import time
from typing import NamedTuple

from tortoise.transactions import in_transaction

from core import access, audit
from core.errors import Conflict, InvalidInput, NotFound, PermissionDenied
from enterprises import boundaries
from enterprises.models import Region, RegionLevel
from core.identity import Principal

LEVEL_ORDER = [RegionLevel.DISTRICT, RegionLevel.STREET, RegionLevel.COMMUNITY, RegionLevel.GRID]


def child_level(level: RegionLevel) -> RegionLevel | None:
    index = LEVEL_ORDER.index(level)
    return LEVEL_ORDER[index + 1] if index + 1 < len(LEVEL_ORDER) else None


def snapshot(region: Region) -> dict:
    return {"name": region.name, "level": region.level, "parent_id": region.parent_id, "path": region.path}


async def get_region_in_scope(principal: Principal, region_id: int) -> Region:
    region = await Region.filter(id=region_id).first()
    if region is None or not access.in_region(principal, region.path):
        raise NotFound("区域不存在", code="REGION_NOT_FOUND")
    return region


async def create_region(principal: Principal, name: str, level: RegionLevel,
                        parent_id: int | None) -> Region:
    """Add a node under a region the admin administers; levels follow the tree strictly."""
    name = name.strip()
    if not name:
        raise InvalidInput("区域名称不能为空", code="REGION_NAME_REQUIRED", detail=[{"field": "name"}])
    if parent_id is None:
        if level != RegionLevel.DISTRICT:
            raise InvalidInput("只有区县可以没有上级区域", code="REGION_PARENT_REQUIRED",
                               detail=[{"field": "parent_id", "message": "必填"}])
        if principal.region_path is not None:
            raise PermissionDenied("只有系统管理员可以新建区县", code="REGION_ROOT_FORBIDDEN")
        parent = None
    else:
        parent = await get_region_in_scope(principal, parent_id)
        expected = child_level(parent.level)
        if level != expected:
            raise InvalidInput(f"{parent.name}下只能新建{_LEVEL_NAMES.get(expected, '无')}级区域",
                               code="REGION_LEVEL_INVALID", detail=[{"field": "level"}])
    if await Region.filter(parent_id=parent_id, name=name).exists():
        raise Conflict("同一上级下已有同名区域", code="REGION_NAME_TAKEN")
    async with in_transaction():
        region = await Region.create(name=name, level=level, parent_id=parent_id)
        region.path = f"{parent.path if parent else '/'}{region.id}/"
        await region.save(update_fields=["path"])
        await audit.record(principal.actor, "region.created", "region", region.id, after=snapshot(region))
    return region


async def set_boundary(principal: Principal, region_id: int, shape: dict | None) -> Region:
    """Draw (or, with None, clear) a region's outline, GeoJSON in GCJ-02 (enterprises/boundaries.py); audited with
    the outline before and after. 404 outside the caller's scope, 403 REGION_BOUNDARY_FORBIDDEN for anyone but an
    admin above it (core/access.py may_draw_region), 422 REGION_BOUNDARY_INVALID for a bad shape; nothing written
    on any of them."""
    region = await get_region_in_scope(principal, region_id)
    if not access.may_draw_region(principal, region.path):
        raise PermissionDenied("只有上级区域或顶层区域的管理员可以设置该区域的边界", code="REGION_BOUNDARY_FORBIDDEN")
    checked = boundaries.validate(shape)
    async with in_transaction():
        region = await Region.select_for_update().get(id=region.id)
        before = region.boundary
        region.boundary = checked
        await region.save(update_fields=["boundary"])
        await audit.record(principal.actor, "region.boundary_set" if checked else "region.boundary_cleared",
                           "region", region.id, before={"boundary": before}, after={"boundary": checked})
    return region


_LEVEL_NAMES = {RegionLevel.DISTRICT: "区县", RegionLevel.STREET: "街道", RegionLevel.COMMUNITY: "社区",
                RegionLevel.GRID: "网格"}


async def list_regions(principal: Principal) -> list[Region]:
    """Staff see their subtree (and their ancestors' names are not needed); others see the whole tree,
    which an enterprise needs to pick its grid when registering."""
    query = Region.filter(**access.scope(principal, path_field="path")) if principal.is_staff else Region.all()
    return await query.order_by("path")


async def has_one_top_region() -> bool:
    """The tree has exactly one region without a parent (then its admin's scope holds every region)."""
    return len(await Region.filter(parent_id__isnull=True).limit(2).values_list("id", flat=True)) == 1


async def region_ids_under(region_path: str) -> list[int]:
    return await Region.filter(**access.subtree(region_path, "path")).values_list("id", flat=True)


class RegionLabel(NamedTuple):
    name: str
    path: str


_LABEL_TTL_SECONDS = 60.0
_labels: dict[int, tuple[float, RegionLabel]] = {}


async def label(region_id: int) -> RegionLabel:
    """A region's name and path from a small per-process cache: scans need them on every request, and both
    change rarely (a path never changes; a rename shows within a minute)."""
    cached = _labels.get(region_id)
    if cached and cached[0] > time.monotonic():
        return cached[1]
    region = await Region.get(id=region_id)
    fresh = RegionLabel(region.name, region.path)
    if region.path:  # "" only inside create_region's transaction, before its path is written
        _labels[region_id] = (time.monotonic() + _LABEL_TTL_SECONDS, fresh)
    return fresh


def forget_labels() -> None:
    """Empty the cache (tests reuse region ids after emptying the tables)."""
    _labels.clear()
