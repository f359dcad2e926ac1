"""What the registry announces (core.events): heard by scoring, which rescores the enterprise at once instead of
waiting for the nightly sweep."""

from dataclasses import dataclass
from typing import ClassVar

from core.events import Event


@dataclass(frozen=True)
class EnterpriseActivated(Event):
    """An enterprise became active: registered by an admin, approved, or imported (`how`)."""

    name: ClassVar[str] = "enterprise.activated"
    enterprise_id: int
    how: str


@dataclass(frozen=True)
class ProfileChanged(Event):
    """A document, a person or a hazard point of the enterprise was added, edited, deleted or verified."""

    name: ClassVar[str] = "enterprise.profile_changed"
    enterprise_id: int
    kind: str
    item_id: int


@dataclass(frozen=True)
class PublicReportReceived(Event):
    """Someone who scanned the enterprise's code reported a problem (docs/decisions/084): its staff are told."""

    name: ClassVar[str] = "enterprise.public_report_received"
    report_id: int
    enterprise_id: int
    has_photo: bool

