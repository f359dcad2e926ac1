from datetime import timedelta

from core import clock
from core.identity import Role
from inspections.models import Inspection
from tests import builders


async def test_figures_by_period_and_child_region(client, street):
    today = clock.now().date()
    south = await builders.enterprise(street.tree["south_grid"])
    admin = await builders.user(Role.ADMIN, street.tree["street"])
    for enterprise, kind in ((street.enterprise, "routine"), (street.enterprise, "self"), (south, "routine")):
        await Inspection.create(enterprise=enterprise, inspector=street.inspector, kind=kind, status="submitted",
                                started_at=clock.now(), submitted_at=clock.now())
    await builders.hazard(street.enterprise, street.inspector, status="closed", closed_at=clock.now(),
                          deadline_date=today - timedelta(days=1))
    await builders.hazard(street.enterprise, street.inspector, deadline_date=today)
    await builders.hazard(south, street.inspector, deadline_date=today + timedelta(days=3))  # not yet due
    # What the enterprise found itself is counted beside the street's figures, never in them (decision 034).
    await builders.hazard(street.enterprise, street.owner, kind="self", status="closed", closed_at=clock.now(),
                          deadline_date=today - timedelta(days=1))

    answer = await client.get("/api/v1/statistics/inspections", headers=builders.auth(admin),
                              params={"date_from": (today - timedelta(days=7)).isoformat()})
    assert answer.status_code == 200, answer.text
    body = answer.json()
    assert body["totals"] == {"inspections": 2, "self_inspections": 1, "hazards_reported": 3, "hazards_closed": 1,
                              "hazards_due": 2, "due_closed": 1, "rectification_rate": 0.5,
                              "self_hazards_reported": 1, "self_hazards_closed": 1}
    rows = {r["name"]: r for r in body["by_region"]}
    assert set(rows) == {"北社区", "南社区"}
    assert (rows["北社区"]["hazards_reported"], rows["南社区"]["hazards_reported"]) == (2, 1)
    assert rows["南社区"]["rectification_rate"] is None

    community = await client.get("/api/v1/statistics/inspections", headers=builders.auth(street.outsider))
    assert community.json()["totals"]["hazards_reported"] == 1  # the south community inspector's own subtree
    hidden = await client.get("/api/v1/statistics/inspections", headers=builders.auth(street.outsider),
                              params={"region_id": street.tree["north"].id})
    assert hidden.status_code == 404
    assert (await client.get("/api/v1/statistics/inspections",
                             headers=builders.auth(street.owner))).status_code == 403
    backwards = await client.get("/api/v1/statistics/inspections", headers=builders.auth(admin),
                                 params={"date_from": today.isoformat(),
                                         "date_to": (today - timedelta(days=1)).isoformat()})
    assert (backwards.status_code, backwards.json()["code"]) == (422, "PERIOD_INVALID")
