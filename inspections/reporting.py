"""The daily report's (日常报送) dates as a pure rule: which day may be reported (docs/decisions/043). Time comes in
as a parameter. Standard library only. (When the day's reminder is due: core.schedule.due_day.)"""

from datetime import date

from core.errors import InvalidInput


def check_report_date(report_date: date, today: date, enterprise_since: date, backfill_days: int) -> None:
    """Today, or a missed day within the last `backfill_days` days, never before the enterprise was registered."""
    field = [{"field": "report_date"}]
    if report_date > today:
        raise InvalidInput("不能报送未来的日期", code="REPORT_DATE_IN_FUTURE", detail=field)
    if report_date < enterprise_since:
        raise InvalidInput(f"不能补报企业登记({enterprise_since.isoformat()})之前的日期",
                           code="REPORT_DATE_BEFORE_ENTERPRISE",
                           detail=[{"field": "report_date", "message": f"不能早于 {enterprise_since.isoformat()}"}])
    if (today - report_date).days > backfill_days:
        raise InvalidInput(f"只能补报最近 {backfill_days} 天的日常报送", code="REPORT_DATE_TOO_OLD",
                           detail=[{"field": "report_date", "message": f"最多补报 {backfill_days} 天"}])

