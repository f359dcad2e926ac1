"""Reporting periods and the arithmetic of the dashboard's rates. Pure: dates come in as parameters."""

from dataclasses import dataclass
from datetime import date, timedelta

from core.errors import InvalidInput

MAX_PERIOD_DAYS = 366


@dataclass(frozen=True)
class Period:
    """Whole days, both ends included, in Beijing time."""

    start: date
    end: date

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    def previous(self) -> "Period":
        """The period of equal length that ends the day before this one starts."""
        end = self.start - timedelta(days=1)
        return Period(end - timedelta(days=self.days - 1), end)

    def elapsed_days(self, today: date) -> int:
        """Days of the period up to today (a period reaching into the future counts only what has passed)."""
        return max(0, (min(self.end, today) - self.start).days + 1)


def resolve_period(date_from: date | None, date_to: date | None, today: date) -> Period:
    """Default: this month up to today. A period ends no later than it starts and lasts at most a year."""
    end = date_to or today
    start = date_from or end.replace(day=1)
    if start > end:
        raise InvalidInput("开始日期不能晚于结束日期", code="PERIOD_INVALID", detail=[{"field": "from"}])
    if (end - start).days + 1 > MAX_PERIOD_DAYS:
        raise InvalidInput(f"统计周期最长 {MAX_PERIOD_DAYS} 天", code="PERIOD_TOO_LONG", detail=[{"field": "from"}])
    return Period(start, end)


def rate(part: int, whole: int) -> float | None:
    """A share rounded to four places; None when there is nothing to divide by (shown as "—", not 0%)."""
    if whole <= 0:
        return None
    return round(min(part, whole) / whole, 4)


def change(current: dict, previous: dict) -> dict:
    """Differences of the numeric figures, nested like the figures; a rate missing on either side has none."""
    delta = {}
    for name, value in current.items():
        before = previous.get(name)
        if isinstance(value, dict) and isinstance(before, dict):
            delta[name] = change(value, before)
        elif isinstance(value, (int, float)) and isinstance(before, (int, float)) and not isinstance(value, bool):
            delta[name] = round(value - before, 4)
        else:
            delta[name] = None
    return delta
