"""The one place that reads the wall clock. All times are aware, in Asia/Shanghai."""

from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

SHANGHAI = ZoneInfo("Asia/Shanghai")

_offset = timedelta(0)


def now() -> datetime:
    return datetime.now(SHANGHAI) + _offset


def start_of(day: date) -> datetime:
    """Midnight in Beijing: periods of whole days are [start_of(first), start_of(last + 1 day))."""
    return datetime.combine(day, time.min, tzinfo=SHANGHAI)


def travel(delta: timedelta) -> None:
    """Move the service's clock (demo simulations and tests of deadlines)."""
    global _offset
    _offset += delta


def reset() -> None:
    global _offset
    _offset = timedelta(0)


def aware(value: datetime | str | None) -> datetime | None:
    """A database datetime in Asia/Shanghai: aggregates come back as naive text on SQLite."""
    if value is None:
        return None
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    return (value if value.tzinfo else value.replace(tzinfo=SHANGHAI)).astimezone(SHANGHAI)
