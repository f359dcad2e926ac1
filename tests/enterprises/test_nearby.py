"""Nearby enterprises: the geometry, and that the database narrows by index instead of reading every row."""

import pytest
from tortoise import connections

from enterprises import service as enterprises_service
from tests import builders


@pytest.mark.parametrize(("lat1", "lng1", "lat2", "lng2", "metres"), [
    (37.46, 121.44, 37.46, 121.44, 0),
    (37.46, 121.44, 37.47, 121.44, 1112),  # 0.01 degree of latitude
    (37.46, 121.44, 37.46, 121.45, 882),  # 0.01 degree of longitude shrinks with cos(latitude)
])
def test_distances(lat1, lng1, lat2, lng2, metres):
    assert round(enterprises_service.distance_m(lat1, lng1, lat2, lng2)) == pytest.approx(metres, abs=1)


def test_the_bounding_box_contains_the_circle():
    south, north, west, east = enterprises_service.bounding_box(37.46, 121.44, 1000)
    assert enterprises_service.distance_m(37.46, 121.44, north, 121.44) == pytest.approx(1000, rel=1e-3)
    assert enterprises_service.distance_m(37.46, 121.44, 37.46, east) == pytest.approx(1000, rel=1e-3)
    assert south < 37.46 < north and west < 121.44 < east


async def test_the_candidate_query_uses_the_coordinate_index(db_clean):
    tree = await builders.region_tree()
    for i in range(30):
        await builders.enterprise(tree["north_grid"], lat=30 + i * 0.1, lng=120 + i * 0.1)
    conn = connections.get("default")
    sql = enterprises_service.candidates_near(31.0, 121.0, 1000).sql(params_inline=True)
    if conn.capabilities.dialect == "mysql":
        await conn.execute_script("ANALYZE TABLE enterprise")
        plan = await conn.execute_query_dict(f"EXPLAIN {sql}")
        assert plan[0]["key"] and "lat" in plan[0]["key"], plan
    else:  # with statistics, as a used database has them: status is not selective (all are active)
        await conn.execute_script("ANALYZE")
        plan = await conn.execute_query_dict(f"EXPLAIN QUERY PLAN {sql}")
        assert any("USING INDEX" in row["detail"] and "lat" in row["detail"] for row in plan), plan
