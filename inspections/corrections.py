"""Correcting a hazard after the fact, as pure rules: the enterprise's deadline extension (延期申请) and the
street's revision of an open hazard's deadline or severity (docs/decisions/041).

An extension is pending → approved (with the requested or another later date) or refused (with a reason); anything
not in TRANSITIONS is forbidden. Time comes in as a parameter. Standard library only."""

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from core.errors import Conflict, InvalidInput
from inspections.rectification import HazardStatus


class ExtensionStatus(StrEnum):
    PENDING = "pending"
    APPROVED = "approved"
    REFUSED = "refused"


EXTENSION_STATUS_LABELS = {ExtensionStatus.PENDING: "待审批", ExtensionStatus.APPROVED: "已批准",
                           ExtensionStatus.REFUSED: "未批准"}


class Decision(StrEnum):
    APPROVE = "approve"
    REFUSE = "refuse"


# (from, decision) -> to. Anything not listed is forbidden (a decided extension is not decided again).
TRANSITIONS: dict[tuple[ExtensionStatus, Decision], ExtensionStatus] = {
    (ExtensionStatus.PENDING, Decision.APPROVE): ExtensionStatus.APPROVED,
    (ExtensionStatus.PENDING, Decision.REFUSE): ExtensionStatus.REFUSED,
}

# The hazard statuses in which the enterprise may ask for more time, and in which staff may revise a hazard: only
# while the fix is still the enterprise's to make. Submitted: the street's queue; closed: 销号, nothing to extend.
CORRECTABLE = frozenset({HazardStatus.OPEN})
_NOT_CORRECTABLE = {
    HazardStatus.SUBMITTED: ("HAZARD_NOT_OPEN", "整改已提交待复查"),
    HazardStatus.CLOSED: ("HAZARD_CLOSED", "隐患已销号"),
}

# Timeline entry kinds (HazardEvent.kind): the loop's own steps are "status".
TIMELINE_KINDS = ("status", "extension_requested", "extension_approved", "extension_refused", "revised")


def _require_correctable(status: HazardStatus, what: str) -> None:
    if HazardStatus(status) not in CORRECTABLE:
        code, why = _NOT_CORRECTABLE[HazardStatus(status)]
        raise Conflict(f"{why},不能{what}", code=code, detail={"status": str(status)})


def _reason(text: str, field: str, code: str, message: str) -> str:
    text = (text or "").strip()
    if not text:
        raise InvalidInput(message, code=code, detail=[{"field": field, "message": "必填"}])
    return text


def _later_date(value: date, current_deadline: date, today: date, field: str) -> None:
    if value <= current_deadline:
        raise InvalidInput(f"延期日期须晚于当前整改期限 {current_deadline.isoformat()}", code="EXTENSION_DATE_NOT_LATER",
                           detail=[{"field": field, "message": f"须晚于 {current_deadline.isoformat()}"}])
    if value < today:
        raise InvalidInput("延期日期不能早于今天", code="EXTENSION_DATE_IN_PAST",
                           detail=[{"field": field, "message": f"不能早于 {today.isoformat()}"}])


@dataclass(frozen=True)
class ExtensionRequest:
    requested_deadline: date
    reason: str


def request_extension(hazard_status: HazardStatus, current_deadline: date, requested_deadline: date, reason: str,
                      *, today: date, pending: bool) -> ExtensionRequest:
    """May the enterprise ask to move `current_deadline` to `requested_deadline`? One request at a time."""
    _require_correctable(hazard_status, "申请延期")
    if pending:
        raise Conflict("已有待审批的延期申请,请等待审批结果", code="EXTENSION_ALREADY_PENDING")
    reason = _reason(reason, "reason", "EXTENSION_REASON_REQUIRED", "申请延期须说明原因")
    _later_date(requested_deadline, current_deadline, today, "requested_deadline")
    return ExtensionRequest(requested_deadline, reason)


@dataclass(frozen=True)
class ExtensionDecision:
    to_status: ExtensionStatus
    # The hazard's deadline after the decision (unchanged when refused).
    deadline: date
    note: str


def decide_extension(status: ExtensionStatus, approved: bool, *, hazard_status: HazardStatus,
                     current_deadline: date, requested_deadline: date, granted: date | None, note: str,
                     today: date) -> ExtensionDecision:
    """Staff approve (with the requested date, or another one later than the current deadline) or refuse with a
    reason. A decided extension is not decided again; a closed hazard's extension can only be refused."""
    decision = Decision.APPROVE if approved else Decision.REFUSE
    target = TRANSITIONS.get((ExtensionStatus(status), decision))
    if target is None:
        raise Conflict("该延期申请已审批", code="EXTENSION_ALREADY_DECIDED", detail={"status": str(status)})
    note = (note or "").strip()
    if not approved:
        note = _reason(note, "note", "EXTENSION_REFUSE_REASON_REQUIRED", "不批准延期须说明原因")
        return ExtensionDecision(target, current_deadline, note)
    _require_correctable(hazard_status, "批准延期")
    deadline = granted or requested_deadline
    _later_date(deadline, current_deadline, today, "deadline")
    return ExtensionDecision(target, deadline, note)


@dataclass(frozen=True)
class Revision:
    changes: dict  # field -> new value: "deadline_date", "severity"
    before: dict
    reason: str
    raised_to_major: bool


def revise(hazard_status: HazardStatus, *, current_deadline: date, current_severity: str,
           deadline: date | None, severity: str | None, reason: str, today: date) -> Revision:
    """Staff change an open hazard's deadline or severity, with a reason. 一般 → 重大 makes the treatment plan
    required before a fix may be submitted (rectification.missing_plan_fields reads the severity)."""
    _require_correctable(hazard_status, "修改")
    reason = _reason(reason, "reason", "REVISION_REASON_REQUIRED", "修改隐患须说明原因")
    changes: dict = {}
    if deadline is not None and deadline != current_deadline:
        if deadline < today:
            raise InvalidInput("整改期限不能早于今天", code="DEADLINE_IN_PAST",
                               detail=[{"field": "deadline", "message": f"不能早于 {today.isoformat()}"}])
        changes["deadline_date"] = deadline
    if severity is not None and severity != current_severity:
        changes["severity"] = severity
    if not changes:
        raise InvalidInput("没有需要修改的内容(整改期限或严重程度须与当前不同)", code="REVISION_NOTHING_CHANGED",
                           detail=[{"field": "deadline", "message": "与当前相同或未填写"},
                                   {"field": "severity", "message": "与当前相同或未填写"}])
    before = {"deadline_date": current_deadline, "severity": current_severity}
    return Revision(changes, {k: before[k] for k in changes}, reason,
                    raised_to_major=changes.get("severity") == "major")
