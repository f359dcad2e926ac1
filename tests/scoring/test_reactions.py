"""A colour from the first day, and documents that count when they are real: the registry's events reach the
rescore subscriber through the outbox, and the street's verification weighs in."""

from datetime import timedelta

import pytest

import bootstrap
from core import clock
from core.identity import Role
from core.models import AuditEntry, OutboxEvent
from enterprises.models import Enterprise, SafetyDocument
from tests import builders
from tests.enterprises.test_enterprises_api import new_enterprise


@pytest.fixture
async def street(db_clean):
    tree = await builders.region_tree()
    return {"tree": tree, "admin": await builders.user(Role.ADMIN, tree["street"]),
            "inspector": await builders.user(Role.INSPECTOR, tree["north"])}


async def _drain(settings, wechat_client) -> None:
    await bootstrap.dispatcher(settings, wechat_client).drain()


async def test_an_approved_enterprise_has_a_risk_code_once_the_outbox_is_drained(client, street, settings,
                                                                                 wechat_client):
    registrant = await builders.user(Role.PUBLIC)
    made = await client.post("/api/v1/enterprises", headers=builders.auth(registrant),
                             json=new_enterprise(street["tree"]["north_grid"].id))
    assert made.status_code == 201, made.text
    eid = made.json()["id"]
    approved = await client.post(f"/api/v1/enterprises/{eid}/approve", headers=builders.auth(street["admin"]))
    assert approved.status_code == 200
    admin = builders.auth(street["admin"])
    assert (await client.get(f"/api/v1/enterprises/{eid}/risk-code.png", headers=admin)).status_code == 409
    await _drain(settings, wechat_client)
    answer = await client.get(f"/api/v1/enterprises/{eid}/risk-code.png", headers=admin)
    assert (answer.status_code, answer.headers["content-type"]) == (200, "image/png")


async def test_an_admin_registration_and_a_profile_change_rescore_through_the_outbox(client, street, settings,
                                                                                    wechat_client):
    made = await client.post("/api/v1/enterprises", headers=builders.auth(street["admin"]),
                             json=new_enterprise(street["tree"]["north_grid"].id))
    eid = made.json()["id"]
    assert await OutboxEvent.filter(name="enterprise.activated").count() == 1
    await _drain(settings, wechat_client)
    first = await Enterprise.get(id=eid)
    assert first.risk_color is not None
    owner = await builders.user(Role.ENTERPRISE, enterprise=first)
    upload = await builders.photo(owner, first)
    added = await client.post(f"/api/v1/enterprises/{eid}/documents", headers=builders.auth(owner),
                              json={"doc_type": "responsibility", "title": "全员安全生产责任制",
                                    "upload_ids": [upload.id], "issued_date": "2026-01-01"})
    assert added.status_code == 201, added.text
    await _drain(settings, wechat_client)
    # Unverified: half of its 4 points.
    assert (await Enterprise.get(id=eid)).risk_score == first.risk_score + 2
    verified = await client.post(f"/api/v1/enterprises/{eid}/documents/{added.json()['id']}/verify",
                                 headers=builders.auth(street["inspector"]), json={"approved": True})
    assert verified.status_code == 200, verified.text
    assert (verified.json()["review"], verified.json()["reviewed_by_id"]) == ("verified", street["inspector"].id)
    await _drain(settings, wechat_client)
    assert (await Enterprise.get(id=eid)).risk_score == first.risk_score + 4
    # An edit of the file or dates makes it unverified again: the street checked the old one.
    edited = await client.patch(f"/api/v1/enterprises/{eid}/documents/{added.json()['id']}",
                                headers=builders.auth(owner), json={"issued_date": "2026-02-01"})
    assert edited.json()["review"] == "unverified"
    await _drain(settings, wechat_client)
    assert (await Enterprise.get(id=eid)).risk_score == first.risk_score + 2


async def test_a_document_without_a_file_or_date_does_not_count(street):
    from scoring import service as scoring_service

    company = await builders.enterprise(street["tree"]["north_grid"])
    today = clock.now().date()
    await SafetyDocument.create(enterprise=company, doc_type="rules", title="无附件", issued_date=today)
    await SafetyDocument.create(enterprise=company, doc_type="procedure", title="无日期", upload_ids=[1])
    await SafetyDocument.create(enterprise=company, doc_type="emergency_plan", title="驳回", upload_ids=[1],
                                issued_date=today, review="rejected")
    await SafetyDocument.create(enterprise=company, doc_type="drill_record", title="将来", upload_ids=[1],
                                issued_date=today + timedelta(days=3))
    facts, _ = await scoring_service.gather_facts([company.id], clock.now(), {})
    one = facts[company.id]
    assert one.valid_documents == frozenset()
    assert one.incomplete_documents == {"rules", "procedure", "emergency_plan", "drill_record"}


@pytest.mark.parametrize("document, body, code", [
    ({"upload_ids": []}, {"approved": True}, "DOCUMENT_FILE_MISSING"),
    ({"upload_ids": [1]}, {"approved": False, "note": " "}, "REVIEW_NOTE_REQUIRED"),
])
async def test_verifying_a_document_without_a_file_or_rejecting_without_a_reason_is_422(client, street, document,
                                                                                        body, code):
    company = await builders.enterprise(street["tree"]["north_grid"])
    made = await SafetyDocument.create(enterprise=company, doc_type="rules", title="制度",
                                       issued_date=clock.now().date(), **document)
    answer = await client.post(f"/api/v1/enterprises/{company.id}/documents/{made.id}/verify",
                               headers=builders.auth(street["inspector"]), json=body)
    assert (answer.status_code, answer.json()["code"]) == (422, code)
    assert (await SafetyDocument.get(id=made.id)).review == "unverified"
    assert not await AuditEntry.filter(action="safety_document.reviewed").exists()
    assert not await OutboxEvent.filter(name="enterprise.profile_changed").exists()


async def test_imported_enterprises_are_scored_through_the_outbox(client, street, settings, wechat_client):
    from enterprises.credit_code import complete
    from tests.enterprises.test_importing import row, xlsx

    codes = [complete("91510681MA1000071"), complete("91510681MA1000072")]
    answer = await client.post("/api/v1/enterprises/import", headers=builders.auth(street["admin"]),
                               files={"file": ("企业.xlsx", xlsx([row(code) for code in codes]),
                                               "application/octet-stream")})
    assert answer.json()["created"] == 2, answer.text
    assert await OutboxEvent.filter(name="enterprise.activated").count() == 2
    await _drain(settings, wechat_client)
    assert await Enterprise.filter(credit_code__in=codes, risk_color__isnull=False).count() == 2
