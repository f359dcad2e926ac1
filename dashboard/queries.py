"""The command center's figures for a region subtree: a fixed number of grouped queries whatever the data size."""

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from tortoise.functions import Count, Max, Sum
from tortoise.expressions import Q, Subquery

from core import access, clock
from core.db import reads_from_replica
from core.errors import PermissionDenied
from dashboard import snapshot
from dashboard.models import DayFigures
from dashboard.periods import Period, change, rate, resolve_period
from enterprises.models import Enterprise, EnterpriseStatus
from core.identity import Principal, RiskColor
from enterprises.regions import get_region_in_scope, region_ids_under
from inspections import rectification
from inspections.models import DailyReport, Hazard, HazardEvent, Inspection, InspectionKind, InspectionStatus
from inspections.rectification import HazardStatus
from scoring.service import active_ruleset, inspection_interval_days

COLORS = [c.value for c in RiskColor]


def require_staff(principal: Principal) -> None:
    if not principal.is_staff:
        raise PermissionDenied("只有街道工作人员可以查看指挥中心数据", code="ROLE_FORBIDDEN")


async def scope_path(principal: Principal, region_id: int | None) -> str | None:
    """The region path the figures cover: the asked region (404 outside the caller's subtree) or the caller's own;
    None means everything (a system admin without a region)."""
    require_staff(principal)
    if region_id is not None:
        return (await get_region_in_scope(principal, region_id)).path
    return principal.region_path


@dataclass(frozen=True)
class Regions:
    """A subtree resolved once per request to its region ids (decision 067): each statement then filters
    `region_id IN (…)` on an index instead of repeating a `LIKE path%` subquery."""

    ids: tuple[int, ...]


Scope = str | Regions | None  # a region path, its resolved ids, or None for everything


async def resolve(path: str | None) -> Regions | None:
    return None if path is None else Regions(tuple(await region_ids_under(path)))


def _enterprises_in(scope: Scope) -> dict:
    if isinstance(scope, Regions):
        return {"region_id__in": scope.ids}
    return access.subtree(scope)


def under(path: Scope) -> dict:
    """Rows of enterprises under the path, by a subquery: a join would make Tortoise group an aggregate by every
    column of the row."""
    if path is None:
        return {}
    return {"enterprise_id__in": Subquery(Enterprise.filter(**_enterprises_in(path)).values("id"))}


def between(field: str, period: Period) -> dict:
    return {f"{field}__gte": clock.start_of(period.start), f"{field}__lt": clock.start_of(period.end + timedelta(days=1))}


def active_enterprises(path: Scope):
    return Enterprise.filter(status=EnterpriseStatus.ACTIVE, **_enterprises_in(path))


async def color_counts(path: Scope) -> dict[str, int]:
    return (await _colors_and_coverage(path, None))[0]


def _window_start(ruleset: dict, color: str, day: date) -> datetime:
    return clock.start_of(day - timedelta(days=inspection_interval_days(ruleset, color) - 1))


async def _colors_and_coverage(path: Scope, ruleset: dict | None) -> tuple[dict[str, int], int]:
    """The colours now and, with a ruleset, today's coverage from each enterprise's last street inspection: one
    grouped statement over the (status, risk_color, last_street_inspection_at, region_id) index (decision 067).
    Unrated enterprises are inspected as often as green ones."""
    today = clock.now().date()
    covered = {} if ruleset is None else {
        f"covered_{color}": Count("id", _filter=Q(last_street_inspection_at__gte=_window_start(ruleset, color, today)))
        for color in COLORS}
    rows = await (active_enterprises(path).group_by("risk_color").annotate(n=Count("id"), **covered)
                  .values("risk_color", "n", *covered))
    counts = {color: 0 for color in COLORS} | {"unrated": 0}
    inspected = 0
    for row in rows:
        counts[str(row["risk_color"]) if row["risk_color"] else "unrated"] += row["n"]
        if ruleset is not None:
            inspected += row[f"covered_{row['risk_color'] or RiskColor.GREEN}"] or 0
    return counts, inspected


async def _hazard_figures(path: Scope, period: Period, today: date) -> dict:
    """Hazards found in the period: how many, how many closed, how many still open and past their deadline (a fix
    awaiting verification is the street's queue, not overdue: rectification.is_overdue)."""
    street, found_self = ~Q(kind=InspectionKind.SELF), Q(kind=InspectionKind.SELF)
    closed = Q(status=HazardStatus.CLOSED)
    row = (await Hazard.filter(**between("created_at", period), **under(path))
           .annotate(total=Count("id", _filter=street), closed=Count("id", _filter=street & closed),
                     overdue=Count("id", _filter=street & Q(status=HazardStatus.OPEN, deadline_date__lt=today)),
                     self_total=Count("id", _filter=found_self), self_closed=Count("id", _filter=found_self & closed))
           .values("total", "closed", "overdue", "self_total", "self_closed"))[0]
    total, closed = row["total"] or 0, row["closed"] or 0
    return {"total": total, "open": total - closed, "overdue": row["overdue"] or 0, "closed": closed,
            "self": {"total": row["self_total"] or 0, "closed": row["self_closed"] or 0}}


def _rated(color: str) -> Q:
    """Unrated enterprises are inspected as often as green ones."""
    if color == RiskColor.GREEN:
        return Q(enterprise__risk_color=color) | Q(enterprise__risk_color__isnull=True)
    return Q(enterprise__risk_color=color)


async def _covered(path: Scope, ruleset: dict, days: tuple[date, ...]) -> list[int]:
    """For each day, the enterprises whose last street inspection up to that day lies within the interval their
    colour asks for: per day and colour, the distinct enterprises inspected within that colour's window. One
    grouped query for all the days, so the period and the one before it share one pass over the inspections."""
    windows = {(n, color): Period(day - timedelta(days=inspection_interval_days(ruleset, color) - 1), day)
               for n, day in enumerate(days) for color in COLORS}
    counts = {f"covered_{n}_{color}": Count("enterprise_id", distinct=True,
                                             _filter=_rated(color) & Q(**between("submitted_at", window)))
              for (n, color), window in windows.items()}
    reach = Period(min(w.start for w in windows.values()), max(days))
    rows = (await Inspection.filter(status=InspectionStatus.SUBMITTED, kind__not=InspectionKind.SELF,
                                   enterprise__status=EnterpriseStatus.ACTIVE,
                                   **between("submitted_at", reach), **under(path))
            .annotate(**counts).group_by("status").values(*counts))
    # Grouped by the one status filtered on: without an explicit group Tortoise groups a join by every column.
    return [sum(rows[0][f"covered_{n}_{color}"] or 0 for color in COLORS) if rows else 0 for n in range(len(days))]


def _shape(counts: dict, self_inspected: int, enterprises: int, elapsed_days: int) -> dict:
    """A period's figures from its counts, whether counted live or summed from the snapshot."""
    total, closed = counts["hazards"], counts["hazards_closed"]
    return {"inspections": counts["inspections"],
            "hazards": {"total": total, "open": total - closed, "overdue": counts["hazards_overdue"],
                        "closed": closed},
            "self_hazards": {"total": counts["self_hazards"], "closed": counts["self_hazards_closed"]},
            "rectification_rate": rate(closed, total),
            "inspection_coverage": rate(counts["covered"], enterprises),
            "self_inspection_rate": rate(self_inspected, enterprises),
            "daily_report_rate": rate(counts["reports"], enterprises * elapsed_days)}


async def _self_inspected(path: Scope, period: Period) -> int:
    """The enterprises that inspected themselves in the period: distinct, so it does not add up across days and is
    counted live (index-only on inspection (status, submitted_at, kind, enterprise_id))."""
    return (await Inspection.filter(status=InspectionStatus.SUBMITTED, kind=InspectionKind.SELF,
                                    **between("submitted_at", period), **under(path))
            .annotate(n=Count("enterprise_id", distinct=True)).values("n"))[0]["n"] or 0


async def _live_counts(path: Scope, period: Period, today: date, covered: int) -> dict:
    inspections = await Inspection.filter(status=InspectionStatus.SUBMITTED, kind__not=InspectionKind.SELF,
                                          **between("submitted_at", period), **under(path)).count()
    reports = await DailyReport.filter(report_date__gte=period.start, report_date__lte=period.end,
                                       **under(path)).count()
    hazards = await _hazard_figures(path, period, today)
    return {"inspections": inspections, "reports": reports, "hazards": hazards["total"],
            "hazards_closed": hazards["closed"], "hazards_overdue": hazards["overdue"],
            "self_hazards": hazards["self"]["total"], "self_hazards_closed": hazards["self"]["closed"],
            "covered": covered}


async def _snapshot_counts(path: Regions | None, period: Period) -> dict:
    """A closed period's counts summed over the snapshot's rows of the scope's regions (decision 099); coverage is
    its last day's. One statement."""
    regions = {"region_id__in": path.ids} if isinstance(path, Regions) else {}
    sums = {name: Sum(name) for name in snapshot.SUMMED}
    row = (await DayFigures.filter(day__gte=period.start, day__lte=period.end, **regions)
           .annotate(**sums, covered=Sum("covered", _filter=Q(day=period.end))).values(*sums, "covered"))[0]
    return {name: int(value or 0) for name, value in row.items()}


async def _period_figures(path: Scope, period: Period, today: date, enterprises: int, ruleset: dict,
                          covered_today: int, as_of: date | None) -> dict:
    """A period's figures: from the snapshot when the period ended before the snapshot's day, else counted live.
    Live coverage is today's from the enterprises' last street inspection (already counted) or, for an earlier
    day the snapshot does not hold, from the inspections (a later inspection hides whether one fell in that day's
    window)."""
    if as_of is not None and period.end < min(as_of, today):
        counts = await _snapshot_counts(path, period)
    else:
        end = min(period.end, today)
        covered = covered_today if end == today else (await _covered(path, ruleset, (end,)))[0]
        counts = await _live_counts(path, period, today, covered)
    return _shape(counts, await _self_inspected(path, period), enterprises, period.elapsed_days(today))


@reads_from_replica
async def summary(principal: Principal, region_id: int | None, date_from: date | None, date_to: date | None,
                  now: datetime | None = None, use_snapshot: bool = True) -> dict:
    """Colours as they are now; the other figures for the period and for the period before it, a closed one from
    the nightly snapshot (`use_snapshot=False` counts it live, as the tests compare). Rates use today's number of
    active enterprises for both periods."""
    path = await resolve(await scope_path(principal, region_id))
    today = (now or clock.now()).date()
    period = resolve_period(date_from, date_to, today)
    _, ruleset = await active_ruleset()
    colors, covered_today = await _colors_and_coverage(path, ruleset)
    enterprises = sum(colors.values())
    as_of = await snapshot.as_of() if use_snapshot else None
    current = await _period_figures(path, period, today, enterprises, ruleset, covered_today, as_of)
    previous = await _period_figures(path, period.previous(), today, enterprises, ruleset, covered_today, as_of)
    return {"enterprises": enterprises, "colors": colors, **current,
            "verification_queue": await verification_queue_figures(path, now or clock.now()),
            "period": {"from": period.start, "to": period.end},
            "previous": previous | {"period": {"from": period.previous().start, "to": period.previous().end}},
            "change": change(current, previous)}


def awaiting_verification(path: Scope):
    """Hazards whose fix waits for the street's verification (待复查), under the path."""
    return Hazard.filter(status=HazardStatus.SUBMITTED, **under(path))


def fix_submissions(path: Scope):
    """The latest fix submission of each hazard awaiting verification, oldest first: (hazard_id, submitted at)."""
    return (HazardEvent.filter(to_status=HazardStatus.SUBMITTED,
                               hazard_id__in=Subquery(awaiting_verification(path).values("id")))
            .annotate(last=Max("at")).group_by("hazard_id").order_by("last", "hazard_id"))


async def verification_queue_figures(path: Scope, now: datetime) -> dict:
    """The 待复查 queue now: how many fixes wait, how many of them past the hazard's deadline, the oldest wait.
    Two queries."""
    row = (await awaiting_verification(path).annotate(
        n=Count("id"), past=Count("id", _filter=Q(deadline_date__lt=now.date()))).values("n", "past"))[0]
    oldest = await fix_submissions(path).limit(1).values_list("last", flat=True)
    return {"count": row["n"] or 0, "past_deadline": row["past"] or 0,
            "oldest_days": rectification.verification_wait_days(clock.aware(oldest[0]).date(), now) if oldest
            else None}


@reads_from_replica
async def map_features(principal: Principal, region_id: int | None) -> dict:
    """A GeoJSON FeatureCollection ([lng, lat], GCJ-02) of the active enterprises, one query."""
    path = await scope_path(principal, region_id)
    rows = await active_enterprises(path).order_by("id").values(
        "id", "name", "lat", "lng", "risk_color", "risk_score", "industry", "category", "region__name")
    features, without_location = [], 0
    for row in rows:
        if row["lat"] is None or row["lng"] is None:
            without_location += 1
            continue
        features.append({"type": "Feature", "geometry": {"type": "Point", "coordinates": [row["lng"], row["lat"]]},
                         "properties": {"id": row["id"], "name": row["name"],
                                        "color": str(row["risk_color"]) if row["risk_color"] else None,
                                        "score": row["risk_score"], "industry": row["industry"],
                                        "category": row["category"], "grid": row["region__name"]}})
    return {"type": "FeatureCollection", "features": features, "without_location": without_location}
