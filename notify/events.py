"""What notify itself announces (core.events)."""

from dataclasses import dataclass, field
from typing import Any, ClassVar

from core.events import Event


@dataclass(frozen=True)
class NoticePublished(Event):
    name: ClassVar[str] = "notice.published"
    notice_id: int


@dataclass(frozen=True)
class MessageRequested(Event):
    """A message addressed to named users by the caller (kind names the subscription template)."""

    name: ClassVar[str] = "message.requested"
    kind: str
    user_ids: tuple[int, ...]
    title: str
    body: str
    page: str = ""
    values: dict[str, Any] = field(default_factory=dict)
