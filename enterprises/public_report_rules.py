"""What a public report (问题反映, from a scanned door code) must be, as plain functions. Pure (the standard library
only); enterprises/public_reports.py reads and writes the rows (docs/decisions/084-public-reports.md).

A report is anonymous text about an enterprise, with an optional photo and an optional way to reach the reporter.
It is judged here before anything is stored: the text is required and bounded, the contact bounded and on one line,
and neither may carry control characters (invisible, never typed, and they break the spreadsheets and pages that
show them). Staff close a report with a note; a closed report stays closed."""

import re
from enum import StrEnum

TEXT_MIN = 2
TEXT_MAX = 500
CONTACT_MAX = 40
CLOSE_NOTE_MAX = 200

# C0 control characters (and DEL). The text may keep its line breaks and tabs; the contact is one line.
_CONTROL_IN_TEXT = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_CONTROL_IN_LINE = re.compile(r"[\x00-\x1f\x7f]")


class ReportStatus(StrEnum):
    OPEN = "open"
    CLOSED = "closed"


STATUS_LABELS = {ReportStatus.OPEN: "待处理", ReportStatus.CLOSED: "已处理"}


def clean_text(text: str) -> str:
    """The text as stored: Windows line ends made plain, surrounding blanks dropped."""
    return text.replace("\r\n", "\n").replace("\r", "\n").strip()


def clean_contact(contact: str | None) -> str:
    return (contact or "").strip()


def report_problems(text: str, contact: str) -> list[dict]:
    """What is wrong with an already cleaned report, one entry per field ({field, message}); empty when fine."""
    problems = []
    if _CONTROL_IN_TEXT.search(text):
        problems.append({"field": "text", "message": "含有不可见的控制字符"})
    elif len(text) < TEXT_MIN:
        problems.append({"field": "text", "message": f"请描述发现的问题(至少 {TEXT_MIN} 个字)"})
    elif len(text) > TEXT_MAX:
        problems.append({"field": "text", "message": f"不能超过 {TEXT_MAX} 个字"})
    if _CONTROL_IN_LINE.search(contact):
        problems.append({"field": "contact", "message": "含有不可见的控制字符或换行"})
    elif len(contact) > CONTACT_MAX:
        problems.append({"field": "contact", "message": f"不能超过 {CONTACT_MAX} 个字"})
    return problems


def close_problems(status: str, note: str) -> tuple[str, str, list[dict]] | None:
    """Why a report cannot be closed with this (cleaned) note: (code, message, detail), or None when it can."""
    if status == ReportStatus.CLOSED:
        return "PUBLIC_REPORT_CLOSED", "该反映已处理,不能重复处理", []
    if not note:
        return "CLOSE_NOTE_REQUIRED", "请填写处理情况", [{"field": "note", "message": "必填"}]
    if _CONTROL_IN_TEXT.search(note) or len(note) > CLOSE_NOTE_MAX:
        return "CLOSE_NOTE_INVALID", f"处理情况不能超过 {CLOSE_NOTE_MAX} 个字,且不能含控制字符", [
            {"field": "note", "message": "格式不正确"}]
    return None
