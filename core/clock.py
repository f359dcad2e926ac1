"""The one place that reads the wall clock. All times are aware, in Asia/Shanghai."""

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

SHANGHAI = ZoneInfo("Asia/Shanghai")

_offset = timedelta(0)


def now() -> datetime:
    return datetime.now(SHANGHAI) + _offset


def travel(delta: timedelta) -> None:
    """Move the service's clock (demo simulations and tests of deadlines)."""
    global _offset
    _offset += delta


def reset() -> None:
    global _offset
    _offset = timedelta(0)
