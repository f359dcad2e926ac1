"""The inspections' record reaches the risk colour: hazards, rejected fixes, closed on time or late."""

from datetime import timedelta

from core import clock
from enterprises.models import Enterprise
from core.identity import Role
from inspections.models import HazardEvent
from scoring import service as scoring_service
from tests import builders


async def _street():
    tree = await builders.region_tree()
    enterprise = await builders.enterprise(tree["north_grid"])
    inspector = await builders.user(Role.INSPECTOR, tree["north"])
    return enterprise, inspector


async def test_an_open_major_hazard_makes_red_and_the_advice_names_it(db_clean):
    enterprise, inspector = await _street()
    hazard = await builders.hazard(enterprise, inspector, severity="major")
    verdict = await scoring_service.recompute_risk(enterprise.id)
    assert verdict.color == "red"
    assert any(f"#{hazard.id}" in a.action for a in verdict.advice)
    assert (await Enterprise.get(id=enterprise.id)).risk_color == "red"


async def test_an_overdue_hazard_is_counted_with_its_days(db_clean):
    enterprise, inspector = await _street()
    late = await builders.hazard(enterprise, inspector, deadline_date=clock.now().date() - timedelta(days=4))
    facts, _ = await scoring_service.gather_facts([enterprise.id], clock.now(), {})
    f = facts[enterprise.id]
    assert (f.open_general, f.overdue_general, f.max_overdue_days, f.overdue_hazard_ids) == (1, 1, 4, (late.id,))
    verdict = await scoring_service.recompute_risk(enterprise.id)
    assert verdict.color != "green"


async def test_closed_on_time_late_and_rejected_fixes(db_clean):
    enterprise, inspector = await _street()
    now = clock.now()
    await builders.hazard(enterprise, inspector, status="closed", closed_at=now - timedelta(days=2),
                          deadline_date=now.date())
    await builders.hazard(enterprise, inspector, status="closed", closed_at=now - timedelta(days=1),
                          deadline_date=now.date() - timedelta(days=5))
    rejected = await builders.hazard(enterprise, inspector)
    await HazardEvent.create(hazard=rejected, at=now, from_status="submitted", to_status="open")
    facts, _ = await scoring_service.gather_facts([enterprise.id], now, {})
    f = facts[enterprise.id]
    assert (f.closed_on_time, f.closed_late, f.reinspections_failed) == (1, 1, 1)


async def test_facts_for_many_enterprises_take_the_same_number_of_queries(db_clean):
    from tests.querycount import count_queries

    enterprise, inspector = await _street()
    await builders.hazard(enterprise, inspector)
    with count_queries() as one:
        await scoring_service.gather_facts([enterprise.id], clock.now(), {})
    grid = await enterprise.region
    others = [await builders.enterprise(grid) for _ in range(5)]
    for other in others:
        await builders.hazard(other, inspector, severity="major")
    with count_queries() as six:
        await scoring_service.gather_facts([enterprise.id, *[o.id for o in others]], clock.now(), {})
    assert len(one) == len(six)


async def test_a_fix_awaiting_verification_past_its_deadline_is_not_overdue(db_clean):
    enterprise, inspector = await _street()
    await builders.hazard(enterprise, inspector, status="submitted",
                          deadline_date=clock.now().date() - timedelta(days=10))
    facts, _ = await scoring_service.gather_facts([enterprise.id], clock.now(), {})
    f = facts[enterprise.id]
    assert (f.open_general, f.overdue_general, f.max_overdue_days, f.overdue_hazard_ids) == (1, 0, 0, ())
    verdict = await scoring_service.recompute_risk(enterprise.id)
    assert not [v for v in verdict.vetoes if v.rule in ("overdue_hazard", "hazard_overdue_long")]


async def test_on_time_is_when_the_accepted_fix_was_submitted_not_when_it_was_verified(db_clean):
    enterprise, inspector = await _street()
    now = clock.now()
    deadline = now.date() - timedelta(days=20)
    # Fixed two days before the deadline, verified a fortnight after it: on time.
    waited = await builders.hazard(enterprise, inspector, status="closed", closed_at=now - timedelta(days=5),
                                   deadline_date=deadline)
    await HazardEvent.create(hazard=waited, at=now - timedelta(days=22), from_status="open", to_status="submitted")
    # A first fix in time was rejected; the accepted one came after the deadline: late.
    late = await builders.hazard(enterprise, inspector, status="closed", closed_at=now - timedelta(days=1),
                                 deadline_date=deadline)
    await HazardEvent.create(hazard=late, at=now - timedelta(days=25), from_status="open", to_status="submitted")
    await HazardEvent.create(hazard=late, at=now - timedelta(days=24), from_status="submitted", to_status="open")
    await HazardEvent.create(hazard=late, at=now - timedelta(days=3), from_status="open", to_status="submitted")
    facts, _ = await scoring_service.gather_facts([enterprise.id], now, {})
    f = facts[enterprise.id]
    assert (f.closed_on_time, f.closed_late) == (1, 1)
