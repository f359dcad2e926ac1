"""Properties of the risk score over generated enterprises and generated (valid) rulesets (hypothesis): more of a
bad thing never raises the score nor improves the colour, the score and each dimension stay in bounds, and the
colour changes exactly at the band edges. test_rules.py holds the rows; these hunt for the cases between them.
About 3 s for all (max_examples 300 for the score properties, 200 for the edges)."""

import copy
import math
from dataclasses import replace
from datetime import datetime, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from scoring import rules
from scoring.ruleset import default_body, validate_body

NOW = datetime(2026, 6, 1, 12, 0)
DEFAULT = default_body()
DOC_TYPES = sorted(d["doc_type"] for d in DEFAULT["documents"])
COLORS = sorted(rules.COLOR_RANK)
FLAGS = ["fatal_accident_12m", "concealed_accident", "serious_dishonesty_listed", "unlicensed_operation",
         "refused_inspection", "uncertified_operator_found_12m"]

counts = st.integers(min_value=0, max_value=40)
points = st.one_of(st.integers(min_value=0, max_value=100), st.floats(min_value=0, max_value=100))


@st.composite
def bands(draw) -> dict:
    yellow = draw(st.floats(min_value=0, max_value=99.99))
    green = draw(st.floats(min_value=yellow, max_value=100).filter(lambda g: g > yellow))
    return {"green": green, "yellow": yellow}


@st.composite
def rulesets(draw) -> dict:
    """The default ruleset with its deductions, thresholds, bands and hold time redrawn; validated like an upload."""
    body = copy.deepcopy(DEFAULT)
    for name in ["open_general", "open_general_cap", "open_major", "overdue_general", "overdue_major",
                 "reinspection_failed"]:
        body["hazards"][name] = draw(points)
    for veto in body["vetoes"]:
        if veto["rule"] in rules.VETO_NEEDS_THRESHOLD:
            veto["threshold"] = draw(st.integers(min_value=0, max_value=60))
    body["bands"] = draw(bands())
    body["hysteresis"]["upgrade_after_days"] = draw(st.integers(min_value=0, max_value=200))
    return validate_body(body)


@st.composite
def facts(draw) -> rules.Facts:
    valid = draw(st.frozensets(st.sampled_from(DOC_TYPES)))
    expired = draw(st.frozensets(st.sampled_from(DOC_TYPES))) - valid
    values = {name: draw(counts) for name in [
        "managers_certified", "special_operators_certified", "special_operators_uncertified", "open_general",
        "open_major", "overdue_general", "overdue_major", "max_overdue_days", "reinspections_failed",
        "closed_on_time", "closed_late", "self_inspections_due", "self_inspections_done", "daily_reports_due",
        "daily_reports_filed", "campaign_tasks_due", "campaign_tasks_answered", "administrative_penalties_12m"]}
    values |= {name: draw(st.booleans()) for name in FLAGS + ["special_work_exists", "verified_reinspection_since"]}
    previous = draw(st.one_of(st.none(), st.sampled_from(COLORS)))
    improving = draw(st.one_of(st.none(), st.integers(min_value=0, max_value=200)))
    return rules.Facts(enterprise_id=1, valid_documents=valid, expired_documents=expired, previous_color=previous,
                       improving_since=None if improving is None else NOW - timedelta(days=improving), **values)


def _more(name):
    return lambda f, k: replace(f, **{name: getattr(f, name) + k})


def _fewer(name):
    return lambda f, k: replace(f, **{name: max(0, getattr(f, name) - k)})


def _lose_document(f, k):
    if not f.valid_documents:
        return f
    lost = sorted(f.valid_documents)[k % len(f.valid_documents)]
    return replace(f, valid_documents=f.valid_documents - {lost})


# Each makes the enterprise worse by k (k ≥ 1): more of a bad thing, or less of a good one.
WORSENINGS = {
    **{f"more {name}": _more(name) for name in [
        "open_general", "open_major", "overdue_general", "overdue_major", "max_overdue_days",
        "reinspections_failed", "special_operators_uncertified", "closed_late", "self_inspections_due",
        "daily_reports_due", "campaign_tasks_due", "administrative_penalties_12m"]},
    **{f"fewer {name}": _fewer(name) for name in [
        "managers_certified", "special_operators_certified", "closed_on_time", "self_inspections_done",
        "daily_reports_filed", "campaign_tasks_answered"]},
    **{f"flag {name}": (lambda name: lambda f, k: replace(f, **{name: True}))(name) for name in FLAGS},
    "special work declared": lambda f, k: replace(f, special_work_exists=True),
    "a valid document lost": _lose_document,
}


@settings(max_examples=300, deadline=None)
@given(base=facts(), ruleset=rulesets(), worsening=st.sampled_from(sorted(WORSENINGS)),
       k=st.integers(min_value=1, max_value=20))
def test_more_of_a_bad_thing_never_raises_the_score_nor_improves_the_colour(base, ruleset, worsening, k):
    worse = WORSENINGS[worsening](base, k)
    before, after = rules.evaluate(base, ruleset, NOW), rules.evaluate(worse, ruleset, NOW)
    assert after.score <= before.score
    assert rules.COLOR_RANK[after.raw_color] >= rules.COLOR_RANK[before.raw_color]
    assert rules.COLOR_RANK[after.color] >= rules.COLOR_RANK[before.color]


@settings(max_examples=300, deadline=None)
@given(subject=facts(), ruleset=rulesets())
def test_the_score_and_each_dimension_stay_in_bounds(subject, ruleset):
    verdict = rules.evaluate(subject, ruleset, NOW)
    assert 0 <= verdict.score <= 100
    for dimension, spec in ruleset["dimensions"].items():
        earned = sum(line.points for line in verdict.breakdown if line.dimension == dimension)
        assert -1e-9 <= earned <= spec["max"] + 1e-9, dimension
    assert verdict.score == round(sum(line.points for line in verdict.breakdown), 2)
    assert {verdict.color, verdict.raw_color} <= set(COLORS)
    assert all(advice.gain >= 0 for advice in verdict.advice)


@settings(max_examples=300, deadline=None)
@given(subject=facts(), ruleset=rulesets())
def test_the_colour_is_the_band_of_the_shown_score_made_worse_only_by_vetoes(subject, ruleset):
    """The colour agrees with the score the enterprise sees (the rounded one), vetoes only ever make it worse."""
    verdict = rules.evaluate(subject, ruleset, NOW)
    expected = rules.band(verdict.score, ruleset)
    for veto in verdict.vetoes:
        expected = rules.worse(expected, veto.color)
    assert verdict.raw_color == expected
    if subject.previous_color is None:
        assert verdict.color == verdict.raw_color


@settings(max_examples=200, deadline=None)
@given(edges=bands(), score=st.floats(min_value=0, max_value=100))
def test_the_colour_changes_exactly_at_the_band_edges(edges, score):
    ruleset = {"bands": edges}
    green, yellow = edges["green"], edges["yellow"]
    assert rules.band(green, ruleset) == "green"
    assert rules.band(math.nextafter(green, -math.inf), ruleset) == "yellow"
    assert rules.band(yellow, ruleset) == "yellow"
    assert rules.band(math.nextafter(yellow, -math.inf), ruleset) == "red"
    assert rules.band(score, ruleset) == ("green" if score >= green else "yellow" if score >= yellow else "red")


def test_an_enterprise_scored_exactly_on_an_edge_takes_the_better_colour():
    """85 is green and 70 is yellow under the default ruleset (domain.md §5: green ≥ 85, yellow 70–84)."""
    one_point_doc = next(d["doc_type"] for d in DEFAULT["documents"] if d["points"] == 1)
    base = rules.Facts(valid_documents=frozenset(DOC_TYPES) - {one_point_doc}, managers_certified=1)
    on_green = rules.evaluate(replace(base, open_general=7), DEFAULT, NOW)         # 100 - 1 - 7×2
    below_green = rules.evaluate(replace(base, open_general=7, reinspections_failed=1), DEFAULT, NOW)
    on_yellow = rules.evaluate(replace(base, open_general=10, reinspections_failed=3), DEFAULT, NOW)  # 99-20-9
    below_yellow = rules.evaluate(replace(base, open_general=10, reinspections_failed=4), DEFAULT, NOW)
    assert [(v.score, v.color) for v in (on_green, below_green, on_yellow, below_yellow)] == [
        (85, "green"), (82, "yellow"), (70, "yellow"), (67, "red")]
