"""Trend, overdue hazards, breakdowns, ranking and the 7-day projection through HTTP."""

from datetime import timedelta

import pytest

from core import clock
from core.identity import RiskColor
from scoring.models import RiskScore
from tests import builders
from tests.querycount import count_queries


def get(client, who, path):
    return client.get(f"/api/v1/dashboard/{path}", headers=builders.auth(who))


async def test_the_trend_counts_hazards_found_and_closed_per_day(client, world):
    today = clock.now().date()
    answer = await get(client, world["admin"], f"trend?from={today - timedelta(days=2)}&to={today}")
    assert answer.status_code == 200, answer.text
    assert answer.json()["days"] == [{"date": str(today - timedelta(days=n)), "opened": 3 * (n == 0),
                                      "closed": int(n == 0)} for n in (2, 1, 0)]


async def test_overdue_hazards_oldest_first_within_the_scope(client, world):
    late = await builders.hazard(world["north"][1], world["inspector"],
                                 deadline_date=clock.now().date() - timedelta(days=9))
    body = (await get(client, world["inspector"], "overdue?size=1")).json()
    assert body["total"] == 2 and len(body["items"]) == 1
    assert body["items"][0] | {"grid": "北一网格"} == body["items"][0]
    assert (body["items"][0]["id"], body["items"][0]["days_overdue"]) == (late.id, 9)
    south = await get(client, world["admin"], f"overdue?region_id={world['tree']['south'].id}")
    assert south.json()["total"] == 0


async def test_the_breakdown_by_region_sums_each_community(client, world):
    body = (await get(client, world["command"], "breakdown?by=region")).json()
    rows = {row["name"]: row for row in body["items"]}
    assert set(rows) == {"北社区", "南社区"}
    assert rows["北社区"]["colors"] == {"green": 2, "yellow": 1, "red": 1, "unrated": 0}
    assert (rows["北社区"]["hazards_open"], rows["北社区"]["hazards_overdue"]) == (2, 1)
    assert (rows["南社区"]["enterprises"], rows["南社区"]["hazards_open"]) == (1, 0)
    industries = (await get(client, world["command"], "breakdown?by=industry")).json()["items"]
    assert [(row["key"], row["enterprises"]) for row in industries] == [("机械", 5)]
    refused = await get(client, world["command"], "breakdown?by=colour")
    assert refused.status_code == 422


async def score(enterprise, color: str, points: float, days_ago: int) -> None:
    at = clock.now() - timedelta(days=days_ago)
    await RiskScore.create(enterprise=enterprise, ruleset_version=0, score=points, color=RiskColor(color),
                           raw_color=RiskColor(color), color_since=at, scored_at=at)


async def test_the_ranking_compares_the_end_of_the_period_with_its_start(client, world):
    first, second, third, red = world["north"]
    for enterprise, before, after in ((first, ("yellow", 72), ("green", 90)), (second, ("green", 88), ("yellow", 80)),
                                      (red, ("red", 50), ("red", 55))):
        await score(enterprise, *before, days_ago=20)
        await score(enterprise, *after, days_ago=1)
    await score(third, "green", 95, days_ago=1)  # first scored during the period: nothing to compare
    today = clock.now().date()
    body = (await get(client, world["admin"], f"ranking?from={today - timedelta(days=10)}&to={today}")).json()
    assert body["compared"] == 3
    assert [(r["enterprise_id"], r["change"]) for r in body["improved"]] == [(first.id, 18), (red.id, 5)]
    assert [(r["enterprise_id"], r["color_end"]) for r in body["worsened"]] == [(second.id, "yellow")]
    assert [r["enterprise_id"] for r in body["stays_red"]] == [red.id]


async def test_worsening_names_who_turns_red_when_a_deadline_passes(client, world):
    """Unscored new enterprises score 71 (yellow): an open hazard due in 3 days is overdue within 7 (red)."""
    soon, later = [await builders.enterprise(world["tree"]["south_grid"]) for _ in range(2)]
    await builders.hazard(soon, world["inspector"], deadline_date=clock.now().date() + timedelta(days=3))
    await builders.hazard(later, world["inspector"], deadline_date=clock.now().date() + timedelta(days=20))
    body = (await get(client, world["admin"], f"worsening?region_id={world['tree']['south'].id}")).json()
    assert [(i["enterprise_id"], i["color"], i["projected_color"]) for i in body["items"]] == [(soon.id, "yellow",
                                                                                                 "red")]
    assert "1项隐患逾期未整改" in body["items"][0]["reasons"]
    longer = (await get(client, world["admin"], f"worsening?days=25&region_id={world['tree']['south'].id}")).json()
    assert {i["enterprise_id"] for i in longer["items"]} == {soon.id, later.id}


@pytest.mark.parametrize("path", ["trend", "overdue", "breakdown?by=region", "breakdown?by=category", "ranking"])
async def test_the_drill_downs_cost_the_same_queries_whatever_the_data(client, world, path):
    async def queries() -> int:
        with count_queries() as statements:
            assert (await get(client, world["admin"], path)).status_code == 200
        return len(statements)

    await queries()  # the first request caches the caller's region path (decision 066)
    before = await queries()
    for n in range(10):
        made = await builders.enterprise(world["tree"]["south_grid"], risk_color="red", category=f"类{n}")
        await builders.hazard(made, world["inspector"], deadline_date=clock.now().date() - timedelta(days=n))
        await score(made, "red", 40, days_ago=40)
        await score(made, "yellow", 75, days_ago=1)
    assert await queries() == before


@pytest.mark.parametrize("path", ["trend", "overdue", "breakdown", "ranking", "worsening"])
async def test_enterprise_users_are_refused(client, world, path):
    answer = await get(client, world["owner"], path)
    assert (answer.status_code, answer.json()["code"]) == (403, "ROLE_FORBIDDEN")
    outside = await get(client, world["inspector"], f"{path}?region_id={world['tree']['south'].id}")
    assert (outside.status_code, outside.json()["code"]) == (404, "REGION_NOT_FOUND")


async def test_a_fix_awaiting_verification_is_in_the_queue_with_its_age_not_in_the_overdue_list(client, world):
    from inspections.models import HazardEvent

    headers = builders.auth(world["admin"])
    late_fix = await builders.hazard(world["north"][1], world["inspector"], status="submitted",
                                     deadline_date=clock.now().date() - timedelta(days=6))
    await HazardEvent.create(hazard=late_fix, at=clock.now() - timedelta(days=8), from_status="open",
                             to_status="submitted")
    overdue = (await client.get("/api/v1/dashboard/overdue", headers=headers)).json()
    assert late_fix.id not in [item["id"] for item in overdue["items"]]
    assert all(item["status"] == "open" for item in overdue["items"])
    queue = (await client.get("/api/v1/dashboard/awaiting-verification", headers=headers)).json()
    assert queue["total"] == 1
    [item] = queue["items"]
    assert (item["id"], item["status_label"], item["waiting_days"], item["submitted_in_time"]) == (
        late_fix.id, "待复查", 8, True)
    summary = (await client.get("/api/v1/dashboard/summary", headers=headers)).json()
    assert summary["verification_queue"] == {"count": 1, "past_deadline": 1, "oldest_days": 8}


async def test_the_monthly_board_per_community_from_the_risk_history(client, world):
    first_of_month = (clock.now().date().replace(day=1) - timedelta(days=1)).replace(day=1)  # last month
    month = first_of_month.strftime("%Y-%m")

    async def at(enterprise, color, points, day, effective=None):
        when = clock.start_of(day) + timedelta(hours=9)
        await RiskScore.create(enterprise=enterprise, ruleset_version=0, score=points, color=RiskColor(color),
                               raw_color=RiskColor(color), color_since=when, scored_at=when,
                               effective_color=effective)

    turned, steady, dipped, new = world["north"]
    before, mid = first_of_month - timedelta(days=3), first_of_month + timedelta(days=14)
    await at(turned, "yellow", 75, before)
    await at(turned, "green", 88, mid)
    await at(steady, "green", 95, before)
    await at(steady, "green", 97, mid)
    await at(dipped, "green", 90, before)
    await at(dipped, "green", 91, mid, effective="red")  # an override held during the month
    await at(new, "green", 86, mid)  # first scored during the month: starts from its first verdict
    await at(world["south"], "green", 99, before)
    body = (await get(client, world["admin"], f"board?month={month}")).json()
    assert body["month"] == month
    by_name = {c["name"]: c for c in body["communities"]}
    north = by_name["北社区"]
    assert [r["enterprise_id"] for r in north["turned_green"]] == [turned.id]
    assert [(r["enterprise_id"], r["change"]) for r in north["improved_most"]] == [(turned.id, 13), (steady.id, 2),
                                                                                 (dipped.id, 1)]
    assert [r["enterprise_id"] for r in north["stayed_green"]] == [steady.id, new.id]
    assert [r["enterprise_id"] for r in by_name["南社区"]["stayed_green"]] == [world["south"].id]
    bad = await get(client, world["admin"], "board?month=2026-13")
    assert bad.status_code == 422
