"""Who gets what: each domain event reaches the people issue 6 names, and nobody else."""

from core import events, outbox
from notify.models import InboxMessage
from core.identity import Role
from tests import builders


async def _street():
    tree = await builders.region_tree()
    ours = await builders.enterprise(tree["north_grid"], name="甲公司")
    theirs = await builders.enterprise(tree["south_grid"], name="乙公司")
    people = {
        "manager": await builders.user(Role.ENTERPRISE, enterprise=ours),
        "staff": await builders.user(Role.ENTERPRISE, enterprise=ours),
        "other_enterprise": await builders.user(Role.ENTERPRISE, enterprise=theirs),
        "inspector": await builders.user(Role.INSPECTOR, tree["north_grid"]),
        "street_admin": await builders.user(Role.ADMIN, tree["street"]),
        "other_street_admin": await builders.user(Role.ADMIN, await builders.region("别的街道",
                                                                                   parent=tree["district"])),
    }
    return ours, people


async def _recipients(dispatcher, people, name: str, payload: dict) -> set[str]:
    await outbox.record(events.load(name, payload))
    await dispatcher.drain()
    by_id = {u.id: who for who, u in people.items()}
    return {by_id[uid] for uid in await InboxMessage.all().values_list("user_id", flat=True)}


async def test_a_reported_hazard_goes_to_the_enterprises_managers(dispatcher):
    ours, people = await _street()
    got = await _recipients(dispatcher, people, "hazard.reported",
                            {"hazard_id": 7, "enterprise_id": ours.id, "title": "消防通道堵塞",
                             "deadline": "2026-12-01"})
    assert got == {"manager", "staff"}
    message = await InboxMessage.filter(user_id=people["manager"].id).first()
    assert message.page == "pages/hazard/detail?id=7" and "消防通道堵塞" in message.body


async def test_a_submitted_fix_goes_to_the_inspector_who_found_it(dispatcher):
    ours, people = await _street()
    got = await _recipients(dispatcher, people, "rectification.submitted",
                            {"hazard_id": 7, "enterprise_id": ours.id, "inspector_id": people["inspector"].id,
                             "title": "消防通道堵塞"})
    assert got == {"inspector"}


async def test_a_rejection_goes_to_the_enterprise(dispatcher):
    ours, people = await _street()
    got = await _recipients(dispatcher, people, "rectification.rejected",
                            {"hazard_id": 7, "enterprise_id": ours.id, "title": "消防通道堵塞", "deadline": "2026-12-01",
                             "reason": "照片不清"})
    assert got == {"manager", "staff"}


async def test_overdue_goes_to_the_enterprise_and_the_inspector_and_escalation_to_the_street(dispatcher):
    ours, people = await _street()
    base = {"hazard_id": 7, "enterprise_id": ours.id, "title": "消防通道堵塞", "deadline": "2026-01-01"}
    got = await _recipients(dispatcher, people, "hazard.overdue", {**base, "inspector_id": people["inspector"].id})
    assert got == {"manager", "staff", "inspector"}
    await InboxMessage.all().delete()
    assert await _recipients(dispatcher, people, "hazard.escalated", {**base, "days_overdue": 3}) == {"street_admin"}


async def test_a_colour_change_goes_to_the_enterprise_and_red_also_to_its_street_admins(dispatcher):
    ours, people = await _street()
    got = await _recipients(dispatcher, people, "risk.changed", {"enterprise_id": ours.id, "color": "yellow"})
    assert got == {"manager", "staff"}
    await InboxMessage.all().delete()
    got = await _recipients(dispatcher, people, "risk.changed", {"enterprise_id": ours.id, "color": "red"})
    assert got == {"manager", "staff", "street_admin"}
    assert await InboxMessage.filter(title="风险码变为红色").count() == 3


async def test_inactive_users_hear_nothing(dispatcher):
    ours, people = await _street()
    people["staff"].is_active = False
    await people["staff"].save()
    got = await _recipients(dispatcher, people, "hazard.closed",
                            {"hazard_id": 7, "enterprise_id": ours.id, "title": "消防通道堵塞"})
    assert got == {"manager"}
