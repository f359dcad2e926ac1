"""The command center's figures through HTTP, checked against rows made for the purpose."""

from datetime import timedelta

from core import clock
from tests import builders
from tests.querycount import count_queries


async def test_the_summary_counts_the_subtree(client, world):
    answer = await client.get("/api/v1/dashboard/summary", headers=builders.auth(world["command"]))
    assert answer.status_code == 200, answer.text
    body = answer.json()
    assert body["enterprises"] == 5
    assert body["colors"] == {"green": 3, "yellow": 1, "red": 1, "unrated": 0}
    assert body["inspections"] == 1  # the self-inspection and last month's are not counted
    assert body["hazards"] == {"total": 3, "open": 2, "overdue": 1, "closed": 1}
    assert body["rectification_rate"] == 0.3333
    assert body["inspection_coverage"] == 0.2
    assert body["self_inspection_rate"] == 0.2
    assert body["period"]["to"] == clock.now().date().isoformat()
    assert body["change"]["hazards"]["total"] == 3 - body["previous"]["hazards"]["total"]


async def test_coverage_counts_each_enterprise_once_by_its_colour_s_interval(client):
    tree = await builders.region_tree()
    admin, inspector = await builders.user(), await builders.user()
    ages = {"red": [[10, 20], [40]], "yellow": [[80], [100]], "green": [[170], [200], []], None: [[100]]}
    for color, inspections in ages.items():
        for days in inspections:
            enterprise = await builders.enterprise(tree["north_grid"], risk_color=color)
            for days_ago in days:
                await builders.inspection(enterprise, inspector, days_ago=days_ago)
            if not days:
                await builders.inspection(enterprise, inspector, days_ago=5, kind="self")
    body = (await client.get("/api/v1/dashboard/summary", headers=builders.auth(admin))).json()
    # Covered: red at 10 days (30), yellow at 80 (90), green at 170 (180), unrated at 100 (as green) = 4 of 8.
    assert body["enterprises"] == 8 and body["inspection_coverage"] == 0.5


async def test_coverage_ends_on_the_last_day_of_each_colour_s_interval(client, world):
    grid = world["tree"]["south_grid"]  # holds one green enterprise never inspected
    inspector = world["inspector"]
    inspected = {"red": [5, 29, 30], "yellow": [89, 100], None: [179, 180]}  # days ago; red 30, yellow 90, unrated 180
    for color, ages in inspected.items():
        for days_ago in ages:
            await builders.inspection(await builders.enterprise(grid, risk_color=color), inspector, days_ago=days_ago)
    await builders.inspection(await builders.enterprise(grid, risk_color="green"), inspector, kind="self")
    await builders.inspection(await builders.enterprise(grid, risk_color="green", status="pending"), inspector)
    today = clock.now().date()
    period = f"from={today - timedelta(days=9)}&to={today}"  # the previous period ends 10 days ago
    answer = await client.get(f"/api/v1/dashboard/summary?region_id={world['tree']['south'].id}&{period}",
                              headers=builders.auth(world["admin"]))
    body = answer.json()
    assert body["enterprises"] == 9  # the pending enterprise is not counted, nor its inspection
    assert body["inspection_coverage"] == 0.4444  # 4 of 9: red at 5 and 29 days, yellow at 89, unrated at 179
    # Ten days earlier: red at 29 and 30 (19, 20), yellow at 89, unrated at 179 and 180; red at 5 came after.
    assert body["previous"]["inspection_coverage"] == 0.5556


async def test_an_inspector_sees_only_their_community(client, world):
    answer = await client.get("/api/v1/dashboard/summary", headers=builders.auth(world["inspector"]))
    assert answer.json()["enterprises"] == 4
    outside = await client.get(f"/api/v1/dashboard/summary?region_id={world['tree']['south'].id}",
                               headers=builders.auth(world["inspector"]))
    assert (outside.status_code, outside.json()["code"]) == (404, "REGION_NOT_FOUND")


async def test_enterprises_and_strangers_are_kept_out(client, world):
    owner = await client.get("/api/v1/dashboard/map", headers=builders.auth(world["owner"]))
    assert (owner.status_code, owner.json()["code"]) == (403, "ROLE_FORBIDDEN")
    assert (await client.get("/api/v1/dashboard/summary")).status_code == 401


async def test_a_bad_period_is_refused(client, world):
    answer = await client.get("/api/v1/dashboard/summary?from=2026-02-01&to=2026-01-01",
                              headers=builders.auth(world["admin"]))
    assert (answer.status_code, answer.json()["code"]) == (422, "PERIOD_INVALID")


async def test_the_map_is_geojson_with_colours(client, world):
    answer = await client.get("/api/v1/dashboard/map", headers=builders.auth(world["admin"]))
    body = answer.json()
    assert body["type"] == "FeatureCollection" and body["without_location"] == 1
    red = next(f for f in body["features"] if f["properties"]["id"] == world["north"][3].id)
    assert red["geometry"] == {"type": "Point", "coordinates": [120.54, 30.08]}
    assert red["properties"]["color"] == "red" and red["properties"]["grid"] == "北一网格"


async def test_the_summary_costs_the_same_queries_whatever_the_data(client, world):
    headers = builders.auth(world["admin"])

    async def queries() -> int:
        with count_queries() as statements:
            assert (await client.get("/api/v1/dashboard/summary", headers=headers)).status_code == 200
        return len(statements)

    await queries()  # the first request caches the caller's region path (decision 066)
    before = await queries()
    for n in range(20):
        made = await builders.enterprise(world["tree"]["south_grid"], risk_color="yellow")
        await builders.inspection(made, world["inspector"], days_ago=n)
        await builders.hazard(made, world["inspector"])
    assert await queries() == before
    assert before <= 16  # 14, and two for the 待复查 queue
