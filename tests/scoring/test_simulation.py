"""Why a draft recolours an enterprise (scoring/simulation.py), pure: the same facts under the active ruleset and a
draft, and the reasons named; and the parameters a draft changes."""

import copy
from dataclasses import replace
from datetime import datetime

from scoring import rules, simulation
from scoring.ruleset import default_body

NOW = datetime(2026, 6, 1, 12, 0)
ACTIVE = default_body()
ALL_DOCS = frozenset(d["doc_type"] for d in ACTIVE["documents"])
# 87 points: green under the default bands (green ≥ 85).
GOOD = rules.Facts(enterprise_id=1, valid_documents=ALL_DOCS, managers_certified=1, open_general=6,
                   daily_reports_due=10, daily_reports_filed=9)


def _draft(**changes) -> dict:
    draft = copy.deepcopy(ACTIVE)
    for path, value in changes.items():
        *parents, last = path.split("__")
        target = draft
        for key in parents:
            target = target[key]
        target[last] = value
    return draft


def _explain(facts, draft, shown=None, overridden=False):
    current, verdict = rules.evaluate(facts, ACTIVE, NOW), rules.evaluate(facts, draft, NOW)
    shown = shown or current.color
    return verdict, [(r.rule, r.text) for r in simulation.explain(shown, overridden, current, verdict, ACTIVE, draft)]


def test_a_higher_green_line_names_the_bands_and_the_score():
    verdict, reasons = _explain(GOOD, _draft(bands__green=90))
    assert verdict.score == 87.5 and verdict.raw_color == "yellow"
    assert reasons == [("bands", "分数线 绿码≥85、黄码≥70 → 绿码≥90、黄码≥70,得分 87.5 为黄码")]


def test_a_heavier_deduction_names_the_score_and_the_line_that_moved():
    draft = _draft(hazards__open_general=5)  # 6 open general hazards: −12 → −20 (the cap)
    verdict, reasons = _explain(GOOD, draft)
    assert verdict.raw_color == "yellow"
    assert reasons == [("score", "得分 87.5 → 79.5"), ("hazards.open_general", "6项一般隐患未整改:-12 → -20 分")]


def test_a_veto_made_stricter_is_named_with_both_colours():
    facts = replace(GOOD, overdue_general=1, max_overdue_days=3, overdue_hazard_ids=(7,))
    assert rules.evaluate(facts, ACTIVE, NOW).raw_color == "yellow"  # the overdue hazard's veto: yellow
    stricter = _draft()
    stricter["vetoes"] = [{**v, "color": "red"} if v["rule"] == "overdue_hazard" else v for v in stricter["vetoes"]]
    verdict, reasons = _explain(facts, stricter)
    assert verdict.raw_color == "red"
    assert reasons == [("veto.overdue_hazard", "否决项「1项隐患逾期未整改」由黄码改为红码")]


def test_a_veto_that_no_longer_applies_is_named():
    facts = replace(GOOD, fatal_accident_12m=True)
    draft = _draft()
    draft["vetoes"] = [v for v in draft["vetoes"] if v["rule"] != "fatal_accident_12m"]
    verdict, reasons = _explain(facts, draft)
    assert verdict.raw_color == "green"
    assert reasons[-1] == ("veto.fatal_accident_12m", "否决项不再适用:12个月内发生生产安全事故")


def test_an_improvement_held_back_says_so():
    facts = replace(GOOD, open_general=8, previous_color="yellow", previous_color_since=NOW, improving_since=NOW)
    verdict, reasons = _explain(facts, _draft(bands__green=80), shown="yellow")
    assert verdict.held_back and (verdict.score, verdict.raw_color, verdict.color) == (83.5, "green", "yellow")
    assert reasons[0][0] == "bands" and reasons[-1] == ("hysteresis", "好转需保持 90 天才生效(防抖),启用后暂仍显示黄码")


def test_when_the_draft_is_not_the_cause_the_facts_or_the_override_are():
    # The draft equals the active ruleset, but the enterprise still shows the colour of its last scoring.
    _, reasons = _explain(GOOD, _draft(), shown="red")
    assert reasons == [("facts", "现行规则下重新评分也为绿码:上次评分后企业情况已有变化,下次评分即更新")]
    _, reasons = _explain(GOOD, _draft(), shown="red", overridden=True)
    assert reasons == [("override", "现为人工认定的红码,认定到期后按规则显示")]
    held = replace(GOOD, previous_color="yellow", previous_color_since=NOW, improving_since=NOW)
    _, reasons = _explain(held, _draft(), shown="yellow")
    assert reasons == [("hysteresis", "现行规则下也为绿码,因好转需保持一段时间(防抖)仍显示黄码")]
    reasons = simulation.explain(None, False, *[rules.evaluate(GOOD, ACTIVE, NOW)] * 2, ACTIVE, ACTIVE)
    assert [(r.rule, r.text) for r in reasons] == [("facts", "尚未评分:按现行规则也为绿码")]


def test_parameter_changes_are_labelled_and_ignore_reordering():
    draft = _draft(bands__green=90, hysteresis__reinspection_upgrades=False)
    draft["documents"] = list(reversed(draft["documents"]))
    draft["documents"][0] = {**draft["documents"][0], "points": 2}  # fire_inspection 1 → 2
    draft["vetoes"] = [v for v in draft["vetoes"] if v["rule"] != "refused_inspection"]
    changes = simulation.parameter_changes(ACTIVE, draft)
    assert [(c["field"], c["label"], c["before"], c["after"]) for c in changes] == [
        ("documents.fire_inspection.points", "消防设施检测和防火检查记录分值", 1, 2),
        ("bands.green", "绿码分数线", 85, 90),
        ("hysteresis.reinspection_upgrades", "复查通过立即好转", True, False),
        ("vetoes.refused_inspection.color", "否决项「拒绝、阻碍监督检查」颜色", "red", None),
        ("vetoes.refused_inspection.source", "否决项「拒绝、阻碍监督检查」依据", "domain.md §5", None),
    ]
    assert simulation.parameter_changes(ACTIVE, copy.deepcopy(ACTIVE)) == []
