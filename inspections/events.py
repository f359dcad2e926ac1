"""What the inspection loop announces (core.events): recorded with the write, heard by notify and scoring."""

from dataclasses import dataclass
from datetime import date
from typing import ClassVar

from core.events import Event


@dataclass(frozen=True)
class InspectionSubmitted(Event):
    """A checklist was submitted: scoring rescores, and the enterprise's managers get the whole result in one
    message (the counts here; the hazards and their deadlines are read from the inspection's rows)."""

    name: ClassVar[str] = "inspection.submitted"
    inspection_id: int
    enterprise_id: int
    kind: str
    hazards: int
    # Events recorded before these fields existed carry none of them.
    inspector_id: int | None = None
    items: int = 0
    passed: int = 0
    failed: int = 0
    not_applicable: int = 0


@dataclass(frozen=True)
class HazardReported(Event):
    """A failed item became a hazard; the enterprise's managers must fix it by `deadline`."""

    name: ClassVar[str] = "hazard.reported"
    hazard_id: int
    enterprise_id: int
    title: str
    deadline: date
    severity: str = "general"


@dataclass(frozen=True)
class RectificationSubmitted(Event):
    name: ClassVar[str] = "rectification.submitted"
    hazard_id: int
    enterprise_id: int
    title: str
    inspector_id: int | None


@dataclass(frozen=True)
class RectificationRejected(Event):
    name: ClassVar[str] = "rectification.rejected"
    hazard_id: int
    enterprise_id: int
    title: str
    deadline: date
    reason: str = ""


@dataclass(frozen=True)
class HazardClosed(Event):
    name: ClassVar[str] = "hazard.closed"
    hazard_id: int
    enterprise_id: int
    title: str


@dataclass(frozen=True)
class HazardDeadlineApproaching(Event):
    name: ClassVar[str] = "hazard.deadline_approaching"
    hazard_id: int
    enterprise_id: int
    title: str
    deadline: date
    days_left: int


@dataclass(frozen=True)
class HazardOverdue(Event):
    name: ClassVar[str] = "hazard.overdue"
    hazard_id: int
    enterprise_id: int
    title: str
    deadline: date
    inspector_id: int | None = None


@dataclass(frozen=True)
class HazardEscalated(Event):
    """Still open `days_overdue` days after its deadline: the street's admins are told."""

    name: ClassVar[str] = "hazard.escalated"
    hazard_id: int
    enterprise_id: int
    title: str
    deadline: date
    days_overdue: int


@dataclass(frozen=True)
class VerificationWaiting(Event):
    """A submitted fix has waited `waiting_days` for the street's verification: the inspector is reminded."""

    name: ClassVar[str] = "hazard.verification_waiting"
    hazard_id: int
    enterprise_id: int
    title: str
    inspector_id: int | None
    waiting_days: int


@dataclass(frozen=True)
class CampaignPublished(Event):
    name: ClassVar[str] = "campaign.published"
    campaign_id: int
    title: str
    deadline: date
    enterprise_ids: tuple[int, ...]


@dataclass(frozen=True)
class ExtensionRequested(Event):
    """The enterprise asks for a later deadline: the inspector who found the hazard and the street's admins decide."""

    name: ClassVar[str] = "hazard.extension_requested"
    hazard_id: int
    enterprise_id: int
    title: str
    extension_id: int
    deadline: date
    requested_deadline: date
    reason: str
    inspector_id: int | None = None


@dataclass(frozen=True)
class ExtensionDecided(Event):
    """Staff approved (the new `deadline`) or refused an extension: the enterprise is told."""

    name: ClassVar[str] = "hazard.extension_decided"
    hazard_id: int
    enterprise_id: int
    title: str
    extension_id: int
    approved: bool
    deadline: date
    note: str = ""


@dataclass(frozen=True)
class HazardRevised(Event):
    """Staff changed an open hazard's deadline or severity with a reason: the enterprise is told, scoring rescores."""

    name: ClassVar[str] = "hazard.revised"
    hazard_id: int
    enterprise_id: int
    title: str
    deadline: date
    severity: str
    reason: str
    changed: tuple[str, ...] = ()


@dataclass(frozen=True)
class CampaignTaskDue(Event):
    """An enterprise's campaign task is due in `days_left` days and not done: its users are reminded."""

    name: ClassVar[str] = "campaign.task_due"
    campaign_id: int
    enterprise_id: int
    title: str
    deadline: date
    days_left: int


@dataclass(frozen=True)
class CampaignTaskOverdue(Event):
    """An enterprise missed its campaign task's deadline: its users are told on the day it is missed."""

    name: ClassVar[str] = "campaign.task_overdue"
    campaign_id: int
    enterprise_id: int
    title: str
    deadline: date


@dataclass(frozen=True)
class ReportReminder(Event):
    """The enterprises that had not filed the day's 日常报送 by the reminder time: their users get one reminder.
    One event a day for all of them (its outbox key carries the date)."""

    name: ClassVar[str] = "report.reminder"
    report_date: date
    enterprise_ids: tuple[int, ...]
