import itertools
from dataclasses import dataclass

import pytest_asyncio

from enterprises.models import Enterprise, HazardPoint, User
from core.identity import Role
from inspections.models import CheckItem, Template
from tests import builders

_keys = itertools.count(1)


def key() -> dict[str, str]:
    return {"Idempotency-Key": f"key-{next(_keys)}"}


@dataclass
class Street:
    tree: dict
    enterprise: Enterprise
    inspector: User
    other_inspector: User
    outsider: User  # an inspector of the other community
    owner: User
    items: list[CheckItem]
    template: Template
    point: HazardPoint


@pytest_asyncio.fixture(loop_scope="session")
async def street(db_clean) -> Street:
    tree = await builders.region_tree()
    enterprise = await builders.enterprise(tree["north_grid"], industry="餐饮", lat=37.46, lng=121.44)
    items = [*await builders.check_items(2), *await builders.check_items(1, photo_required=True, code="PHOTO-1")]
    template = await builders.template(items, industries=["餐饮"])
    await builders.template(await builders.check_items(2), industries=["机械"])  # does not fit
    point = await HazardPoint.create(enterprise=enterprise, name="后厨", place="一楼", risk_level="orange",
                                     control_measures=["燃气报警器"])
    return Street(tree=tree, enterprise=enterprise,
                  inspector=await builders.user(Role.INSPECTOR, tree["north"]),
                  other_inspector=await builders.user(Role.INSPECTOR, tree["north"]),
                  outsider=await builders.user(Role.INSPECTOR, tree["south"]),
                  owner=await builders.user(Role.ENTERPRISE, enterprise=enterprise),
                  items=items, template=template, point=point)
