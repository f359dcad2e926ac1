"""The nightly snapshot of the summary's figures per region and day (decision 099): the summary reads a closed
period from it instead of counting the inspections, hazards and reports again on every refresh of a wall screen.

Taken whole every night after the rescore (the colours coverage uses are the night's): each day before today, per
region, the same figures the live statements count (dashboard.queries), so a scope's figures are the sum of its
regions' rows. Only the distinct enterprises that self-inspected in a period do not add up across days; the
summary counts those live from the inspection index."""

from collections import defaultdict
from datetime import date

from tortoise.transactions import in_transaction

from core import clock, schedule
from core.models import DailyJobRun
from core.identity import RiskColor
from dashboard import daybook
from dashboard.models import DayFigures, Snapshot
from enterprises.models import Enterprise, EnterpriseStatus
from inspections.models import DailyReport, Hazard, Inspection, InspectionKind, InspectionStatus
from inspections.rectification import HazardStatus
from scoring.service import active_ruleset, inspection_interval_days

KEY = "default"
JOB = "dashboard_snapshot"
CHUNK = 20_000
# The figures a period sums over its days; coverage is read at the period's last day.
SUMMED = ("inspections", "reports", "hazards", "hazards_closed", "hazards_overdue", "self_hazards",
          "self_hazards_closed")
_COUNTS = (*SUMMED, "covered")


async def _chunks(query, *columns: str):
    """(id, *columns) of a large table in id order, CHUNK rows per statement."""
    last = None
    while True:
        page = query.filter(id__gt=last) if last is not None else query
        rows = await page.order_by("id").limit(CHUNK).values_list("id", *columns)
        for row in rows:
            yield row
        if len(rows) < CHUNK:
            return
        last = rows[-1][0]


async def compute(today: date) -> dict[tuple[date, int], dict[str, int]]:
    """(day, region) → figures, for every day before `today` that has something to count."""
    _, ruleset = await active_ruleset()
    enterprises = {eid: (region, status == EnterpriseStatus.ACTIVE, color or RiskColor.GREEN)
                   async for eid, region, status, color in _chunks(Enterprise.all(), "region_id", "status",
                                                                   "risk_color")}
    figures: dict[tuple[date, int], dict[str, int]] = defaultdict(lambda: dict.fromkeys(_COUNTS, 0))
    before = clock.start_of(today)
    inspected: dict[int, list[date]] = defaultdict(list)
    async for _, eid, submitted in _chunks(Inspection.filter(status=InspectionStatus.SUBMITTED, submitted_at__lt=before,
                                                          kind__not=InspectionKind.SELF),
                                        "enterprise_id", "submitted_at"):
        day = clock.aware(submitted).date()
        figures[(day, enterprises[eid][0])]["inspections"] += 1
        inspected[eid].append(day)
    coverage = daybook.Coverage()
    for eid, days in inspected.items():
        region, active, color = enterprises[eid]
        if active:
            coverage.add(region, daybook.covered_days(days, inspection_interval_days(ruleset, color), today))
    for region, day, covered in coverage.days():
        figures[(day, region)]["covered"] = covered
    async for _, eid, kind, status, deadline, created in _chunks(Hazard.filter(created_at__lt=before), "enterprise_id",
                                                                "kind", "status", "deadline_date", "created_at"):
        row = figures[(clock.aware(created).date(), enterprises[eid][0])]
        closed = status == HazardStatus.CLOSED
        if kind == InspectionKind.SELF:
            row["self_hazards"] += 1
            row["self_hazards_closed"] += closed
        else:
            row["hazards"] += 1
            row["hazards_closed"] += closed
            row["hazards_overdue"] += status == HazardStatus.OPEN and deadline is not None and deadline < today
    async for _, eid, day in _chunks(DailyReport.filter(report_date__lt=today), "enterprise_id", "report_date"):
        figures[(day, enterprises[eid][0])]["reports"] += 1
    return figures


async def take(today: date | None = None) -> int:
    """Replace the snapshot by one taken now, in one transaction (a reader sees the old one or the new one).
    Returns the number of rows."""
    today = today or clock.now().date()
    figures = await compute(today)
    async with in_transaction():
        await DayFigures.all().delete()
        rows = [DayFigures(day=day, region_id=region, **counts) for (day, region), counts in sorted(figures.items())]
        await DayFigures.bulk_create(rows, batch_size=1000)
        await Snapshot.filter(key=KEY).delete()
        await Snapshot.create(key=KEY, as_of=today, taken_at=clock.now())
    return len(rows)


async def as_of() -> date | None:
    """The first day the snapshot does not hold (the days before it are in it), or None without a snapshot."""
    found = await Snapshot.filter(key=KEY).values_list("as_of", flat=True)
    return found[0] if found else None


async def _rescored_today(today: date) -> bool:
    run = await DailyJobRun.filter(name="rescore").first()
    return run is not None and run.done_for == today and run.finished_at is not None


async def nightly(settings) -> None:
    """Worker job, checked every minute: once per Beijing day, after that day's rescore has finished (coverage
    takes each enterprise's colour as the rescore left it)."""
    today = clock.now().date()
    if await _rescored_today(today):
        await schedule.run_daily(JOB, settings.rescore_at, take)
