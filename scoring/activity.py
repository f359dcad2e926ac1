"""What an enterprise did and left undone, from the inspections tables: hazards, inspections, self-inspections,
daily reports and campaign tasks (domain.md §5 检查结果 and 日常行为). Each query is grouped or bounded to the
unclosed and recently closed hazards, so the number of queries does not grow with the enterprises asked about.

How much is due is decided here, in one place (product decisions, not regulations):
- self-inspections: one per 30 days over the window, for enterprises that existed then;
- daily reports: one per day of the window up to yesterday (today may still be filed), once the street
  has a report form;
- campaign tasks: those whose campaign deadline fell in the window."""

from collections import defaultdict
from datetime import date, datetime, timedelta

from tortoise.expressions import Subquery
from tortoise.functions import Count, Max

from core import clock
from core.clock import SHANGHAI
from enterprises.models import Enterprise
from inspections.models import (CampaignTask, DailyReport, Hazard, HazardEvent, Inspection, InspectionKind,
                                InspectionStatus, ReportForm, Severity)
from inspections import rectification
from inspections.rectification import HazardStatus

SELF_INSPECTION_EVERY_DAYS = 30
ADVICE_IDS = 5  # hazard ids named in advice, per enterprise


async def activity_facts(ids: list[int], id_filter: dict, now: datetime, window_days: int) -> dict[int, dict]:
    today = now.date()
    start = today - timedelta(days=window_days)
    facts: dict[int, dict] = defaultdict(dict)
    await _unclosed_hazards(facts, id_filter, now)
    await _closed_hazards(facts, id_filter, start)
    await _failed_reinspections(facts, ids, start)
    await _inspections(facts, id_filter, today, start)
    await _due_work(facts, ids, id_filter, today, start)
    return {eid: facts.get(eid, {}) for eid in ids}


async def _unclosed_hazards(facts: dict, id_filter: dict, now: datetime) -> None:
    """Open and submitted hazards count as unclosed; only open ones past their deadline are overdue (a submitted
    fix waits in the street's queue, rectification.is_overdue)."""
    today = now.date()
    rows = await (Hazard.filter(**id_filter).exclude(status=HazardStatus.CLOSED).order_by("deadline_date", "id")
                  .values_list("enterprise_id", "id", "severity", "deadline_date", "status"))
    for eid, hazard_id, severity, deadline, status in rows:
        f = facts[eid]
        major = severity == Severity.MAJOR
        key = "major" if major else "general"
        f[f"open_{key}"] = f.get(f"open_{key}", 0) + 1
        if major and len(f.setdefault("open_major_hazard_ids", ())) < ADVICE_IDS:
            f["open_major_hazard_ids"] += (hazard_id,)
        if rectification.is_overdue(status, deadline, now):
            f[f"overdue_{key}"] = f.get(f"overdue_{key}", 0) + 1
            f["max_overdue_days"] = max(f.get("max_overdue_days", 0), (today - deadline).days)
            if len(f.setdefault("overdue_hazard_ids", ())) < ADVICE_IDS:
                f["overdue_hazard_ids"] += (hazard_id,)


async def _closed_hazards(facts: dict, id_filter: dict, start: date) -> None:
    """Hazards closed in the window, on time when the accepted fix (the last submission before closing) was
    submitted by the deadline (rectification.fixed_in_time); two queries."""
    window_start = datetime.combine(start, datetime.min.time(), SHANGHAI)
    closed = Hazard.filter(status=HazardStatus.CLOSED, closed_at__gte=window_start, **id_filter)
    rows = await closed.values_list("id", "enterprise_id", "deadline_date", "closed_at")
    submitted = dict(await (HazardEvent.filter(hazard_id__in=Subquery(closed.values("id")), to_status=HazardStatus.SUBMITTED)
                            .annotate(last=Max("at")).group_by("hazard_id").values_list("hazard_id", "last")))
    for hazard_id, eid, deadline, closed_at in rows:
        fixed_at = submitted.get(hazard_id) or closed_at
        key = "closed_on_time" if rectification.fixed_in_time(deadline, clock.aware(fixed_at).date()) else "closed_late"
        facts[eid][key] = facts[eid].get(key, 0) + 1


async def _failed_reinspections(facts: dict, ids: list[int], start: date) -> None:
    """A fix the inspector rejected: the timeline steps submitted → open in the window."""
    window_start = datetime.combine(start, datetime.min.time(), SHANGHAI)
    rows = await (HazardEvent.filter(hazard__enterprise_id__in=ids, from_status=HazardStatus.SUBMITTED,
                                     to_status=HazardStatus.OPEN, at__gte=window_start)
                  .annotate(n=Count("id")).group_by("hazard__enterprise_id").values_list("hazard__enterprise_id", "n"))
    for eid, count in rows:
        facts[eid]["reinspections_failed"] = count


async def _inspections(facts: dict, id_filter: dict, today: date, start: date) -> None:
    """The last street inspection, street-found hazards verified closed (re-inspections), and self-inspections."""
    submitted = Inspection.filter(status=InspectionStatus.SUBMITTED, **id_filter)
    last = await (submitted.exclude(kind=InspectionKind.SELF).annotate(last=Max("submitted_at"))
                  .group_by("enterprise_id").values_list("enterprise_id", "last"))
    for eid, at in last:
        facts[eid]["days_since_last_inspection"] = (today - clock.aware(at).date()).days
    verified = await (HazardEvent.filter(hazard__enterprise_id__in=list(facts) or [0], to_status=HazardStatus.CLOSED)
                      .exclude(hazard__kind=InspectionKind.SELF).annotate(last=Max("at"))
                      .group_by("hazard__enterprise_id").values_list("hazard__enterprise_id", "last"))
    for eid, at in verified:
        facts[eid]["verified_reinspection_at"] = clock.aware(at)
    window_start = datetime.combine(start, datetime.min.time(), SHANGHAI)
    done = await (submitted.filter(kind=InspectionKind.SELF, submitted_at__gte=window_start)
                  .annotate(n=Count("id")).group_by("enterprise_id").values_list("enterprise_id", "n"))
    for eid, count in done:
        facts[eid]["self_inspections_done"] = count


async def _due_work(facts: dict, ids: list[int], id_filter: dict, today: date, start: date) -> None:
    """Self-inspections and daily reports due since the enterprise joined; campaign tasks due in the window."""
    joined = dict(await Enterprise.filter(id__in=ids).values_list("id", "created_at"))
    has_form = await ReportForm.exists()
    filed = dict(await (DailyReport.filter(report_date__gte=start, report_date__lt=today, **id_filter)
                        .annotate(n=Count("id")).group_by("enterprise_id").values_list("enterprise_id", "n")))
    for eid in ids:
        since = max(start, clock.aware(joined[eid]).date()) if eid in joined else today
        days = (today - since).days
        facts[eid]["self_inspections_due"] = days // SELF_INSPECTION_EVERY_DAYS
        if has_form:
            facts[eid]["daily_reports_due"] = days
            facts[eid]["daily_reports_filed"] = min(filed.get(eid, 0), days)
    tasks = await (CampaignTask.filter(campaign__deadline_date__gte=start, campaign__deadline_date__lt=today,
                                       **id_filter).values_list("enterprise_id", "submitted_at"))
    for eid, submitted_at in tasks:
        facts[eid]["campaign_tasks_due"] = facts[eid].get("campaign_tasks_due", 0) + 1
        if submitted_at is not None:
            facts[eid]["campaign_tasks_answered"] = facts[eid].get("campaign_tasks_answered", 0) + 1


async def last_street_inspections(ids: list[int]) -> dict[int, date]:
    """The day of each enterprise's last submitted street (not self) inspection: one grouped query."""
    rows = await (Inspection.filter(status=InspectionStatus.SUBMITTED, enterprise_id__in=ids or [0])
                  .exclude(kind=InspectionKind.SELF).annotate(last=Max("submitted_at"))
                  .group_by("enterprise_id").values_list("enterprise_id", "last"))
    return {eid: clock.aware(at).date() for eid, at in rows}
