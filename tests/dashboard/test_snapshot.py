"""The nightly snapshot (decision 099): a closed period read from it equals the same period counted live, for every
scope; the summary reads it only for periods that ended before the snapshot's day."""

from datetime import date, time, timedelta

import pytest_asyncio
from tortoise.expressions import F

import bootstrap

from core import clock
from core.identity import Role
from dashboard import daybook, snapshot
from dashboard.models import DayFigures
from inspections.models import DailyReport
from tests import builders

SUMMARY = "/api/v1/dashboard/summary"


@pytest_asyncio.fixture(loop_scope="session")
async def history(db_clean):
    """Two communities with enterprises of every colour, inspected, reported and found wanting over 200 days."""
    tree = await builders.region_tree()
    inspector = await builders.user(Role.INSPECTOR, tree["street"])
    today = clock.now().date()
    colors = ["green", "yellow", "red", None]
    for n in range(16):
        grid = tree["north_grid"] if n % 2 else tree["south_grid"]
        made = await builders.enterprise(grid, risk_color=colors[n % 4], status="pending" if n == 15 else "active")
        for days_ago in range(n * 3 % 40, 200, 23 + n * 7):
            await builders.inspection(made, inspector, days_ago=days_ago)
        await builders.inspection(made, inspector, days_ago=(n * 11) % 90 + 1, kind="self")
        for k in range(3):
            found = clock.now() - timedelta(days=(n * 5 + k * 17) % 120 + 1)
            await builders.hazard(made, inspector, created_at=found, kind="self" if k == 2 else "routine",
                                  deadline_date=found.date() + timedelta(days=10 + n),
                                  **({"status": "closed", "closed_at": found} if (n + k) % 3 == 0 else {}))
        for days_ago in range(1 + n % 3, 60, 4):
            await DailyReport.create(enterprise=made, report_date=today - timedelta(days=days_ago), answers={},
                                     submitted_by_id=inspector.id, submitted_at=clock.now())
    return {"tree": tree, "inspector": inspector, "system": await builders.user(Role.ADMIN),
            "street": await builders.user(Role.ADMIN, tree["street"]),
            "north": await builders.user(Role.COMMAND, tree["north"])}


def periods(today: date) -> list[str]:
    """The default period (whose previous one is closed), and periods that ended before today."""
    return ["", f"from={today - timedelta(days=29)}&to={today - timedelta(days=1)}",
            f"from={today - timedelta(days=120)}&to={today - timedelta(days=61)}",
            f"from={today - timedelta(days=7)}&to={today - timedelta(days=7)}"]


async def answers(client, history) -> dict:
    today = clock.now().date()
    got = {}
    for who, region in (("system", None), ("street", None), ("north", None), ("street", history["tree"]["north_grid"]),
                        ("system", history["tree"]["south"])):
        for query in periods(today):
            url = f"{SUMMARY}?{query}" + (f"&region_id={region.id}" if region else "")
            answer = await client.get(url, headers=builders.auth(history[who]))
            assert answer.status_code == 200, answer.text
            got[(who, region.id if region else None, query)] = answer.json()
    return got


async def test_closed_periods_from_the_snapshot_equal_the_live_count_for_every_scope(client, history):
    live = await answers(client, history)
    assert any(body["previous"]["hazards"]["closed"] and body["previous"]["inspection_coverage"]
               and body["previous"]["daily_report_rate"] for body in live.values())  # the world counts something
    rows = await snapshot.take()
    assert rows == await DayFigures.all().count() > 0
    assert await snapshot.as_of() == clock.now().date()
    assert await answers(client, history) == live


async def test_the_summary_reads_the_snapshot_only_for_periods_that_ended_before_it(client, history):
    await snapshot.take()
    headers = builders.auth(history["system"])
    before = (await client.get(SUMMARY, headers=headers)).json()
    grid = history["tree"]["north_grid"]
    late = await builders.enterprise(grid, risk_color="red")
    await builders.hazard(late, history["inspector"], created_at=clock.start_of(date.fromisoformat(
        before["previous"]["period"]["to"])))  # a hazard of the previous period, found after the snapshot
    await builders.hazard(late, history["inspector"])  # and one of today
    after = (await client.get(SUMMARY, headers=headers)).json()
    assert after["previous"]["hazards"] == before["previous"]["hazards"]  # the closed period: the snapshot's
    assert after["hazards"]["total"] == before["hazards"]["total"] + 1  # the current period: live
    await snapshot.take()
    again = (await client.get(SUMMARY, headers=headers)).json()
    assert again["previous"]["hazards"]["total"] == before["previous"]["hazards"]["total"] + 1


async def test_the_current_period_adds_its_days_from_the_snapshot_s_day_counted_live(client, history):
    headers = builders.auth(history["street"])
    today = clock.now().date()
    query = f"{SUMMARY}?from={today - timedelta(days=29)}&to={today - timedelta(days=1)}"
    live = (await client.get(query, headers=headers)).json()
    as_of = today - timedelta(days=3)
    await snapshot.take(as_of)  # the days before as_of; the last three days of the period are counted live
    assert (await client.get(query, headers=headers)).json() == live
    await DayFigures.all().update(inspections=F("inspections") + 1000, hazards=F("hazards") + 1000)
    body = (await client.get(query, headers=headers)).json()
    stored = await DayFigures.filter(day__gte=today - timedelta(days=29), day__lt=as_of).count()
    assert stored and body["inspections"] == live["inspections"] + 1000 * stored
    assert body["hazards"] == live["hazards"]  # the current period's hazards: live (their status moves)
    previous = await DayFigures.filter(day__gte=body["previous"]["period"]["from"],
                                       day__lte=body["previous"]["period"]["to"]).count()
    assert body["previous"]["hazards"]["total"] == live["previous"]["hazards"]["total"] + 1000 * previous


def test_an_inspection_covers_the_days_of_its_colour_s_interval_merged():
    day = date(2026, 3, 1)
    runs = daybook.covered_days([day, day + timedelta(days=5), day + timedelta(days=40)], 30, date(2026, 5, 1))
    assert runs == [(day, day + timedelta(days=34)), (day + timedelta(days=40), day + timedelta(days=60))]
    # Cut at the snapshot's day; inspections on or after it count nothing.
    assert daybook.covered_days([day, day + timedelta(days=9)], 30, day + timedelta(days=10)) == \
        [(day, day + timedelta(days=9))]
    coverage = daybook.Coverage()
    coverage.add(7, [(day, day + timedelta(days=1))])
    coverage.add(7, [(day + timedelta(days=1), day + timedelta(days=2))])
    assert list(coverage.days()) == [(7, day, 1), (7, day + timedelta(days=1), 2), (7, day + timedelta(days=2), 1)]


async def test_the_worker_takes_it_once_a_day_after_that_day_s_rescore(history, settings):
    settings = settings.model_copy(update={"rescore_at": time(0, 0)})
    jobs = bootstrap.worker_jobs()
    take = jobs["dashboard_snapshot"][1]
    await take(settings)
    assert await snapshot.as_of() is None  # the rescore has not run today: its colours are not the night's yet
    await jobs["rescore"][1](settings)
    await take(settings)
    assert await snapshot.as_of() == clock.now().date() and await DayFigures.all().count() > 0
    await DayFigures.all().delete()
    await take(settings)  # once per day
    assert await DayFigures.all().count() == 0
