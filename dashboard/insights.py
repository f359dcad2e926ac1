"""The command center's drill-downs for a region subtree: trend, overdue hazards, breakdowns, ranking and the
enterprises about to worsen. Read-only, a fixed number of queries each (the projection per chunk of enterprises)."""

from collections import defaultdict
from datetime import date, datetime, timedelta

from tortoise.expressions import Q
from tortoise.functions import Count, Max, Min

from core import access, clock
from core.db import reads_from_replica
from dashboard import projection, queries, shaping
from dashboard.periods import resolve_period
from dashboard.queries import COLORS, active_enterprises, between, scope_path, under
from enterprises.models import Region, RegionLevel
from core.identity import Principal
from inspections.models import Hazard
from inspections import rectification
from inspections.rectification import HazardStatus
from scoring import service as scoring_service
from scoring.models import RiskScore
from scoring.rules import COLOR_RANK

BREAKDOWN_FIELDS = {"region": "region_id", "industry": "industry", "category": "category"}


def _today(now: datetime | None) -> date:
    return (now or clock.now()).date()


@reads_from_replica
async def trend(principal: Principal, region_id: int | None, date_from: date | None, date_to: date | None,
                now: datetime | None = None) -> dict:
    """Hazards found and closed per day of the period (two queries of one date column each)."""
    path = await scope_path(principal, region_id)
    today = _today(now)
    period = resolve_period(date_from, date_to, today)
    opened = await Hazard.filter(**between("created_at", period), **under(path)).values_list("created_at", flat=True)
    closed = await (Hazard.filter(status=HazardStatus.CLOSED, **between("closed_at", period), **under(path))
                    .values_list("closed_at", flat=True))
    days = shaping.daily_series(period, today, [clock.aware(at).date() for at in opened],
                                [clock.aware(at).date() for at in closed])
    return {"period": {"from": period.start, "to": period.end}, "days": days}


def _overdue(path: str | None, today: date):
    """Open hazards past their deadline (rectification.is_overdue): a fix awaiting verification is not late."""
    return Hazard.filter(status=HazardStatus.OPEN, deadline_date__lt=today, **under(path))


@reads_from_replica
async def awaiting_verification(principal: Principal, region_id: int | None, page: int, size: int,
                                now: datetime | None = None) -> dict:
    """The 待复查 queue: fixes the enterprises submitted that wait for the street's verification, the longest
    waiting first, with their age. Three queries."""
    path = await scope_path(principal, region_id)
    now = now or clock.now()
    total = await queries.awaiting_verification(path).count()
    page_rows = await queries.fix_submissions(path).offset((page - 1) * size).limit(size).values_list(
        "hazard_id", "last")
    about = {row["id"]: row for row in await Hazard.filter(id__in=[h for h, _ in page_rows] or [0]).values(
        "id", "title", "severity", "deadline_date", "enterprise_id", "enterprise__name", "enterprise__region__name",
        "reported_by_id")}
    items = []
    for hazard_id, submitted_at in page_rows:
        row, submitted_at = about[hazard_id], clock.aware(submitted_at)
        items.append({"id": hazard_id, "title": row["title"], "severity": str(row["severity"]),
                      "status": HazardStatus.SUBMITTED.value, "status_label": "待复查",
                      "deadline": row["deadline_date"], "submitted_at": submitted_at,
                      "waiting_days": rectification.verification_wait_days(submitted_at.date(), now),
                      "submitted_in_time": rectification.fixed_in_time(row["deadline_date"], submitted_at.date()),
                      "enterprise_id": row["enterprise_id"], "enterprise_name": row["enterprise__name"],
                      "grid": row["enterprise__region__name"], "inspector_id": row["reported_by_id"]})
    return {"items": items, "total": total, "page": page, "size": size}


@reads_from_replica
async def overdue(principal: Principal, region_id: int | None, page: int, size: int,
                  now: datetime | None = None) -> dict:
    """Open hazards past their deadline, the longest overdue first."""
    path = await scope_path(principal, region_id)
    today = _today(now)
    total = await _overdue(path, today).count()
    rows = await (_overdue(path, today).order_by("deadline_date", "id").offset((page - 1) * size).limit(size)
                  .values("id", "title", "severity", "status", "deadline_date", "enterprise_id",
                          "enterprise__name", "enterprise__region__name"))
    items = [{"id": row["id"], "title": row["title"], "severity": str(row["severity"]), "status": str(row["status"]),
              "deadline": row["deadline_date"], "days_overdue": (today - row["deadline_date"]).days,
              "enterprise_id": row["enterprise_id"], "enterprise_name": row["enterprise__name"],
              "grid": row["enterprise__region__name"]} for row in rows]
    return {"items": items, "total": total, "page": page, "size": size}


async def _region_groups(path: str | None) -> tuple[dict[int, int], dict[int, str]]:
    """Each region of the subtree → the branch directly under the scope it belongs to, and the branches' names.
    Enterprises registered at the scope region itself form a group of their own."""
    regions = await Region.filter(**access.subtree(path, "path")).values_list(
        "id", "path", "name")
    branch_names = {rid: name for rid, _, name in regions}
    group, names = {}, {}
    for rid, region_path, _ in regions:
        branch = shaping.branch_of(region_path, path) or rid
        group[rid] = branch
        names[branch] = branch_names[branch]
    return group, names


@reads_from_replica
async def breakdown(principal: Principal, region_id: int | None, by: str, now: datetime | None = None) -> dict:
    """Enterprises by colour and their unclosed and overdue hazards, per region branch, industry or category."""
    path = await scope_path(principal, region_id)
    today = _today(now)
    field = BREAKDOWN_FIELDS[by]
    colors = await (active_enterprises(path).group_by(field, "risk_color").annotate(n=Count("id"))
                    .values_list(field, "risk_color", "n"))
    late = Q(status=HazardStatus.OPEN, deadline_date__lt=today)
    hazards = await (Hazard.filter(~Q(status=HazardStatus.CLOSED), **under(path))
                     .annotate(n=Count("id"), late=Count("id", _filter=late))
                     .group_by(f"enterprise__{field}").values_list(f"enterprise__{field}", "n", "late"))
    group, names = await _region_groups(path) if by == "region" else ({}, {})
    rows = defaultdict(lambda: {"enterprises": 0, "colors": dict.fromkeys([*COLORS, "unrated"], 0),
                                "hazards_open": 0, "hazards_overdue": 0})
    for key, color, n in colors:
        row = rows[group.get(key, key)]
        row["enterprises"] += n
        row["colors"][str(color) if color else "unrated"] += n
    for key, n, late_n in hazards:
        row = rows[group.get(key, key)]
        row["hazards_open"] += n
        row["hazards_overdue"] += late_n or 0
    items = [{"key": str(key), "name": names.get(key, key) or "未填写", **figures} for key, figures in rows.items()]
    return {"by": by, "items": sorted(items, key=lambda item: (-item["enterprises"], item["name"]))}


@reads_from_replica
async def ranking(principal: Principal, region_id: int | None, date_from: date | None, date_to: date | None,
                  limit: int, now: datetime | None = None) -> dict:
    """Scores at the end of the period against the start, from the risk history (for the street's rewards and
    penalties). Enterprises first scored during the period have no starting point and are left out."""
    path = await scope_path(principal, region_id)
    period = resolve_period(date_from, date_to, _today(now))
    start, end = clock.start_of(period.start), clock.start_of(period.end + timedelta(days=1))
    marks = await (RiskScore.filter(scored_at__lt=end, **under(path)).group_by("enterprise_id")
                   .annotate(first=Max("id", _filter=Q(scored_at__lt=start)), last=Max("id"))
                   .values_list("enterprise_id", "first", "last"))
    pairs = [(eid, first, last) for eid, first, last in marks if first is not None]
    scores = {row_id: (str(color), score) for row_id, color, score in await RiskScore.filter(
        id__in=[i for _, first, last in pairs for i in (first, last)] or [0]).values_list("id", "color", "score")}
    changes = [shaping.ScoreChange(eid, *scores[first], *scores[last]) for eid, first, last in pairs]
    ranked = shaping.ranking(changes, limit)
    shown = {c.enterprise_id for rows in ranked.values() for c in rows}
    about = {eid: (name, grid) for eid, name, grid in await active_enterprises(path).filter(
        id__in=list(shown) or [0]).values_list("id", "name", "region__name")}
    return {"period": {"from": period.start, "to": period.end}, "compared": len(changes),
            **{kind: [_ranked(c, about) for c in rows if c.enterprise_id in about] for kind, rows in ranked.items()}}


async def _communities(path: str | None) -> tuple[dict[int, int], dict[int, str]]:
    """Each region of the subtree → the community it lies in (itself, for a community), and the communities'
    names; regions above the community level belong to none."""
    regions = await Region.filter(**access.subtree(path, "path")).values_list("id", "path", "level", "name")
    communities = {rid: name for rid, _, level, name in regions if level == RegionLevel.COMMUNITY}
    of = {}
    for rid, region_path, _, _ in regions:
        found = [int(part) for part in region_path.strip("/").split("/") if int(part) in communities]
        if found:
            of[rid] = found[0]
    return of, communities


_NOT_GREEN = (Q(effective_color__in=["yellow", "red"])
              | Q(effective_color__isnull=True, color__in=["yellow", "red"]))


@reads_from_replica
async def monthly_board(principal: Principal, region_id: int | None, month: date | None, limit: int,
                        now: datetime | None = None) -> dict:
    """The street's monthly 比学赶超 board per community, from the risk history with the colour shown (an
    override's while it held): turned green, improved most, stayed green all month. An enterprise first scored
    during the month starts from its first verdict (docs/decisions/033). Four queries."""
    path = await scope_path(principal, region_id)
    today = _today(now)
    first = (month or today).replace(day=1)
    month_end = (first + timedelta(days=32)).replace(day=1) - timedelta(days=1)
    start, end = clock.start_of(first), clock.start_of(min(month_end, today) + timedelta(days=1))
    in_month = Q(scored_at__gte=start)
    marks = await (RiskScore.filter(scored_at__lt=end, **under(path)).group_by("enterprise_id")
                   .annotate(before=Max("id", _filter=Q(scored_at__lt=start)), first=Min("id", _filter=in_month),
                             last=Max("id"), not_green=Count("id", _filter=in_month & _NOT_GREEN))
                   .values_list("enterprise_id", "before", "first", "last", "not_green"))
    marks = [(eid, before or first_in, last, not_green) for eid, before, first_in, last, not_green in marks
             if before or first_in]
    states = {row_id: (str(effective or color), score) for row_id, color, effective, score in await RiskScore.filter(
        id__in=[i for _, begin, last, _ in marks for i in (begin, last)] or [0]).values_list(
        "id", "color", "effective_color", "score")}
    about = {eid: (name, grid, region) for eid, name, grid, region in await active_enterprises(path).filter(
        id__in=[m[0] for m in marks] or [0]).values_list("id", "name", "region__name", "region_id")}
    community_of, names = await _communities(path)
    entries = []
    for eid, begin, last, not_green in marks:
        if eid not in about or about[eid][2] not in community_of:
            continue
        change = shaping.ScoreChange(eid, *states[begin], *states[last])
        entries.append(shaping.BoardEntry(change, community_of[about[eid][2]],
                                          change.color_start == "green" and not not_green))
    board = shaping.monthly_board(entries, limit)
    return {"month": first.strftime("%Y-%m"), "period": {"from": first, "to": month_end},
            "communities": [{"region_id": cid, "name": names[cid],
                             **{kind: [_ranked(c, about) for c in rows] for kind, rows in board[cid].items()}}
                            for cid in sorted(board, key=lambda c: names[c])]}


def _ranked(change: shaping.ScoreChange, about: dict) -> dict:
    name, grid = about[change.enterprise_id][:2]
    return {"enterprise_id": change.enterprise_id, "name": name, "grid": grid, "color_start": change.color_start,
            "score_start": change.score_start, "color_end": change.color_end, "score_end": change.score_end,
            "change": change.change}


@reads_from_replica
async def worsening(principal: Principal, region_id: int | None, days: int, now: datetime | None = None) -> dict:
    """Enterprises whose colour gets worse within `days` if nothing is done: the facts of today with the deadlines
    and expiries of `days` ahead, through the scoring rules (dashboard/projection.py)."""
    path = await scope_path(principal, region_id)
    now = now or clock.now()
    _, ruleset = await scoring_service.active_ruleset()
    enterprises = await active_enterprises(path).order_by("id").values_list("id", "name", "region__name")
    items = []
    for start in range(0, len(enterprises), scoring_service.CHUNK):
        chunk = enterprises[start:start + scoring_service.CHUNK]
        ids = [eid for eid, _, _ in chunk]
        today, _ = await scoring_service.gather_facts(ids, now, ruleset)
        ahead, _ = await scoring_service.gather_facts(ids, now + timedelta(days=days), ruleset)
        for eid, name, grid in chunk:
            found = projection.worsening(today[eid], ahead[eid], ruleset, now, days)
            if found:
                items.append({"enterprise_id": eid, "name": name, "grid": grid, "color": found.today.color,
                              "score": found.today.score, "projected_color": found.ahead.color,
                              "projected_score": found.ahead.score, "reasons": found.reasons})
    items.sort(key=lambda item: (-COLOR_RANK[item["projected_color"]], item["projected_score"]))
    return {"days": days, "items": items}
