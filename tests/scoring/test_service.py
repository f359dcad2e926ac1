"""Gathering facts, persisting verdicts and the sweep, against the real database."""

from datetime import date, timedelta

import pytest

from core import audit, clock
from core.audit import SYSTEM
from core.models import AuditEntry
from enterprises.models import DocumentType, Enterprise, PersonnelRole, SafetyDocument, SafetyPerson
from core.models import OutboxEvent
from scoring import service as scoring_service
from scoring.models import RiskScore
from tests import builders
from tests.querycount import count_queries

pytestmark = pytest.mark.usefixtures("db_clean")


async def _documents(enterprise, *types, valid_until: date | None = None, review: str = "verified",
                     upload_ids: tuple[int, ...] = (1,), issued: date | None = date(2026, 1, 1)):
    """Documents as the street verified them: a file attached, an issue date (override to make them less)."""
    for doc_type in types:
        await SafetyDocument.create(enterprise=enterprise, doc_type=doc_type, title=str(doc_type),
                                    valid_until_date=valid_until, upload_ids=list(upload_ids), issued_date=issued,
                                    review=review)


async def _complete(enterprise):
    """Every document type of the default ruleset and a certified principal: a perfect record."""
    await _documents(enterprise, *[t for t in DocumentType if t != DocumentType.OTHER])
    await SafetyPerson.create(enterprise=enterprise, name="张三", role=PersonnelRole.PRINCIPAL, certificate_no="A1")


async def test_first_score_writes_enterprise_history_event_and_audit():
    tree = await builders.region_tree()
    company = await builders.enterprise(tree["north_grid"])
    await _complete(company)
    verdict = await scoring_service.recompute_risk(company.id)
    assert (verdict.score, verdict.color) == (100, "green")
    fresh = await Enterprise.get(id=company.id)
    assert (fresh.risk_color, fresh.risk_score) == ("green", 100)
    row = await RiskScore.get(enterprise_id=company.id)
    assert (row.ruleset_version, row.color) == (0, "green")
    events = await OutboxEvent.filter(name="risk.changed").values_list("payload", flat=True)
    assert events == [{"enterprise_id": company.id, "color": "green", "previous_color": None}]
    assert await AuditEntry.filter(action="risk.changed", object_id=str(company.id)).count() == 1


async def test_nothing_changed_writes_nothing():
    tree = await builders.region_tree()
    company = await builders.enterprise(tree["north_grid"])
    await scoring_service.recompute_risk(company.id)
    before = (await RiskScore.all().count(), await OutboxEvent.all().count(), await AuditEntry.all().count())
    await scoring_service.recompute_risk(company.id)
    assert (await RiskScore.all().count(), await OutboxEvent.all().count(), await AuditEntry.all().count()) == before


async def test_expired_documents_and_certificates_count_as_missing():
    tree = await builders.region_tree()
    company = await builders.enterprise(tree["north_grid"])
    yesterday = clock.now().date() - timedelta(days=1)
    await _documents(company, DocumentType.EMERGENCY_PLAN, valid_until=yesterday)
    await _documents(company, DocumentType.DRILL_RECORD, valid_until=clock.now().date())  # stops counting today
    await _documents(company, DocumentType.RULES, valid_until=clock.now().date() + timedelta(days=1))
    await SafetyPerson.create(enterprise=company, name="李四", role=PersonnelRole.SAFETY_MANAGER,
                              certificate_no="B1", certificate_expires_date=yesterday)
    facts, _ = await scoring_service.gather_facts([company.id], clock.now(), {})
    one = facts[company.id]
    assert one.valid_documents == {"rules"} and one.expired_documents == {"emergency_plan", "drill_record"}
    assert (one.managers_certified, one.certificates_expired) == (0, 1)


async def test_each_document_type_takes_its_best_document_and_each_person_counts_once():
    """A type counts when one of its documents does and is verified when a counting one is; an expired type is one
    with nothing counting; the rest are incomplete. Enterprises beside it in the chunk keep their own."""
    tree = await builders.region_tree()
    company, neighbour = [await builders.enterprise(tree["north_grid"]) for _ in range(2)]
    yesterday = clock.now().date() - timedelta(days=1)
    await _documents(company, DocumentType.RULES, review="unverified")
    await _documents(company, DocumentType.RULES, DocumentType.TRAINING_RECORD, review="verified")
    await _documents(company, DocumentType.PROCEDURE, review="unverified")
    await _documents(company, DocumentType.EMERGENCY_PLAN, valid_until=yesterday)
    await _documents(company, DocumentType.EMERGENCY_PLAN, DocumentType.DRILL_RECORD, review="rejected")
    await _documents(company, DocumentType.PPE_RECORD, upload_ids=())  # no file
    await _documents(neighbour, DocumentType.PROCEDURE)
    for role, number, expires in ((PersonnelRole.PRINCIPAL, "A1", None), (PersonnelRole.SAFETY_MANAGER, "", None),
                                  (PersonnelRole.SPECIAL_OPERATOR, "S1", yesterday),
                                  (PersonnelRole.EQUIPMENT_OPERATOR, "E1", clock.now().date())):
        await SafetyPerson.create(enterprise=company, name="人员", role=role, certificate_no=number,
                                  certificate_expires_date=expires)
    facts, _ = await scoring_service.gather_facts([company.id, neighbour.id], clock.now(), {})
    one, other = facts[company.id], facts[neighbour.id]
    assert one.valid_documents == {"rules", "training_record", "procedure"}
    assert one.unverified_documents == {"procedure"} and one.expired_documents == {"emergency_plan"}
    assert one.incomplete_documents == {"drill_record", "ppe_record"}
    assert (other.valid_documents, other.unverified_documents, other.incomplete_documents) == ({"procedure"},
                                                                                                set(), set())
    assert (one.managers_certified, one.certificates_total, one.certificates_expired) == (1, 2, 1)
    assert (one.special_operators_certified, one.special_operators_uncertified) == (1, 1)
    assert (other.managers_certified, other.special_operators_uncertified) == (0, 0)


async def test_uncertified_special_operator_makes_red_and_colour_worsens_at_once():
    tree = await builders.region_tree()
    company = await builders.enterprise(tree["north_grid"])
    await _complete(company)
    assert (await scoring_service.recompute_risk(company.id)).color == "green"
    await SafetyPerson.create(enterprise=company, name="王五", role=PersonnelRole.SPECIAL_OPERATOR)
    verdict = await scoring_service.recompute_risk(company.id)
    assert verdict.color == "red"
    assert [v.rule for v in verdict.vetoes] == ["uncertified_special_operator"]
    colors = await RiskScore.filter(enterprise_id=company.id).order_by("id").values_list("color", flat=True)
    assert colors == ["green", "red"]
    last = await OutboxEvent.filter(name="risk.changed").order_by("-id").first()
    assert last.payload == {"enterprise_id": company.id, "color": "red", "previous_color": "green"}


async def test_better_colour_waits_for_the_hold_time():
    tree = await builders.region_tree()
    company = await builders.enterprise(tree["north_grid"])
    await _complete(company)
    operator = await SafetyPerson.create(enterprise=company, name="王五", role=PersonnelRole.SPECIAL_OPERATOR)
    now = clock.now()
    assert (await scoring_service.recompute_risk(company.id, now)).color == "red"
    operator.certificate_no = "T1"
    await operator.save()
    held = await scoring_service.recompute_risk(company.id, now + timedelta(days=1))
    assert (held.color, held.raw_color) == ("red", "green")
    assert (await scoring_service.recompute_risk(company.id, now + timedelta(days=60))).color == "red"
    assert (await scoring_service.recompute_risk(company.id, now + timedelta(days=91))).color == "green"


async def test_single_rescore_runs_a_fixed_number_of_queries():
    tree = await builders.region_tree()
    small = await builders.enterprise(tree["north_grid"])
    big = await builders.enterprise(tree["north_grid"])
    await _complete(big)
    for n in range(5):
        await SafetyPerson.create(enterprise=big, name=f"工{n}", role=PersonnelRole.EQUIPMENT_OPERATOR,
                                  certificate_no=f"E{n}")
    await scoring_service.recompute_risk(small.id)
    await scoring_service.recompute_risk(big.id)
    counts = []
    for company in (small, big):
        await SafetyDocument.create(enterprise=company, doc_type=DocumentType.OTHER, title="变化")
        with count_queries() as statements:
            await scoring_service.recompute_risk(company.id, clock.now() + timedelta(minutes=1))
        counts.append(len(statements))
    assert counts[0] == counts[1] and counts[0] < 25


async def test_rescore_all_scores_every_active_enterprise_in_chunks():
    tree = await builders.region_tree()
    companies = [await builders.enterprise(tree["north_grid"]) for _ in range(5)]
    await _complete(companies[0])
    seen = []
    counts = await scoring_service.rescore_all(chunk=2, progress=lambda done, total: seen.append((done, total)))
    assert counts == {"scored": 5, "changed": 5}
    assert seen == [(2, 5), (4, 5), (5, 5)]
    colors = dict(await Enterprise.all().values_list("id", "risk_color"))
    assert colors[companies[0].id] == "green" and colors[companies[1].id] == "yellow"
    assert (await scoring_service.rescore_all())["changed"] == 0


async def test_a_sweep_writes_a_chunk_in_the_same_statements_however_many_scores_it_holds():
    """The enterprise columns of a chunk are one UPDATE per (colour, override), the scores in a CASE: a first sweep
    of 1,000 enterprises with hundreds of distinct scores used to be hundreds of UPDATEs."""
    tree = await builders.region_tree()
    await audit.record(SYSTEM, "test.started", "test", None)  # the chain's head exists before either is counted
    counts, scores = [], []
    for distinct in (False, True):
        companies = [await builders.enterprise(tree["north_grid"]) for _ in range(4)]
        cheap = [DocumentType.RESPONSIBILITY, DocumentType.DRILL_RECORD, DocumentType.INVESTMENT_LEDGER]
        for n, company in enumerate(companies):  # four distinct scores, all yellow, or one
            await _documents(company, *cheap[:(n if distinct else 1)])
        with count_queries() as statements:
            assert (await scoring_service.rescore_all(chunk=10))["changed"] == 4
        counts.append(len(statements))
        rows = await Enterprise.filter(id__in=[c.id for c in companies]).values_list("risk_color", "risk_score")
        scores.append(rows)
        await Enterprise.filter(id__in=[c.id for c in companies]).update(status="rejected")  # out of the next sweep
    assert len({score for _, score in scores[0]}) == 1 and len({score for _, score in scores[1]}) == 4
    assert {color for color, _ in scores[0]} == {color for color, _ in scores[1]}, "the same colours, to compare"
    assert counts[0] == counts[1]
    for company_scores in scores[1]:
        assert company_scores[1] is not None


async def test_declared_special_equipment_without_operators_loses_the_points():
    tree = await builders.region_tree()
    company = await builders.enterprise(tree["north_grid"], special_equipment=["叉车"])
    await _complete(company)
    verdict = await scoring_service.recompute_risk(company.id)
    assert verdict.score == 97 and verdict.color == "green"
    line = next(x for x in verdict.breakdown if x.rule == "personnel.special_operators")
    assert line.reason == "有特种设备或特种作业但未登记持证人员"
