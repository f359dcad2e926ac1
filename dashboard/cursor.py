"""Where a live stream has read the outbox up to. Pure.

Outbox ids are taken when a row is inserted but become visible when its transaction commits, so id 12 can appear
after id 13 was already read. The cursor therefore reads after a low-water mark, remembers what it already sent
above it, and keeps each gap open for a grace period before giving up on it."""

from dataclasses import dataclass, field


@dataclass
class OutboxCursor:
    low: int  # everything up to here has been sent or given up on
    grace_seconds: float = 30.0
    sent: set[int] = field(default_factory=set)
    gaps: dict[int, float] = field(default_factory=dict)  # missing id → when it was first missed

    @property
    def high(self) -> int:
        return max(self.sent, default=self.low)

    def take(self, ids: list[int], now: float) -> list[int]:
        """Of the ids read after `low`, those not sent yet, in order; records the new gaps below them."""
        fresh = sorted(i for i in set(ids) if i > self.low and i not in self.sent)
        for event_id in fresh:
            for missing in range(self.high + 1, event_id):
                self.gaps.setdefault(missing, now)
            self.gaps.pop(event_id, None)
            self.sent.add(event_id)
        self._advance(now)
        return fresh

    def _advance(self, now: float) -> None:
        self.gaps = {i: since for i, since in self.gaps.items() if now - since < self.grace_seconds}
        self.low = min(self.gaps) - 1 if self.gaps else self.high
        self.sent = {i for i in self.sent if i > self.low}
