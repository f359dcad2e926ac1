"""How the outbox is doing, for /metrics and /readyz."""

from dataclasses import dataclass

from tortoise.functions import Count, Min

from core import clock
from notify.models import OutboxEvent, OutboxStatus


@dataclass(frozen=True)
class OutboxHealth:
    backlog: int
    oldest_due_age_seconds: float
    dead_letters: int


async def outbox_health() -> OutboxHealth:
    """Due events not yet handled, how long the oldest has waited, and dead letters: two aggregate queries."""
    now = clock.now()
    due = await (OutboxEvent.filter(status__in=[OutboxStatus.PENDING, OutboxStatus.PROCESSING], available_at__lte=now)
                 .annotate(n=Count("id"), oldest=Min("available_at")).values("n", "oldest"))
    dead = await OutboxEvent.filter(status=OutboxStatus.DEAD).count()
    oldest = due[0]["oldest"] if due and due[0]["oldest"] else None
    age = (now - oldest).total_seconds() if oldest else 0.0
    return OutboxHealth(backlog=due[0]["n"] if due else 0, oldest_due_age_seconds=max(age, 0.0), dead_letters=dead)
