import asyncio
from datetime import timedelta

from core import clock
from inspections import reminders
from core.models import OutboxEvent
from tests import builders


async def test_each_notice_is_recorded_once_per_hazard_and_kind(street):
    today = clock.now().date()
    soon = await builders.hazard(street.enterprise, street.inspector, deadline_date=today + timedelta(days=3))
    late = await builders.hazard(street.enterprise, street.inspector, deadline_date=today - timedelta(days=4))
    await builders.hazard(street.enterprise, street.inspector, deadline_date=today - timedelta(days=9),
                          status="submitted")  # awaiting verification: not chased
    await builders.hazard(street.enterprise, street.inspector, deadline_date=today + timedelta(days=30))
    assert await reminders.sweep() == 3
    assert await reminders.sweep() == 0
    events = {(e.name, e.payload["hazard_id"]): e.payload for e in await OutboxEvent.all()}
    assert set(events) == {("hazard.deadline_approaching", soon.id), ("hazard.overdue", late.id),
                           ("hazard.escalated", late.id)}
    assert events[("hazard.overdue", late.id)] == {
        "hazard_id": late.id, "enterprise_id": street.enterprise.id, "title": late.title,
        "deadline": late.deadline_date.isoformat(), "inspector_id": street.inspector.id}
    assert events[("hazard.escalated", late.id)]["days_overdue"] == 4
    assert events[("hazard.deadline_approaching", soon.id)]["days_left"] == 3
    # Two days later the one-day reminder is due, once.
    clock.travel(timedelta(days=2))
    assert await reminders.sweep() == 1
    assert await OutboxEvent.filter(key=f"hazard:{soon.id}:due-1").count() == 1


async def test_two_sweeps_at_once_record_each_notice_once(street):
    today = clock.now().date()
    for days in range(-5, 4):
        await builders.hazard(street.enterprise, street.inspector, deadline_date=today + timedelta(days=days))
    counts = await asyncio.gather(reminders.sweep(), reminders.sweep(), reminders.sweep())
    assert sum(counts) == await OutboxEvent.all().count() == 4 + 5 + 3  # due-3/due-1 kinds, overdue, escalated


async def test_a_fix_waiting_too_long_for_verification_reminds_the_inspector_once_a_day(street):
    from inspections.models import HazardEvent

    waiting = await builders.hazard(street.enterprise, street.inspector, status="submitted")
    await HazardEvent.create(hazard=waiting, at=clock.now() - timedelta(days=4), from_status="open",
                             to_status="submitted")
    fresh = await builders.hazard(street.enterprise, street.inspector, status="submitted")
    await HazardEvent.create(hazard=fresh, at=clock.now() - timedelta(days=1), from_status="open",
                             to_status="submitted")
    assert await reminders.verification_sweep(remind_after_days=3) == 1
    assert await reminders.verification_sweep(remind_after_days=3) == 0  # once per hazard and day
    [event] = await OutboxEvent.filter(name="hazard.verification_waiting")
    assert event.payload == {"hazard_id": waiting.id, "enterprise_id": street.enterprise.id, "title": waiting.title,
                             "inspector_id": street.inspector.id, "waiting_days": 4}
    clock.travel(timedelta(days=3))
    assert await reminders.verification_sweep(remind_after_days=3) == 2  # now both wait longer than 3 days
