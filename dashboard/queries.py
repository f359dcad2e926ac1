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


@dataclass(frozen=True)
class _Part:
    """A period and the first of its days counted live: the days before `live_from` are summed from the snapshot
    (decision 099). A period wholly in the snapshot has `live_from` after its end."""

    period: Period
    live_from: date

    @property
    def closed(self) -> bool:
        return self.live_from > self.period.end


def _part(period: Period, today: date, as_of: date | None) -> _Part:
    if as_of is None:
        return _Part(period, period.start)
    return _Part(period, max(period.start, min(as_of, today, period.end + timedelta(days=1))))


def _days(field: str, start: date, end: date) -> Q:
    return Q(**{f"{field}__gte": start, f"{field}__lte": end})


async def _snapshot_sums(path: Regions | None, parts: list[_Part]) -> list[dict]:
    """The snapshot's share of each period, one statement over the rows of the scope's regions: every figure of a
    closed period (coverage at its last day); the inspections and reports of the days before `live_from` of the
    current one (the hazards' status changes by the minute, so the current period counts them live)."""
    sums = {}
    for n, part in enumerate(parts):
        if part.live_from == part.period.start:
            continue
        days = _days("day", part.period.start, part.live_from - timedelta(days=1))
        for name in snapshot.SUMMED if part.closed else ("inspections", "reports"):
            sums[f"{name}_{n}"] = Sum(name, _filter=days)
        if part.closed:
            sums[f"covered_{n}"] = Sum("covered", _filter=Q(day=part.period.end))
    found = [{} for _ in parts]
    if not sums:
        return found
    regions = {"region_id__in": path.ids} if isinstance(path, Regions) else {}
    row = (await DayFigures.filter(day__gte=min(p.period.start for p in parts),
                                   day__lte=max(p.period.end for p in parts), **regions)
           .annotate(**sums).values(*sums))[0]
    for key, value in row.items():
        name, n = key.rsplit("_", 1)
        found[int(n)][name] = int(value or 0)
    return found


async def _inspection_counts(path: Scope, parts: list[_Part]) -> list[tuple[int, int]]:
    """(street inspections from `live_from`, distinct enterprises that inspected themselves in the period) per
    part. The self-inspecting enterprises are distinct, so they do not add up across days and are always counted
    here: one pass over the self-inspections of all the periods (the kind in the WHERE, so a scoped caller's
    enterprise check runs on those rows only), and one over the street inspections of the live days."""
    reach = Period(min(p.period.start for p in parts), max(p.period.end for p in parts))
    distinct = {f"self_{n}": Count("enterprise_id", distinct=True, _filter=Q(**between("submitted_at", part.period)))
                for n, part in enumerate(parts)}
    selfs = (await Inspection.filter(status=InspectionStatus.SUBMITTED, kind=InspectionKind.SELF,
                                     **between("submitted_at", reach), **under(path))
             .annotate(**distinct).group_by("status").values(*distinct))
    # Grouped by the one status filtered on: without an explicit group Tortoise groups a join by every column.
    selfs = selfs[0] if selfs else {}
    live = [part for part in parts if not part.closed]
    street = {}
    if live:
        counts = {f"street_{n}": Count("id", _filter=Q(**between("submitted_at", Period(part.live_from,
                                                                                        part.period.end))))
                  for n, part in enumerate(parts) if not part.closed}
        street = (await Inspection.filter(status=InspectionStatus.SUBMITTED, kind__not=InspectionKind.SELF,
                                          **between("submitted_at", Period(min(p.live_from for p in live),
                                                                           max(p.period.end for p in live))),
                                          **under(path)).annotate(**counts).group_by("status").values(*counts))
        street = street[0] if street else {}
    return [(street.get(f"street_{n}") or 0, selfs.get(f"self_{n}") or 0) for n in range(len(parts))]


async def _report_counts(path: Scope, parts: list[_Part]) -> list[int]:
    """Daily reports of the days from `live_from` of each part, one statement (none when the snapshot holds all)."""
    live = {f"n_{n}": Count("id", _filter=_days("report_date", part.live_from, part.period.end))
            for n, part in enumerate(parts) if not part.closed}
    if not live:
        return [0] * len(parts)
    row = (await DailyReport.filter(report_date__gte=min(p.live_from for p in parts if not p.closed),
                                    report_date__lte=max(p.period.end for p in parts if not p.closed), **under(path))
           .annotate(**live).values(*live))[0]
    return [row.get(f"n_{n}") or 0 for n in range(len(parts))]


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


async def _figures(path: Regions | None, periods: list[Period], today: date, enterprises: int, ruleset: dict,
                   covered_today: int, as_of: date | None) -> list[dict]:
    """Each period's figures: a period that ended before the snapshot's day from the snapshot (but for the
    self-inspecting enterprises); the current one's hazards and its days from the snapshot's day counted live.
    Live coverage is today's from the enterprises' last street inspection (already counted) or, for an earlier
    day the snapshot does not hold, from the inspections (a later inspection hides whether one fell in that day's
    window)."""
    parts = [_part(period, today, as_of) for period in periods]
    stored = await _snapshot_sums(path, parts)
    inspected = await _inspection_counts(path, parts)
    reports = await _report_counts(path, parts)
    figures = []
    for part, kept, (street, self_inspected), reported in zip(parts, stored, inspected, reports):
        counts = dict(kept)
        if not part.closed:
            end = min(part.period.end, today)
            hazards = await _hazard_figures(path, part.period, today)
            counts |= {"inspections": kept.get("inspections", 0) + street,
                       "reports": kept.get("reports", 0) + reported,
                       "hazards": hazards["total"], "hazards_closed": hazards["closed"],
                       "hazards_overdue": hazards["overdue"], "self_hazards": hazards["self"]["total"],
                       "self_hazards_closed": hazards["self"]["closed"],
                       "covered": covered_today if end == today else (await _covered(path, ruleset, (end,)))[0]}
        figures.append(_shape(counts, self_inspected, enterprises, part.period.elapsed_days(today)))
    return figures


@reads_from_replica
async def summary(principal: Principal, region_id: int | None, date_from: date | None, date_to: date | None,
                  now: datetime | None = None) -> dict:
    """Colours as they are now; the other figures for the period and for the period before it, the closed days
    from the nightly snapshot. Rates use today's number of active enterprises for both periods."""
    path = await resolve(await scope_path(principal, region_id))
    today = (now or clock.now()).date()
    period = resolve_period(date_from, date_to, today)
    _, ruleset = await active_ruleset()
    colors, covered_today = await _colors_and_coverage(path, ruleset)
    enterprises = sum(colors.values())
    current, previous = await _figures(path, [period, period.previous()], today, enterprises, ruleset,
                                       covered_today, await snapshot.as_of())
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
