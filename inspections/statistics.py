"""Statistics for the street: inspections, hazards pushed and closed, and the rectification rate, by period
and region. Read-only; each figure is one grouped query whatever the number of rows.

The street's figures count its own inspections (电子检查单: every kind but self) and the hazards they pushed;
self-inspections and the hazards they found are counted beside them (decision 034)."""

from collections import defaultdict
from datetime import date, timedelta

from tortoise.functions import Count

from core import access, clock
from core.errors import InvalidInput, PermissionDenied
from enterprises.models import Region
from enterprises.regions import get_region_in_scope
from core.identity import Principal
from inspections.models import Hazard, Inspection, InspectionKind, InspectionStatus
from inspections.rectification import HazardStatus
from inspections.schemas import PeriodStatistics, RegionStatistics, StatisticsRead

_PATH = "enterprise__region__path"



async def _counts(query, *group) -> list[dict]:
    return await query.group_by(_PATH, *group).annotate(n=Count("id")).values(_PATH, *group, "n")


def _rate(figures: PeriodStatistics) -> PeriodStatistics:
    """Rectification rate = hazards due in the period that are closed / hazards due in the period."""
    figures.rectification_rate = round(figures.due_closed / figures.hazards_due, 4) if figures.hazards_due else None
    return figures


async def street_statistics(principal: Principal, region_id: int | None, date_from: date | None,
                            date_to: date | None) -> StatisticsRead:
    """Figures for a region subtree (the caller's own by default) over a period (this month by default), with
    one row per child region so a street sees its communities and a community its grids."""
    if not principal.is_staff:
        raise PermissionDenied("只有街道工作人员可以查看统计", code="ROLE_FORBIDDEN")
    today = clock.now().date()
    date_to = date_to or today
    date_from = date_from or date_to.replace(day=1)
    if date_from > date_to:
        raise InvalidInput("开始日期不能晚于结束日期", code="PERIOD_INVALID", detail=[{"field": "date_from"}])
    if region_id is not None:
        region = await get_region_in_scope(principal, region_id)
        base, children = region.path, await Region.filter(parent_id=region.id).order_by("id")
    elif principal.region_path is not None:
        region = await get_region_in_scope(principal, principal.region_id)
        base, children = region.path, await Region.filter(parent_id=region.id).order_by("id")
    else:
        base, children = "/", await Region.filter(parent_id__isnull=True).order_by("id")
    start, end = clock.start_of(date_from), clock.start_of(date_to + timedelta(days=1))
    in_scope = access.subtree(base, _PATH)
    submitted = await _counts(Inspection.filter(status=InspectionStatus.SUBMITTED, submitted_at__gte=start,
                                                submitted_at__lt=end, **in_scope), "kind")
    reported = await _counts(Hazard.filter(created_at__gte=start, created_at__lt=end, **in_scope), "kind")
    closed = await _counts(Hazard.filter(closed_at__gte=start, closed_at__lt=end, **in_scope), "kind")
    due = await _counts(Hazard.filter(deadline_date__gte=date_from, deadline_date__lte=min(date_to, today),
                                      **in_scope).exclude(kind=InspectionKind.SELF), "status")

    figures: dict[str, PeriodStatistics] = defaultdict(PeriodStatistics)
    for row in submitted:
        field = "self_inspections" if row["kind"] == InspectionKind.SELF else "inspections"
        setattr(figures[row[_PATH]], field, getattr(figures[row[_PATH]], field) + row["n"])
    for rows, field in ((reported, "hazards_reported"), (closed, "hazards_closed")):
        for row in rows:
            name = f"self_{field}" if row["kind"] == InspectionKind.SELF else field
            setattr(figures[row[_PATH]], name, getattr(figures[row[_PATH]], name) + row["n"])
    for row in due:
        figures[row[_PATH]].hazards_due += row["n"]
        if row["status"] == HazardStatus.CLOSED:
            figures[row[_PATH]].due_closed += row["n"]

    def total(paths) -> PeriodStatistics:
        summed = PeriodStatistics()
        for path in paths:
            for field in ("inspections", "self_inspections", "hazards_reported", "hazards_closed", "hazards_due",
                          "due_closed", "self_hazards_reported", "self_hazards_closed"):
                setattr(summed, field, getattr(summed, field) + getattr(figures[path], field))
        return _rate(summed)

    by_region = [RegionStatistics(region_id=child.id, name=child.name,
                               **total(p for p in list(figures) if p.startswith(child.path)).model_dump())
                 for child in children]
    return StatisticsRead(region_id=region_id, date_from=date_from, date_to=date_to, totals=total(list(figures)),
                          by_region=by_region)
