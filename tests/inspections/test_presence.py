"""Presence policy: a street inspection started far from the enterprise is recorded, warned about or refused."""

import pytest
import pytest_asyncio

from api.app import create_app
from core.errors import InvalidInput
from inspections import presence
from inspections.presence import Presence, PresencePolicy, PresenceRule
from tests import builders
from tests.conftest import asgi_client
from tests.inspections.test_inspections_api import counts
from tests.inspections.conftest import key

RECORD, WARN, REFUSE = (PresenceRule(p, max_distance_m=500) for p in PresencePolicy)


@pytest.mark.parametrize("rule, located, distance, verdict", [
    (WARN, True, 120.0, Presence.NEAR),
    (WARN, True, 500.0, Presence.NEAR),
    (WARN, True, 501.0, Presence.FAR),
    (RECORD, True, 5000.0, Presence.FAR),
    (WARN, False, None, Presence.UNKNOWN),
    (RECORD, False, None, Presence.UNKNOWN),
    (REFUSE, True, 499.0, Presence.NEAR),
    (REFUSE, True, None, Presence.UNKNOWN),  # the enterprise has no registered location: cannot be judged
    (REFUSE, True, 501.0, "TOO_FAR_FROM_ENTERPRISE"),
    (REFUSE, False, None, "LOCATION_REQUIRED"),
])
def test_the_verdict_follows_the_policy(rule, located, distance, verdict):
    if isinstance(verdict, Presence):
        assert presence.judge(rule, located, distance) == verdict
    else:
        with pytest.raises(InvalidInput) as refused:
            presence.judge(rule, located, distance)
        assert refused.value.code == verdict and refused.value.detail[0]["field"] == "lat"


@pytest.mark.parametrize("rule, verdict, distance, says", [
    (WARN, Presence.FAR, 1234.4, "约 1234 米"),
    (WARN, Presence.UNKNOWN, None, "位置未知"),
    (WARN, Presence.NEAR, 20.0, None),
    (WARN, None, None, None),
    (RECORD, Presence.FAR, 1234.4, None),
])
def test_only_warn_tells_the_inspector(rule, verdict, distance, says):
    warning = presence.warning(rule, verdict, distance)
    assert (warning is None) if says is None else (says in warning)


NEAR_SPOT = {"lat": 37.461, "lng": 121.44}  # about 110 m from the registered location
FAR_SPOT = {"lat": 37.47, "lng": 121.44}  # about 1.1 km


@pytest_asyncio.fixture(loop_scope="session")
async def client_with(db_clean, settings, wechat_client):
    """A client of an app whose presence policy is the given one."""
    opened = []

    def make(policy: str):
        app = create_app(settings.model_copy(update={"inspection_presence_policy": policy,
                                                     "inspection_max_distance_m": 500.0}),
                         wechat=wechat_client, manage_database=False)
        opened.append(asgi_client(app))
        return opened[-1]

    yield make
    for http in opened:
        await http.aclose()


async def _start(http, street, who=None, **spot):
    return await http.post("/api/v1/inspections", json={"enterprise_id": street.enterprise.id, **spot},
                           headers={**builders.auth(who or street.inspector), **key()})


async def test_warn_records_and_says_so_and_the_list_counts_far_inspections(client, street):
    far = await _start(client, street, **FAR_SPOT)
    assert far.status_code == 201, far.text
    assert far.json()["presence"] == "far" and 1000 < far.json()["distance_m"] < 1200
    assert "远离企业" in far.json()["presence_warning"]
    near = (await _start(client, street, **NEAR_SPOT)).json()
    assert (near["presence"], near["presence_warning"]) == ("near", None)
    unknown = (await _start(client, street)).json()
    assert unknown["presence"] == "unknown" and "位置未知" in unknown["presence_warning"]
    own = (await _start(client, street, street.owner, kind="self", **FAR_SPOT)).json()
    assert (own["presence"], own["presence_warning"]) == (None, None)  # an enterprise's own check is not judged
    again = await client.get(f"/api/v1/inspections/{far.json()['id']}", headers=builders.auth(street.inspector))
    assert again.json()["presence"] == "far"
    listed = await client.get("/api/v1/inspections", params={"presence": "far"},
                              headers=builders.auth(street.inspector))
    assert listed.json()["total"] == 1
    assert [(i["id"], i["presence"]) for i in listed.json()["items"]] == [(far.json()["id"], "far")]
    bad = await client.get("/api/v1/inspections", params={"presence": "nowhere"},
                           headers=builders.auth(street.inspector))
    assert bad.status_code == 422 and bad.json()["detail"][0]["field"] == "query.presence"


async def test_record_stores_the_verdict_without_a_word(client_with, street):
    far = await _start(client_with("record"), street, **FAR_SPOT)
    assert far.status_code == 201
    assert (far.json()["presence"], far.json()["presence_warning"]) == ("far", None)


async def test_refuse_opens_no_checklist_from_afar_or_without_a_location(client_with, street):
    http = client_with("refuse")
    before = await counts()
    far = await _start(http, street, **FAR_SPOT)
    assert (far.status_code, far.json()["code"]) == (422, "TOO_FAR_FROM_ENTERPRISE")
    assert "500 米" in far.json()["message"]
    blind = await _start(http, street)
    assert (blind.status_code, blind.json()["code"]) == (422, "LOCATION_REQUIRED")
    assert [d["field"] for d in blind.json()["detail"]] == ["lat", "lng"]
    assert await counts() == before
    near = await _start(http, street, **NEAR_SPOT)
    assert near.status_code == 201 and near.json()["presence"] == "near"
    unlocated = await builders.enterprise(street.tree["north_grid"], industry="餐饮", lat=None, lng=None)
    answer = await http.post("/api/v1/inspections", json={"enterprise_id": unlocated.id, **NEAR_SPOT},
                             headers={**builders.auth(street.inspector), **key()})
    assert answer.status_code == 201 and answer.json()["presence"] == "unknown"
