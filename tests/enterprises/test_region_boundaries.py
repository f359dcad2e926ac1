"""PUT /regions/{id}/boundary: an admin above a region draws its outline (GeoJSON, GCJ-02), audited; GET /regions
carries it; bad shapes and the wrong admin are refused with nothing written."""

import pytest

from core.identity import Role
from core.models import AuditEntry
from enterprises import boundaries
from enterprises.models import Region
from tests import builders

RING = [[104.262, 30.998], [104.271, 30.998], [104.271, 31.006], [104.262, 31.006], [104.262, 30.998]]
SQUARE = {"type": "Polygon", "coordinates": [RING]}


async def _put(client, who, region, boundary):
    return await client.put(f"/api/v1/regions/{region.id}/boundary", headers=builders.auth(who),
                            json={"boundary": boundary})


async def test_a_street_admin_draws_a_grid_and_every_staff_member_reads_it(client):
    tree = await builders.region_tree()
    admin = await builders.user(Role.ADMIN, tree["street"])
    answer = await _put(client, admin, tree["north_grid"], SQUARE)
    assert answer.status_code == 200, answer.text
    assert answer.json()["boundary"] == SQUARE
    viewer = await builders.user(Role.COMMAND, tree["street"])
    listed = {r["id"]: r for r in (await client.get("/api/v1/regions", headers=builders.auth(viewer))).json()}
    assert listed[tree["north_grid"].id]["boundary"] == SQUARE and listed[tree["south_grid"].id]["boundary"] is None
    entry = await AuditEntry.filter(action="region.boundary_set", object_id=str(tree["north_grid"].id)).first()
    assert entry is not None and entry.after == {"boundary": SQUARE} and entry.before == {"boundary": None}

    cleared = await _put(client, admin, tree["north_grid"], None)
    assert cleared.status_code == 200 and cleared.json()["boundary"] is None
    assert await AuditEntry.filter(action="region.boundary_cleared").count() == 1


async def test_coordinates_are_rounded_and_a_multipolygon_is_accepted(client):
    tree = await builders.region_tree()
    admin = await builders.user(Role.ADMIN, tree["district"])
    ring = [[lng + 0.0000001234, lat] for lng, lat in RING]
    ring[-1] = ring[0]
    answer = await _put(client, admin, tree["street"], {"type": "MultiPolygon", "coordinates": [[ring], [RING]]})
    assert answer.status_code == 200, answer.text
    assert answer.json()["boundary"]["coordinates"][0][0][0] == RING[0]


@pytest.mark.parametrize("who, where", [("community_admin", "north"), ("street_admin", "street"),
                                        ("inspector", "north_grid"), ("command", "north_grid")])
async def test_only_an_admin_above_the_region_draws_it(client, who, where):
    """A community's admin draws its grids, not its own outline; a street under a district is drawn from above;
    inspectors and command staff only read."""
    tree = await builders.region_tree()
    role, home = {"community_admin": (Role.ADMIN, "north"), "street_admin": (Role.ADMIN, "street"),
                  "inspector": (Role.INSPECTOR, "street"), "command": (Role.COMMAND, "street")}[who]
    user = await builders.user(role, tree[home])
    answer = await _put(client, user, tree[where], SQUARE)
    assert answer.status_code == 403
    if role == Role.ADMIN:
        assert answer.json()["code"] == "REGION_BOUNDARY_FORBIDDEN"
    assert (await Region.get(id=tree[where].id)).boundary is None
    assert not await AuditEntry.filter(action="region.boundary_set").exists()


async def test_a_community_admin_draws_its_grid_but_not_the_neighbours(client):
    tree = await builders.region_tree()
    admin = await builders.user(Role.ADMIN, tree["north"])
    assert (await _put(client, admin, tree["north_grid"], SQUARE)).status_code == 200
    assert (await _put(client, admin, tree["south_grid"], SQUARE)).status_code == 404


@pytest.mark.parametrize("boundary, says", [
    ({"type": "Point", "coordinates": [104.26, 30.99]}, "Polygon"),
    ({"type": "Polygon", "coordinates": [RING[:-1]]}, "未闭合"),
    ({"type": "Polygon", "coordinates": [RING[:2] + RING[:1]]}, "4 个点"),
    ({"type": "Polygon", "coordinates": [[[30.998, 104.262], [30.998, 104.271], [31.006, 104.271],
                                          [30.998, 104.262]]]}, "经度在前"),
    ({"type": "Polygon", "coordinates": [[[104.26, 30.99, 500], [104.27, 30.99, 500], [104.27, 31.0, 500],
                                          [104.26, 30.99, 500]]]}, "[经度, 纬度]"),
    ({"type": "Polygon", "coordinates": [[["104.26", 30.99], [104.27, 30.99], [104.27, 31.0],
                                          ["104.26", 30.99]]]}, "数字"),
    ({"type": "Polygon", "coordinates": [[[10 ** 400, 30.99], [104.27, 30.99], [104.27, 31.0],
                                          [10 ** 400, 30.99]]]}, "数字"),
    ({"type": "Polygon", "coordinates": []}, "环"),
    ({"type": "MultiPolygon", "coordinates": []}, "多边形"),
    ({"type": "Polygon", "coordinates": [[[104.26 + n / 1e5, 30.99] for n in range(boundaries.MAX_POSITIONS)]
                                         + [[104.26, 30.99]]]}, "上限"),
])
async def test_a_bad_shape_is_422_and_nothing_is_written(client, boundary, says):
    tree = await builders.region_tree()
    admin = await builders.user(Role.ADMIN, tree["street"])
    answer = await _put(client, admin, tree["north_grid"], boundary)
    assert answer.status_code == 422, answer.text
    assert answer.json()["code"] == "REGION_BOUNDARY_INVALID" and says in answer.json()["message"]
    assert (await Region.get(id=tree["north_grid"].id)).boundary is None
    assert not await AuditEntry.filter(action__startswith="region.boundary").exists()


async def test_an_unknown_field_or_region_is_refused(client):
    tree = await builders.region_tree()
    admin = await builders.user(Role.ADMIN, tree["street"])
    extra = await client.put(f"/api/v1/regions/{tree['north_grid'].id}/boundary", headers=builders.auth(admin),
                             json={"boundary": SQUARE, "colour": "blue"})
    assert extra.status_code == 422
    assert (await _put(client, admin, Region(id=999_999), SQUARE)).status_code == 404


def test_around_encloses_its_points_with_the_margin():
    points = [(104.265, 31.0), (104.268, 31.002), (104.27, 30.999)]
    shape = boundaries.validate(boundaries.around(points, 200))
    ring = shape["coordinates"][0]
    lngs, lats = [p[0] for p in ring], [p[1] for p in ring]
    # 200 m is about 0.0018° of latitude and 0.0021° of longitude here.
    assert min(lats) < 30.999 - 0.0017 and max(lats) > 31.002 + 0.0017
    assert min(lngs) < 104.265 - 0.002 and max(lngs) > 104.27 + 0.002
