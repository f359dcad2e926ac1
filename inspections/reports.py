"""Daily reports (日常报送): a small configurable form each enterprise answers once a day; the street sees who
has not reported."""

from datetime import date

from tortoise.exceptions import IntegrityError
from tortoise.expressions import Subquery
from tortoise.transactions import in_transaction

import logging

from core import access, audit, clock, db, schedule
from core.errors import Conflict, InvalidInput, PermissionDenied
from core.settings import Settings
from enterprises.models import Enterprise, EnterpriseStatus
from core.identity import Principal, Role
from inspections import reporting
from inspections.events import ReportReminder
from inspections.models import DailyReport, ReportForm
from inspections.reminders import record_once
from inspections.schemas import DailyReportCreate, DailyReportRead, DailyReportRow, ReportFormWrite
from inspections.service import in_scope

log = logging.getLogger("jinyan.reports")

FORM_KEY = "default"
# REPORT_BACKFILL_DAYS' default, for callers without the settings (the demo's history).
BACKFILL_DAYS = 7
# A product default [G]: what a street typically asks small enterprises every day.
DEFAULT_QUESTIONS = [
    {"key": "daily_check_done", "label": "今日是否开展安全检查", "kind": "bool", "required": True},
    {"key": "hot_work", "label": "今日是否有动火作业", "kind": "bool", "required": True},
    {"key": "confined_space", "label": "今日是否有有限空间作业", "kind": "bool", "required": True},
    {"key": "notes", "label": "今日安全检查情况", "kind": "text", "required": False},
]


async def current_form() -> list[dict]:
    form = await ReportForm.filter(key=FORM_KEY).first()
    return form.questions if form else DEFAULT_QUESTIONS


@db.retry_lock_conflicts
async def set_form(principal: Principal, data: ReportFormWrite) -> list[dict]:
    """Admins configure the questions; answers already given keep what was asked then."""
    if principal.role != Role.ADMIN:
        raise PermissionDenied("只有管理员可以配置日常报送表", code="ROLE_FORBIDDEN")
    access.require_street_configurer(principal)
    questions = [q.model_dump() for q in data.questions]
    if len({q["key"] for q in questions}) != len(questions):
        raise InvalidInput("问题编号不能重复", code="REPORT_QUESTION_DUPLICATE", detail=[{"field": "questions"}])
    async with in_transaction():
        before = await current_form()
        now = clock.now()
        await db.upsert(ReportForm, {"key": FORM_KEY, "questions": questions, "created_at": now, "updated_at": now},
                        conflict=("key",), replace=("questions", "updated_at"))
        await audit.record(principal.actor, "report_form.updated", "report_form", FORM_KEY,
                           before=before, after=questions)
    return questions


def _problems(questions: list[dict], answers: dict) -> list[dict]:
    known = {q["key"]: q for q in questions}
    problems = [{"field": f"answers.{k}", "message": "未知的问题"} for k in answers if k not in known]
    for key, question in known.items():
        value = answers.get(key)
        if value is None:
            if question["required"]:
                problems.append({"field": f"answers.{key}", "message": "必填"})
        elif (question["kind"] == "bool") != isinstance(value, bool):
            problems.append({"field": f"answers.{key}", "message": "应为是或否" if question["kind"] == "bool"
                             else "应为文本"})
    return problems


async def submit_report(principal: Principal, data: DailyReportCreate,
                        backfill_days: int = BACKFILL_DAYS) -> DailyReport:
    """An enterprise's user reports for today, or a day it missed within the last `backfill_days` days and not
    before the enterprise was registered; once per day."""
    if principal.role != Role.ENTERPRISE or principal.enterprise_id is None:
        raise PermissionDenied("只有企业用户可以报送", code="ROLE_FORBIDDEN")
    today = clock.now().date()
    report_date = data.report_date or today
    [registered] = await Enterprise.filter(id=principal.enterprise_id).values_list("created_at", flat=True)
    reporting.check_report_date(report_date, today, clock.aware(registered).date(), backfill_days)
    if problems := _problems(await current_form(), data.answers):
        raise InvalidInput("报送内容有误", code="REPORT_ANSWERS_INVALID", detail=problems)
    try:
        async with in_transaction():
            report = await DailyReport.create(enterprise_id=principal.enterprise_id, report_date=report_date,
                                              answers=data.answers, submitted_by_id=principal.user_id,
                                              submitted_at=clock.now())
            await audit.record(principal.actor, "daily_report.submitted", "daily_report", report.id,
                               after={"enterprise_id": principal.enterprise_id, "report_date": report_date,
                                      "answers": data.answers})
    except IntegrityError as exc:
        raise Conflict("今日已报送", code="REPORT_ALREADY_SUBMITTED") from exc
    return report


async def list_reports(principal: Principal, report_date: date | None, enterprise_id: int | None, page: int,
                       size: int) -> tuple[list[DailyReportRow], int]:
    """Reports in the caller's scope, newest first, each with its enterprise's name (two queries per page)."""
    query = in_scope(DailyReport.all(), principal, "当前角色无权查看日常报送")
    if report_date is not None:
        query = query.filter(report_date=report_date)
    if enterprise_id is not None:
        query = query.filter(enterprise_id=enterprise_id)
    total = await query.count()
    rows = await (query.select_related("enterprise").order_by("-report_date", "-id")
                  .offset((page - 1) * size).limit(size))
    return [DailyReportRow(**DailyReportRead.model_validate(r).model_dump(), enterprise_name=r.enterprise.name)
            for r in rows], total


async def missing_reports(principal: Principal, report_date: date | None, page: int,
                          size: int) -> tuple[date, list[dict], int]:
    """Active enterprises in the caller's subtree that have not reported for the day (today by default)."""
    if not principal.is_staff:
        raise PermissionDenied("只有街道工作人员可以查看未报送企业", code="ROLE_FORBIDDEN")
    report_date = report_date or clock.now().date()
    reported = Subquery(DailyReport.filter(report_date=report_date).values("enterprise_id"))
    query = Enterprise.filter(status=EnterpriseStatus.ACTIVE, **access.scope(principal)).exclude(id__in=reported)
    total = await query.count()
    rows = await query.order_by("id").offset((page - 1) * size).limit(size).values("id", "name", "region_id")
    return report_date, [{"enterprise_id": r["id"], "name": r["name"], "region_id": r["region_id"]}
                         for r in rows], total


async def remind_missing() -> int:
    """One reminder, through the outbox, to the active enterprises that have not reported today: one event for all
    of them, recorded once a day (its key carries the date). Answers how many enterprises it names."""
    today = clock.now().date()
    reported = Subquery(DailyReport.filter(report_date=today).values("enterprise_id"))
    ids = await (Enterprise.filter(status=EnterpriseStatus.ACTIVE).exclude(id__in=reported)
                 .order_by("id").values_list("id", flat=True))
    if not ids or not await record_once(ReportReminder(today, tuple(ids)), f"report-reminder:{today.isoformat()}"):
        return 0
    return len(ids)


async def run(settings: Settings) -> None:
    """The worker job (bootstrap.worker_jobs), checked every few minutes: from REPORT_REMIND_AT (Beijing) on, once a
    day, by one worker of however many."""
    async def job() -> None:
        if reminded := await remind_missing():
            log.info("reminded %d enterprises of today's daily report", reminded)

    await schedule.run_daily("report_reminders", settings.report_remind_at, job)
