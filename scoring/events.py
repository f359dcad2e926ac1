"""What scoring announces (core.events)."""

from dataclasses import dataclass
from datetime import datetime
from typing import ClassVar

from core.events import Event


@dataclass(frozen=True)
class RiskChanged(Event):
    name: ClassVar[str] = "risk.changed"
    enterprise_id: int
    color: str
    previous_color: str | None = None


@dataclass(frozen=True)
class FactRecorded(Event):
    """Staff recorded a fact that feeds a veto (an accident, a refused inspection...)."""

    name: ClassVar[str] = "risk.fact_recorded"
    enterprise_id: int
    fact_id: int
    kind: str


@dataclass(frozen=True)
class FactRevoked(Event):
    """A fact was revoked as recorded in error: rescored as if it had never been recorded (`recorded_at`)."""

    name: ClassVar[str] = "risk.fact_revoked"
    enterprise_id: int
    fact_id: int
    recorded_at: datetime


@dataclass(frozen=True)
class OverrideSet(Event):
    """A system admin set the enterprise's colour by hand until `until`."""

    name: ClassVar[str] = "risk.override_set"
    enterprise_id: int
    color: str
    until: datetime
