"""The pure shaping and projection of the command center's answers."""

from datetime import date, datetime

from core.clock import SHANGHAI
from dashboard.periods import Period
from dashboard.projection import worsening
from dashboard.shaping import ScoreChange, branch_of, daily_series, ranking
from scoring.rules import Facts
from scoring.ruleset import default_body

TODAY = date(2026, 11, 28)
NOW = datetime(2026, 11, 28, 9, tzinfo=SHANGHAI)
RULESET = default_body()
ALL_DOCUMENTS = frozenset(item["doc_type"] for item in RULESET["documents"])


def test_the_daily_series_has_every_day_up_to_today():
    series = daily_series(Period(date(2026, 11, 26), date(2026, 11, 30)), TODAY,
                          [date(2026, 11, 26), date(2026, 11, 26)], [date(2026, 11, 28)])
    assert series == [{"date": date(2026, 11, 26), "opened": 2, "closed": 0},
                      {"date": date(2026, 11, 27), "opened": 0, "closed": 0},
                      {"date": date(2026, 11, 28), "opened": 0, "closed": 1}]


def test_a_region_belongs_to_the_branch_directly_under_the_scope():
    assert branch_of("/1/4/9/", "/1/") == 4
    assert branch_of("/1/4/", "/1/4/") is None
    assert branch_of("/2/5/", "/1/") is None
    assert branch_of("/1/4/9/", None) == 1


def test_the_ranking_orders_improvement_decline_and_lasting_red():
    changes = [ScoreChange(1, "yellow", 70, "green", 90), ScoreChange(2, "green", 90, "yellow", 80),
               ScoreChange(3, "red", 40, "red", 45), ScoreChange(4, "red", 30, "red", 30)]
    ranked = ranking(changes, limit=1)
    assert [c.enterprise_id for c in ranked["improved"]] == [1]
    assert [c.enterprise_id for c in ranked["worsened"]] == [2]
    assert [c.enterprise_id for c in ranked["stays_red"]] == [4]


def model_enterprise(**overrides) -> Facts:
    return Facts(**{"enterprise_id": 1, "valid_documents": ALL_DOCUMENTS, "managers_certified": 1, **overrides})


def test_documents_expiring_ahead_worsen_the_colour_with_their_reasons():
    expiring = frozenset({"responsibility", "appointment", "rules", "procedure", "training_record"})  # 16 points
    today = model_enterprise()
    ahead = model_enterprise(valid_documents=ALL_DOCUMENTS - expiring, expired_documents=expiring)
    found = worsening(today, ahead, RULESET, NOW, 7)
    assert (found.today.color, found.ahead.color) == ("green", "yellow")
    assert "全员安全生产责任制已过期" in found.reasons and len(found.reasons) == 5


def test_what_the_enterprise_does_is_kept_from_today():
    """Ahead, its reports would be unfiled; the projection keeps today's behaviour, so nothing worsens."""
    today = model_enterprise(daily_reports_due=10, daily_reports_filed=10)
    ahead = model_enterprise(daily_reports_due=17, daily_reports_filed=0, self_inspections_due=3)
    assert worsening(today, ahead, RULESET, NOW, 7) is None
