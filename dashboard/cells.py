"""Spreadsheet cell values: safe against formula injection, free of control characters, times in Beijing time.
Standard library only."""

import re
from datetime import datetime, tzinfo

# A text starting with one of these is run as a formula by Excel, WPS and LibreOffice (OWASP "CSV injection");
# tab and carriage return are on OWASP's list because some programs strip them before parsing.
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


# C0 controls other than tab, newline and carriage return cannot be stored in an .xlsx (openpyxl raises, the whole
# export would be a 500). Input refuses them, but a row stored before that rule, or by hand, may still carry one.
_CONTROL_CHARACTERS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def safe_text(value: str) -> str:
    """Text as typed, without control characters, with a leading apostrophe when a spreadsheet would otherwise
    read it as a formula."""
    value = _CONTROL_CHARACTERS.sub("", value)
    return "'" + value if value.startswith(_FORMULA_STARTS) else value


def local_time(value: datetime | None, zone: tzinfo) -> datetime | None:
    """Excel has no time zones: an aware time becomes the wall time in `zone`."""
    return None if value is None else value.astimezone(zone).replace(tzinfo=None)


def cell(value, zone: tzinfo):
    """Any value as a spreadsheet cell: text guarded, aware times in `zone`, the rest as they are."""
    if isinstance(value, str):
        return safe_text(value)
    if isinstance(value, datetime):
        return local_time(value, zone)
    return value
