"""Whose colour worsens within a few days if nothing happens. Pure: the scoring rules (scoring.rules) evaluate the
facts of today with the deadline- and expiry-driven ones taken from the same enterprise gathered days ahead.

Only the facts that time alone changes are taken from the future: what an enterprise does (self-inspections,
daily reports, fixes) stays as it is today, so a diligent enterprise is not flagged for reports it has yet to file."""

from dataclasses import dataclass, replace
from datetime import datetime, timedelta

from scoring.rules import COLOR_RANK, Facts, Verdict, evaluate

# Facts that change with the calendar alone: hazards passing their deadline, documents and certificates expiring.
TIME_DRIVEN = ("valid_documents", "expired_documents", "managers_certified", "certificates_total",
               "certificates_expired", "special_operators_certified", "special_operators_uncertified",
               "overdue_general", "overdue_major", "max_overdue_days", "overdue_hazard_ids")


@dataclass(frozen=True)
class Worsening:
    today: Verdict
    ahead: Verdict
    reasons: list[str]


def shifted(today: Facts, ahead: Facts) -> Facts:
    return replace(today, **{name: getattr(ahead, name) for name in TIME_DRIVEN})


def _reasons(today: Verdict, ahead: Verdict) -> list[str]:
    """The new vetoes first, then the score lines that lose points, in the rules' own words."""
    had = {veto.rule for veto in today.vetoes}
    points = {line.rule: line.points for line in today.breakdown}
    reasons = [veto.reason for veto in ahead.vetoes if veto.rule not in had]
    reasons += [line.reason for line in ahead.breakdown if line.points < points.get(line.rule, 0)]
    return list(dict.fromkeys(reasons))


def worsening(today: Facts, ahead: Facts, ruleset: dict, now: datetime, days: int) -> Worsening | None:
    """The verdicts today and `days` ahead when the colour gets worse, else None."""
    now_verdict = evaluate(today, ruleset, now)
    later = evaluate(shifted(today, ahead), ruleset, now + timedelta(days=days))
    if COLOR_RANK[later.color] <= COLOR_RANK[now_verdict.color]:
        return None
    return Worsening(now_verdict, later, _reasons(now_verdict, later))
