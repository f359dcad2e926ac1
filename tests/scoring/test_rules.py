"""The pure scoring rules: one row per rule, band edge, veto and hysteresis case; no database."""

import copy
from dataclasses import replace
from datetime import datetime, timedelta

import pytest

from core.errors import InvalidInput
from scoring import rules
from scoring.ruleset import default_body, validate_body

NOW = datetime(2026, 6, 1, 12, 0)
RULESET = default_body()
ALL_DOCS = frozenset(d["doc_type"] for d in RULESET["documents"])
PERFECT = rules.Facts(enterprise_id=1, valid_documents=ALL_DOCS, managers_certified=1)


def points(verdict, rule):
    return sum(line.points for line in verdict.breakdown if line.rule == rule)


def test_perfect_enterprise_scores_100_green():
    verdict = rules.evaluate(PERFECT, RULESET, NOW)
    assert (verdict.score, verdict.color, verdict.vetoes, verdict.advice) == (100, "green", [], [])


def test_dimensions_add_to_30_45_25():
    verdict = rules.evaluate(PERFECT, RULESET, NOW)
    by_dimension = {}
    for line in verdict.breakdown:
        by_dimension[line.dimension] = by_dimension.get(line.dimension, 0) + line.points
    assert by_dimension == {"systems": 30, "inspections": 45, "behaviour": 25}


@pytest.mark.parametrize("doc", sorted(RULESET["documents"], key=lambda d: d["doc_type"]),
                         ids=lambda d: d["doc_type"])
def test_each_missing_document_costs_its_points_and_advises(doc):
    facts = replace(PERFECT, valid_documents=ALL_DOCS - {doc["doc_type"]})
    verdict = rules.evaluate(facts, RULESET, NOW)
    assert verdict.score == 100 - doc["points"]
    assert f"上传有效期内的{doc['label']} +{doc['points']:g}" in [a.action for a in verdict.advice]


def test_expired_document_says_expired():
    facts = replace(PERFECT, valid_documents=ALL_DOCS - {"emergency_plan"}, expired_documents={"emergency_plan"})
    line = next(x for x in rules.evaluate(facts, RULESET, NOW).breakdown if x.rule == "document.emergency_plan")
    assert (line.points, line.reason) == (0, "应急预案已过期")


@pytest.mark.parametrize("overrides, rule, expected", [
    ({"managers_certified": 0}, "personnel.managers_trained", 0),
    ({"managers_certified": 2}, "personnel.managers_trained", 3),
    ({"special_work_exists": False}, "personnel.special_operators", 3),
    ({"special_work_exists": True}, "personnel.special_operators", 0),
    ({"special_work_exists": True, "special_operators_certified": 2}, "personnel.special_operators", 3),
    ({"special_work_exists": True, "special_operators_certified": 2, "special_operators_uncertified": 1},
     "personnel.special_operators", 0),
    ({"open_general": 1}, "hazards.open_general", -2),
    ({"open_general": 50}, "hazards.open_general", -20),            # capped
    ({"open_major": 1}, "hazards.open_major", -10),
    ({"overdue_general": 2, "open_general": 2}, "hazards.overdue_general", -10),
    ({"overdue_major": 1, "open_major": 1}, "hazards.overdue_major", -10),
    ({"reinspections_failed": 1}, "hazards.reinspection_failed", -3),
    ({"self_inspections_due": 4, "self_inspections_done": 2}, "behaviour.self_inspection", 5),
    ({"self_inspections_due": 0}, "behaviour.self_inspection", 10),
    ({"self_inspections_due": 2, "self_inspections_done": 5}, "behaviour.self_inspection", 10),
    ({"daily_reports_due": 10, "daily_reports_filed": 0}, "behaviour.daily_report", 0),
    ({"campaign_tasks_due": 4, "campaign_tasks_answered": 3}, "behaviour.campaign", 3.75),
    ({"closed_on_time": 1, "closed_late": 1}, "behaviour.timely_fix", 2.5),
])
def test_rule_points(overrides, rule, expected):
    assert points(rules.evaluate(replace(PERFECT, **overrides), RULESET, NOW), rule) == expected


def test_inspection_dimension_never_below_zero():
    facts = replace(PERFECT, open_general=10, overdue_general=10, open_major=3, overdue_major=3,
                    reinspections_failed=10)
    verdict = rules.evaluate(facts, RULESET, NOW)
    assert sum(x.points for x in verdict.breakdown if x.dimension == "inspections") == 0
    assert verdict.score == 55


@pytest.mark.parametrize("score, color", [(100, "green"), (85, "green"), (84.99, "yellow"), (70, "yellow"),
                                          (69.99, "red"), (0, "red")])
def test_band_edges(score, color):
    assert rules.band(score, RULESET) == color


@pytest.mark.parametrize("overrides, rule, color", [
    ({"open_major": 1, "open_major_hazard_ids": (7,)}, "open_major_hazard", "red"),
    ({"overdue_general": 1, "open_general": 1, "max_overdue_days": 31}, "hazard_overdue_long", "red"),
    ({"overdue_general": 1, "open_general": 1, "max_overdue_days": 3}, "overdue_hazard", "yellow"),
    ({"special_work_exists": True, "special_operators_uncertified": 1}, "uncertified_special_operator", "red"),
    ({"uncertified_operator_found_12m": True}, "uncertified_found_12m", "yellow"),
    ({"administrative_penalties_12m": 2}, "administrative_penalties", "yellow"),
    ({"fatal_accident_12m": True}, "fatal_accident_12m", "red"),
    ({"concealed_accident": True}, "concealed_accident", "red"),
    ({"serious_dishonesty_listed": True}, "serious_dishonesty_listed", "red"),
    ({"unlicensed_operation": True}, "unlicensed_operation", "red"),
    ({"refused_inspection": True}, "refused_inspection", "red"),
])
def test_each_veto_fires_and_sets_the_colour(overrides, rule, color):
    verdict = rules.evaluate(replace(PERFECT, **overrides), RULESET, NOW)
    assert rule in [v.rule for v in verdict.vetoes]
    assert verdict.color == color
    assert verdict.advice[0].lifts == color


@pytest.mark.parametrize("overrides, fired", [
    ({"max_overdue_days": 30, "overdue_general": 1, "open_general": 1}, {"overdue_hazard"}),   # 30 is not > 30
    ({"administrative_penalties_12m": 1}, set()),
    ({"special_work_exists": False, "special_operators_uncertified": 1}, set()),
])
def test_veto_edges(overrides, fired):
    verdict = rules.evaluate(replace(PERFECT, **overrides), RULESET, NOW)
    assert {v.rule for v in verdict.vetoes} == fired


def test_advice_names_the_hazards_and_puts_red_first():
    facts = replace(PERFECT, open_major=1, open_major_hazard_ids=(123,), open_general=1, overdue_general=1,
                    overdue_hazard_ids=(45,), valid_documents=ALL_DOCS - {"emergency_plan"})
    actions = [a.action for a in rules.evaluate(facts, RULESET, NOW).advice]
    assert actions[0] == "整改重大隐患 #123 解除红码"
    assert "整改逾期隐患 #45 解除黄码限制" in actions
    assert actions.index("整改逾期隐患 #45 解除黄码限制") < actions.index("上传有效期内的应急预案 +2")


def test_no_number_lives_in_code_a_ruleset_changes_the_outcome():
    stricter = copy.deepcopy(RULESET)
    stricter["bands"] = {"green": 101, "yellow": 100}
    stricter["vetoes"] = []
    assert rules.evaluate(PERFECT, stricter, NOW).color == "yellow"
    lenient = copy.deepcopy(RULESET)
    lenient["vetoes"] = []
    assert rules.evaluate(replace(PERFECT, open_major=1), lenient, NOW).color == "green"   # 90 without veto


# -- hysteresis --

@pytest.mark.parametrize("previous, improving_days, reinspected, raw_facts, shown", [
    ("green", None, False, {"open_major": 1}, "red"),                  # worse at once
    ("yellow", None, False, {"open_major": 1}, "red"),
    ("red", None, False, {}, "red"),                                   # better: held back, starts the clock
    ("red", 89, False, {}, "red"),
    ("red", 90, False, {}, "green"),                                   # held long enough
    ("red", 1, True, {}, "green"),                                     # verified re-inspection
    ("yellow", 10, False, {}, "yellow"),
    ("green", None, False, {}, "green"),
    (None, None, False, {}, "green"),                                  # first score: no hysteresis
])
def test_hysteresis(previous, improving_days, reinspected, raw_facts, shown):
    since = NOW - timedelta(days=improving_days) if improving_days is not None else None
    facts = replace(PERFECT, previous_color=previous, improving_since=since, verified_reinspection_since=reinspected,
                    **raw_facts)
    verdict = rules.evaluate(facts, RULESET, NOW)
    assert verdict.color == shown
    assert verdict.held_back == (shown != verdict.raw_color)


def test_held_back_verdict_starts_and_keeps_the_clock():
    first = rules.evaluate(replace(PERFECT, previous_color="red"), RULESET, NOW)
    assert first.improving_since == NOW
    later = NOW + timedelta(days=30)
    second = rules.evaluate(replace(PERFECT, previous_color="red", improving_since=first.improving_since),
                            RULESET, later)
    assert (second.color, second.improving_since) == ("red", NOW)


# -- properties --

DEDUCTIONS = ["open_general", "open_major", "overdue_general", "overdue_major", "reinspections_failed"]


@pytest.mark.parametrize("attr", DEDUCTIONS)
def test_score_is_monotone_in_each_deduction(attr):
    scores = [rules.evaluate(replace(PERFECT, **{attr: n}), RULESET, NOW).score for n in range(0, 15)]
    assert all(a >= b for a, b in zip(scores, scores[1:]))
    assert scores[0] > scores[-1]


@pytest.mark.parametrize("base", [PERFECT, rules.Facts(), replace(PERFECT, open_general=3)])
def test_more_overdue_hazards_never_improve_the_colour(base):
    ranks = []
    for n in range(0, 12):
        facts = replace(base, open_general=base.open_general + n, overdue_general=n, max_overdue_days=n * 5)
        ranks.append(rules.COLOR_RANK[rules.evaluate(facts, RULESET, NOW).color])
    assert ranks == sorted(ranks)


# -- the schema --

@pytest.mark.parametrize("mutate, field", [
    (lambda b: b["bands"].update(green=60), "bands"),
    (lambda b: b["documents"][0].update(points=40), "body"),
    (lambda b: b["vetoes"].append({"rule": "nonsense", "color": "red"}), "vetoes.11"),
    (lambda b: b["vetoes"].append({"rule": "hazard_overdue_long", "color": "red"}), "vetoes.11"),
    (lambda b: b["documents"][0].update(doc_type="passport"), "documents.0.doc_type"),
    (lambda b: b["hazards"].update(open_major=-1), "hazards.open_major"),
    (lambda b: b.pop("hysteresis"), "hysteresis"),
    (lambda b: b.update(extra=1), "extra"),
])
def test_bad_rulesets_name_the_field(mutate, field):
    body = copy.deepcopy(RULESET)
    mutate(body)
    with pytest.raises(InvalidInput) as caught:
        validate_body(body)
    assert field in [f["field"] for f in caught.value.detail]


# -- the path back to green: every rule that can cost points says what wins them back --

def _worst_cases() -> list[rules.Facts]:
    """Enterprises that lose every point a rule can take and fire every veto: documents missing, unverified,
    expired or incomplete; nobody certified; hazards open, overdue and re-inspected badly; nothing done on time;
    every recorded fact."""
    recorded = tuple(rules.RecordedFact(n, kind, NOW.date() - timedelta(days=10), "记录")
                     for n, kind in enumerate(rules.FACT_VETOES, 1))
    worst = rules.Facts(
        enterprise_id=1, special_work_exists=True, special_operators_uncertified=2, open_general=3, open_major=1,
        overdue_general=2, overdue_major=1, max_overdue_days=45, overdue_hazard_ids=(11, 12),
        open_major_hazard_ids=(13,), reinspections_failed=2, closed_on_time=1, closed_late=3,
        self_inspections_due=3, daily_reports_due=30, daily_reports_filed=3, campaign_tasks_due=2,
        uncertified_operator_found_12m=True, administrative_penalties_12m=3, recorded_facts=recorded,
        **rules.fact_flags(recorded))
    half = len(RULESET["documents"]) // 2
    kinds = sorted(ALL_DOCS)
    return [worst,
            replace(worst, valid_documents=frozenset(kinds), unverified_documents=frozenset(kinds)),
            replace(worst, expired_documents=frozenset(kinds[:half]), incomplete_documents=frozenset(kinds[half:]))]


def _rules_that_can_cost_points() -> set[str]:
    """Every breakdown rule and veto the ruleset names, walked from the ruleset and the rules module."""
    names = {f"document.{d['doc_type']}" for d in RULESET["documents"]}
    names |= {"personnel.managers_trained", "personnel.special_operators"}
    names |= {f"hazards.{name}" for name in ("open_general", "open_major", "overdue_general", "overdue_major",
                                             "reinspection_failed")}
    names |= {f"behaviour.{name}" for name in RULESET["behaviour"]}
    return names | {veto["rule"] for veto in RULESET["vetoes"]}


def test_every_rule_that_can_cost_points_has_advice():
    advised, lost = set(), set()
    for facts in _worst_cases():
        verdict = rules.evaluate(facts, RULESET, NOW)
        advised |= {a.rule for a in verdict.advice}
        lost |= {v.rule for v in verdict.vetoes}
        full = {line.rule: line.points for line in rules.evaluate(PERFECT, RULESET, NOW).breakdown}
        lost |= {line.rule for line in verdict.breakdown if line.points < full.get(line.rule, 0) or line.points < 0}
    assert lost >= _rules_that_can_cost_points() - {"hazards.base"}, "the worst cases miss a rule"
    missing = sorted(lost - advised)
    assert not missing, f"rules that cost points without advice (the path back to green): {missing}"


def test_unverified_documents_earn_the_rulesets_share():
    facts = replace(PERFECT, unverified_documents=frozenset({"responsibility"}))
    verdict = rules.evaluate(facts, RULESET, NOW)
    assert points(verdict, "document.responsibility") == 2 and verdict.score == 98
    assert verdict.advice[0].action == "请街道核验全员安全生产责任制 +2"
    heavier = {**RULESET, "unverified_document_weight": 1.0}
    assert rules.evaluate(facts, heavier, NOW).score == 100


@pytest.mark.parametrize("days_ago, in_force", [(-1, False), (0, True), (364, True), (365, False)])
def test_a_recorded_fact_counts_for_the_window_after_it_occurred(days_ago, in_force):
    fact = rules.RecordedFact(1, "accident", NOW.date() - timedelta(days=days_ago), "事故")
    assert rules.facts_in_force((fact,), NOW.date(), 365) == ((fact,) if in_force else ())


@pytest.mark.parametrize("kind, rule", sorted(rules.FACT_VETOES.items()))
def test_each_kind_of_fact_fires_its_veto_naming_the_fact(kind, rule):
    fact = rules.RecordedFact(7, kind, NOW.date() - timedelta(days=2), "现场核实")
    verdict = rules.evaluate(replace(PERFECT, recorded_facts=(fact,), **rules.fact_flags((fact,))), RULESET, NOW)
    [veto] = verdict.vetoes
    assert (veto.rule, veto.color, veto.facts) == (rule, "red", (fact,))
    assert "现场核实" in veto.reason and veto.source
    assert verdict.advice[0].rule == rule and "#7" in verdict.advice[0].action
