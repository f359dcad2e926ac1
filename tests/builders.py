"""Small async builders with keyword overrides; each writes real rows."""

import itertools
from dataclasses import dataclass
from datetime import timedelta
from typing import ClassVar

from core import clock, outbox, security
from core.events import Event
from core.models import OutboxDelivery, OutboxStatus
from enterprises.credit_code import complete
from enterprises.qr import new_qr_token
from enterprises.models import Enterprise, Region, RegionLevel, User
from core.identity import Role
from tests.conftest import TEST_SECRET

_counter = itertools.count(1)


async def region(name: str | None = None, level: RegionLevel = RegionLevel.STREET,
                 parent: Region | None = None) -> Region:
    made = await Region.create(name=name or f"区域{next(_counter)}", level=level, parent=parent)
    made.path = f"{parent.path if parent else '/'}{made.id}/"
    await made.save(update_fields=["path"])
    return made


async def region_tree() -> dict[str, Region]:
    """district → street → two communities → one grid each."""
    district = await region("测试区", RegionLevel.DISTRICT)
    street = await region("测试街道", RegionLevel.STREET, district)
    north = await region("北社区", RegionLevel.COMMUNITY, street)
    south = await region("南社区", RegionLevel.COMMUNITY, street)
    return {"district": district, "street": street, "north": north, "south": south,
            "north_grid": await region("北一网格", RegionLevel.GRID, north),
            "south_grid": await region("南一网格", RegionLevel.GRID, south)}


async def enterprise(region: Region, **overrides) -> Enterprise:
    n = next(_counter)
    fields = {"name": f"测试企业{n}", "credit_code": complete(f"91370602MB{n:07d}"), "address": "测试路1号",
              "lat": 37.46, "lng": 121.44, "industry": "机械", "category": "规下", "contact_name": "联系人",
              "contact_phone": "13800000000", "qr_token": new_qr_token(), "qr_issued_at": clock.now()}
    return await Enterprise.create(region=region, **{**fields, **overrides})


async def user(role: Role = Role.ADMIN, region: Region | None = None, **overrides) -> User:
    n = next(_counter)
    fields = {"name": f"用户{n}", "role": role, "region": region}
    if "password" in overrides:
        overrides["password_hash"] = security.hash_password(overrides.pop("password"))
    return await User.create(**{**fields, **overrides})


def token_for(who: User, ttl: timedelta = timedelta(hours=1)) -> str:
    return security.issue_access_token(who.id, who.token_version, TEST_SECRET, clock.now(), ttl)


def auth(who: User) -> dict[str, str]:
    return {"Authorization": f"Bearer {token_for(who)}"}


# -- inspections (additive) --

async def photo(uploader: User, enterprise: Enterprise | None = None):
    """An upload row as files.service would leave it (no bytes needed to reference it as evidence)."""
    from files.models import Upload

    n = next(_counter)
    return await Upload.create(sha256=f"{n:064x}", size=100, media_type="image/jpeg", kind="image", width=10,
                               height=10, storage_key=f"{n:064x}", uploaded_by=uploader, enterprise=enterprise,
                               created_at=clock.now())


async def check_items(count: int, **overrides):
    from inspections.models import CheckItem

    made = []
    for _ in range(count):
        n = next(_counter)
        fields = {"code": f"T-{n}", "category": "消防安全", "text": f"检查项{n}", "deadline_days": 7,
                  "photo_required": False}
        made.append(await CheckItem.create(**{**fields, **overrides}))
    return made


async def template(items, **overrides):
    from inspections.models import Template

    fields = {"name": f"模板{next(_counter)}", "item_ids": [i.id for i in items]}
    return await Template.create(**{**fields, **overrides})


async def hazard(enterprise: Enterprise, reporter: User, **overrides):
    """An open hazard with the first step of its timeline, as submitting an inspection leaves it."""
    from inspections.models import Hazard, HazardEvent

    fields = {"title": f"隐患{next(_counter)}", "category": "消防安全", "severity": "general",
              "hazard_type": "thing", "deadline_date": clock.now().date() + timedelta(days=7)}
    made = await Hazard.create(enterprise=enterprise, reported_by=reporter, **{**fields, **overrides})
    await HazardEvent.create(hazard=made, at=clock.now(), actor_user_id=reporter.id, actor_name=reporter.name,
                             from_status=None, to_status="open")
    return made


async def extension(hazard, requester: User, days: int = 7):
    """A pending 延期申请 of `days` more days, as the enterprise's request leaves it (without its timeline entry)."""
    from inspections.models import HazardExtension

    return await HazardExtension.create(hazard=hazard, requested_deadline=hazard.deadline_date + timedelta(days=days),
                                        previous_deadline=hazard.deadline_date, reason="需要采购设备",
                                        requested_by_id=requester.id, requested_at=clock.now())


async def inspection(enterprise: Enterprise, inspector: User, days_ago: int = 0, kind: str = "routine"):
    """A street inspection (or a self-inspection) submitted `days_ago` days ago."""
    from inspections.models import Inspection

    from enterprises import service as enterprises_service

    at = clock.now() - timedelta(days=days_ago)
    made = await Inspection.create(enterprise=enterprise, inspector=inspector, kind=kind, started_at=at,
                                   submitted_at=at, status="submitted")
    if kind != "self":  # as submit_inspection does in its transaction
        await enterprises_service.record_street_inspection(enterprise.id, at)
    return made


@dataclass(frozen=True)
class Unheard(Event):
    """An event that no production handler subscribes to (the outbox tests' probe)."""

    name: ClassVar[str] = "test.unheard"
    n: int


async def dead_letter(handler: str = "notify") -> OutboxDelivery:
    """A recorded event whose delivery to `handler` gave up after its tries."""
    event = await outbox.record(Unheard(1))
    event.dispatched_at = clock.now()
    await event.save(update_fields=["dispatched_at"])
    return await OutboxDelivery.create(event=event, handler=handler, status=OutboxStatus.DEAD, attempts=8,
                                       available_at=clock.now(), finished_at=clock.now(),
                                       last_error="RuntimeError('boom')")
