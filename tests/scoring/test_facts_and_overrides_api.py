"""Facts that feed the vetoes and the manual override, over HTTP: recorded with evidence, audited, in the risk
explanation with their source; revoked with the colour back at once; bad input refused with nothing written."""

from datetime import timedelta

import pytest

from core import clock
from core.identity import SYSTEM_PRINCIPAL, Role
from core.models import AuditEntry, OutboxEvent
from enterprises.models import Enterprise
from scoring import overrides, service as scoring_service
from scoring.models import RiskFact, RiskOverride, RiskScore
from scoring.schemas import RiskRead
from tests import builders


@pytest.fixture
async def street(db_clean):
    tree = await builders.region_tree()
    mine = await builders.enterprise(tree["north_grid"])
    other = await builders.enterprise(tree["south_grid"])
    return {"tree": tree, "mine": mine, "other": other,
            "inspector": await builders.user(Role.INSPECTOR, tree["north"]),
            "owner": await builders.user(Role.ENTERPRISE, enterprise=mine),
            "region_admin": await builders.user(Role.ADMIN, tree["north"]),
            "system_admin": await builders.user(Role.ADMIN, None)}


def _fact(**changes) -> dict:
    return {"kind": "accident", "occurred_on": (clock.now().date() - timedelta(days=3)).isoformat(),
            "reason": "车间叉车伤人，一人轻伤", **changes}


async def _written() -> tuple[int, int, int]:
    return (await RiskFact.all().count(), await AuditEntry.filter(action__startswith="risk_fact").count(),
            await OutboxEvent.filter(name__startswith="risk.fact").count())


async def test_a_recorded_fact_turns_the_colour_red_with_its_source_and_evidence(client, street):
    mine, inspector = street["mine"], street["inspector"]
    photo = await builders.photo(inspector)
    answer = await client.post(f"/api/v1/enterprises/{mine.id}/facts", headers=builders.auth(inspector),
                               json=_fact(evidence_upload_ids=[photo.id]))
    assert answer.status_code == 201, answer.text
    fact = answer.json()
    assert (fact["kind"], fact["recorded_by_id"], fact["evidence_upload_ids"]) == ("accident", inspector.id,
                                                                                   [photo.id])
    risk = (await client.get(f"/api/v1/enterprises/{mine.id}/risk", headers=builders.auth(street["owner"]))).json()
    assert risk["color"] == "red"
    [veto] = [v for v in risk["vetoes"] if v["rule"] == "fatal_accident_12m"]
    assert veto["source"] and veto["facts"] == [{"id": fact["id"], "kind": "accident",
                                                 "occurred_on": fact["occurred_on"], "reason": fact["reason"]}]
    assert "车间叉车伤人" in veto["reason"]
    assert any(a["rule"] == "fatal_accident_12m" and f"#{fact['id']}" in a["action"] for a in risk["advice"])
    assert await AuditEntry.filter(action="risk_fact.recorded", object_id=str(fact["id"])).exists()
    listed = (await client.get(f"/api/v1/enterprises/{mine.id}/facts", headers=builders.auth(street["owner"]))).json()
    assert [f["id"] for f in listed] == [fact["id"]]


async def test_revoking_a_fact_recorded_in_error_restores_the_colour_at_once(client, street):
    mine, inspector = street["mine"], street["inspector"]
    before = await scoring_service.recompute_risk(mine.id)
    fact = (await client.post(f"/api/v1/enterprises/{mine.id}/facts", headers=builders.auth(inspector),
                              json=_fact(kind="refused_inspection"))).json()
    assert (await Enterprise.get(id=mine.id)).risk_color == "red"
    answer = await client.post(f"/api/v1/enterprises/{mine.id}/facts/{fact['id']}/revoke",
                               headers=builders.auth(street["region_admin"]), json={"reason": "记错了企业"})
    assert answer.status_code == 200, answer.text
    assert answer.json()["revoke_reason"] == "记错了企业"
    # Not held back by the hysteresis that slows a real improvement: the colour before the mistake, now.
    assert (await Enterprise.get(id=mine.id)).risk_color == before.color
    latest = await RiskScore.filter(enterprise_id=mine.id).order_by("-id").first()
    assert latest.color == before.color and latest.vetoes == []
    again = await client.post(f"/api/v1/enterprises/{mine.id}/facts/{fact['id']}/revoke",
                              headers=builders.auth(inspector), json={"reason": "再撤一次"})
    assert (again.status_code, again.json()["code"]) == (409, "RISK_FACT_REVOKED")


async def test_a_real_improvement_still_waits_for_the_hold_time(street):
    """Hysteresis is kept for real improvement: a veto that ends by itself does not lift the colour at once."""
    mine = street["mine"]
    first = await scoring_service.recompute_risk(mine.id)
    await RiskFact.create(enterprise=mine, kind="accident", occurred_on=clock.now().date() - timedelta(days=364),
                          reason="旧事故", recorded_at=clock.now())
    assert (await scoring_service.recompute_risk(mine.id)).color == "red"
    clock.travel(timedelta(days=2))  # the fact leaves the 12-month window
    verdict = await scoring_service.recompute_risk(mine.id)
    assert verdict.raw_color == first.color and verdict.color == "red" and verdict.held_back


@pytest.mark.parametrize("body, code", [
    ({"occurred_on": None}, None),
    ({"reason": "   "}, "FACT_REASON_REQUIRED"),
    ({"occurred_on": "tomorrow"}, "FACT_DATE_IN_FUTURE"),
    ({"kind": "gossip"}, None),
])
async def test_a_fact_without_date_or_reason_or_from_the_future_is_422_and_writes_nothing(client, street, body,
                                                                                          code):
    if body.get("occurred_on") == "tomorrow":  # Beijing's tomorrow when the test runs, not when it was collected
        body = {"occurred_on": (clock.now().date() + timedelta(days=1)).isoformat()}
    answer = await client.post(f"/api/v1/enterprises/{street['mine'].id}/facts",
                               headers=builders.auth(street["inspector"]), json=_fact(**body))
    assert answer.status_code == 422, answer.text
    if code:
        assert answer.json()["code"] == code and answer.json()["message"]
    assert await _written() == (0, 0, 0)


async def test_evidence_of_another_enterprise_is_refused_and_nothing_written(client, street):
    theirs = await builders.photo(street["inspector"], street["other"])
    answer = await client.post(f"/api/v1/enterprises/{street['mine'].id}/facts",
                               headers=builders.auth(street["inspector"]), json=_fact(evidence_upload_ids=[theirs.id]))
    assert (answer.status_code, answer.json()["code"]) == (422, "EVIDENCE_NOT_OF_ENTERPRISE")
    assert await _written() == (0, 0, 0)


async def test_the_enterprise_and_viewers_may_not_record_facts(client, street):
    command = await builders.user(Role.COMMAND, street["tree"]["street"])
    for who, status in ((street["owner"], 403), (command, 403)):
        answer = await client.post(f"/api/v1/enterprises/{street['mine'].id}/facts", headers=builders.auth(who),
                                   json=_fact())
        assert answer.status_code == status
    outside = await builders.user(Role.INSPECTOR, street["tree"]["south"])
    answer = await client.post(f"/api/v1/enterprises/{street['mine'].id}/facts", headers=builders.auth(outside),
                               json=_fact())
    assert answer.status_code == 404
    assert await _written() == (0, 0, 0)


async def test_a_scan_by_an_inspector_offers_recording_a_refused_inspection(client, street):
    token = (await Enterprise.get(id=street["mine"].id)).qr_token
    body = (await client.get(f"/api/v1/scan/{token}", headers=builders.auth(street["inspector"]))).json()
    assert "record_refused_inspection" in body["actions"]


# -- the manual override --

def _override(**changes) -> dict:
    return {"color": "red", "reason": "事故调查期间", "until": (clock.now() + timedelta(days=30)).isoformat(),
            **changes}


async def test_an_override_shows_in_every_view_and_expires_by_itself(client, street):
    mine, admin = street["mine"], street["system_admin"]
    computed = await scoring_service.recompute_risk(mine.id)
    answer = await client.post(f"/api/v1/enterprises/{mine.id}/risk/override", headers=builders.auth(admin),
                               json=_override())
    assert answer.status_code == 200, answer.text
    risk = answer.json()
    assert (risk["color"], risk["computed_color"], risk["overridden"]) == ("red", computed.color, True)
    assert risk["override"]["reason"] == "事故调查期间"
    assert await AuditEntry.filter(action="risk.override_set", object_id=str(mine.id)).exists()
    detail = (await client.get(f"/api/v1/enterprises/{mine.id}", headers=builders.auth(admin))).json()
    assert detail["risk"]["color"] == "red" and detail["risk"]["overridden"] is True
    token = (await Enterprise.get(id=mine.id)).qr_token
    scan = (await client.get(f"/api/v1/scan/{token}")).json()
    assert scan["risk"]["color"] == "red" and scan["risk"]["overridden"] is True
    page = await client.get(f"/q/{token}")
    assert "红码" in page.text and "人工认定" in page.text
    counts = (await client.get("/api/v1/dashboard/summary", headers=builders.auth(admin))).json()["colors"]
    assert counts["red"] == 1
    # Past its time the read no longer shows it, and the worker's sweep puts the rules' colour back.
    clock.travel(timedelta(days=31))  # (tokens are checked against the wall clock: read through the service)
    risk = RiskRead.of(await scoring_service.get_risk(SYSTEM_PRINCIPAL, mine.id), clock.now())
    assert (risk.color, risk.overridden) == (computed.color, False)
    assert await overrides.expire_overrides() == 1
    fresh, latest = await Enterprise.get(id=mine.id), await RiskScore.filter(enterprise_id=mine.id).order_by("-id").first()
    # A month on, the rules' own colour (its self-inspection is now due) shows again.
    assert (fresh.risk_color, fresh.risk_override_until, latest.override) == (latest.color, None, None)
    assert await AuditEntry.filter(action="risk.override_expired").count() == 1
    assert await overrides.expire_overrides() == 0


@pytest.mark.parametrize("body, code", [
    ({"until": None}, None),
    ({"until": (clock.now() - timedelta(hours=1)).isoformat()}, "OVERRIDE_UNTIL_INVALID"),
    ({"until": (clock.now() + timedelta(days=400)).isoformat()}, "OVERRIDE_UNTIL_INVALID"),
    ({"reason": " "}, "OVERRIDE_REASON_REQUIRED"),
])
async def test_an_override_without_a_sound_expiry_or_reason_is_422_and_writes_nothing(client, street, body, code):
    answer = await client.post(f"/api/v1/enterprises/{street['mine'].id}/risk/override",
                               headers=builders.auth(street["system_admin"]), json=_override(**body))
    assert answer.status_code == 422, answer.text
    if code:
        assert answer.json()["code"] == code
    assert await RiskOverride.all().count() == 0 and not await AuditEntry.filter(action="risk.override_set").exists()


async def test_a_region_admin_may_not_override(client, street):
    answer = await client.post(f"/api/v1/enterprises/{street['mine'].id}/risk/override",
                               headers=builders.auth(street["region_admin"]), json=_override())
    assert (answer.status_code, answer.json()["code"]) == (403, "ROLE_FORBIDDEN")
    assert await RiskOverride.all().count() == 0
