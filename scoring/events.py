"""What scoring announces (core.events)."""

from dataclasses import dataclass
from typing import ClassVar

from core.events import Event


@dataclass(frozen=True)
class RiskChanged(Event):
    name: ClassVar[str] = "risk.changed"
    enterprise_id: int
    color: str
    previous_color: str | None = None
