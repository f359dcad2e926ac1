"""The transactional outbox: events recorded in the writer's transaction, handled by the worker at least once.

A worker claims due rows (FOR UPDATE SKIP LOCKED on MySQL/MariaDB, so several workers share the table), leases
them, commits, runs the handler from notify.handlers.HANDLERS outside any transaction and marks the row. Failures
retry with exponential backoff and jitter; after the last try the row is dead-lettered and an admin can replay it."""

import asyncio
import logging
import os
import random
import socket
from collections.abc import Callable
from datetime import timedelta

from tortoise import connections
from tortoise.expressions import F, Q
from tortoise.transactions import in_transaction

from core import audit, clock
from core.audit import Actor
from core.errors import NotFound
from core.settings import Settings
from notify.delivery import HandlerContext, PermanentDeliveryError
from notify.models import OutboxEvent, OutboxStatus
from wechat.client import WeChatClient
from wechat.errors import WeChatQuotaExceeded

log = logging.getLogger("jinyan.outbox")
alerts = logging.getLogger("jinyan.alerts")


async def record(name: str, payload: dict, *, key: str | None = None,
                 delay: timedelta | None = None) -> OutboxEvent | None:
    """Record an event inside the caller's transaction (ARCHITECTURE.md rule 5), so it commits with the write.

    `key` makes recording idempotent (sweeps that run twice): an event with the same key is not recorded again."""
    if key is not None and await OutboxEvent.filter(key=key).exists():
        return None
    return await OutboxEvent.create(name=name, payload=payload, key=key,
                                    available_at=clock.now() + (delay or timedelta(0)))


def backoff_seconds(attempt: int, base: float, cap: float, rng: Callable[[], float] = random.random) -> float:
    """Exponential backoff with jitter: attempt 1 waits about base, each later one about twice as long."""
    ceiling = min(cap, base * 2 ** (attempt - 1))
    return ceiling * (0.5 + rng() / 2)


def _default_worker_id() -> str:
    return f"{socket.gethostname()}:{os.getpid()}:{random.getrandbits(24):06x}"


def _claims_concurrently() -> bool:
    # SQLite shares one connection between transactions: one worker, one event at a time.
    return connections.get("default").capabilities.dialect == "mysql"


class Dispatcher:
    """One worker's view of the outbox. `handlers` is the explicit table of event name -> handler."""

    def __init__(self, settings: Settings, wechat: WeChatClient, handlers: dict | None = None,
                 worker_id: str | None = None, rng: Callable[[], float] = random.random):
        from notify.handlers import HANDLERS

        self.settings = settings
        self.wechat = wechat
        self.handlers = HANDLERS if handlers is None else handlers
        self.worker_id = worker_id or _default_worker_id()
        self._rng = rng

    async def claim(self, limit: int | None = None) -> list[OutboxEvent]:
        """Lease due events to this worker: pending ones that are due, and processing ones whose lease ran out."""
        now = clock.now()
        limit = limit or self.settings.outbox_batch_size
        async with in_transaction() as conn:
            # Two queries that each walk their own index in order, so InnoDB locks only the rows it returns;
            # one OR-query sorts every due row first and then locks them all.
            events = await self._lock_due(conn, Q(status=OutboxStatus.PENDING, available_at__lte=now),
                                          "available_at", limit)
            if len(events) < limit:
                events += await self._lock_due(conn, Q(status=OutboxStatus.PROCESSING, lease_until__lte=now),
                                               "lease_until", limit - len(events))
            if not events:
                return []
            lease_until = now + timedelta(seconds=self.settings.outbox_lease_seconds)
            await OutboxEvent.filter(id__in=[e.id for e in events]).using_db(conn).update(
                status=OutboxStatus.PROCESSING, claimed_by=self.worker_id, lease_until=lease_until,
                attempts=F("attempts") + 1)
        for event in events:
            event.attempts += 1
        return events

    @staticmethod
    async def _lock_due(conn, due: Q, order: str, limit: int) -> list[OutboxEvent]:
        return await (OutboxEvent.filter(due).order_by(order, "id").limit(limit)
                      .select_for_update(skip_locked=True).using_db(conn))

    async def run_once(self) -> int:
        """Claim one batch and handle it; answers how many events were claimed."""
        events = await self.claim()
        limit = asyncio.Semaphore(self.settings.outbox_concurrency if _claims_concurrently() else 1)

        async def bounded(event: OutboxEvent) -> bool:
            async with limit:
                return await self._process(event)

        handled = await asyncio.gather(*(bounded(e) for e in events))
        await self._mark_done([e for e, ok in zip(events, handled, strict=True) if ok])
        return len(events)

    async def drain(self, max_rounds: int = 1000) -> int:
        """Run until nothing is due (tests, the bench and the worker job)."""
        handled = 0
        for _ in range(max_rounds):
            claimed = await self.run_once()
            handled += claimed
            if claimed == 0:
                break
        return handled

    async def handle(self, event: OutboxEvent) -> None:
        """Handle one claimed event and settle it."""
        if await self._process(event):
            await self._mark_done([event])

    async def _process(self, event: OutboxEvent) -> bool:
        """Run the handler; True when it succeeded (the caller marks it done, batched), else settled here."""
        handler = self.handlers.get(event.name)
        if handler is None:
            await self._dead(event, f"没有处理 {event.name} 的处理器")
            return False
        ctx = HandlerContext(event_id=event.id, settings=self.settings, wechat=self.wechat,
                             rerun=event.attempts > 1 or event.last_error is not None)
        try:
            await handler(ctx, event.payload)
        except PermanentDeliveryError as exc:
            await self._dead(event, str(exc))
        except WeChatQuotaExceeded as exc:
            # 45009 is WeChat's quota, not this event's fault: wait long, and do not spend one of its tries.
            await self._retry(event, str(exc), self.settings.wechat_quota_backoff_seconds, refund_attempt=True)
        except Exception as exc:  # noqa: BLE001 - any failure of a handler is retried, then dead-lettered
            log.warning("event %s (%s) failed on attempt %s: %r", event.id, event.name, event.attempts, exc)
            if event.attempts >= self.settings.outbox_max_attempts:
                await self._dead(event, repr(exc))
            else:
                delay = backoff_seconds(event.attempts, self.settings.outbox_backoff_base_seconds,
                                        self.settings.outbox_backoff_max_seconds, self._rng)
                await self._retry(event, repr(exc), delay)
        else:
            return True
        return False

    async def _mark_done(self, events: list[OutboxEvent]) -> None:
        if events:
            await OutboxEvent.filter(id__in=[e.id for e in events], claimed_by=self.worker_id,
                                     status=OutboxStatus.PROCESSING).update(
                status=OutboxStatus.DONE, finished_at=clock.now(), lease_until=None, last_error=None)

    def _mine(self, event: OutboxEvent):
        # Only the worker holding the lease may settle the row.
        return OutboxEvent.filter(id=event.id, claimed_by=self.worker_id, status=OutboxStatus.PROCESSING)

    async def _retry(self, event: OutboxEvent, error: str, delay: float, refund_attempt: bool = False) -> None:
        changes = {"status": OutboxStatus.PENDING, "available_at": clock.now() + timedelta(seconds=delay),
                   "lease_until": None, "last_error": error[:2000]}
        if refund_attempt:
            changes["attempts"] = F("attempts") - 1
        await self._mine(event).update(**changes)

    async def _dead(self, event: OutboxEvent, error: str) -> None:
        alerts.error("outbox event %s (%s) dead-lettered after %s attempts: %s", event.id, event.name,
                     event.attempts, error)
        await self._mine(event).update(status=OutboxStatus.DEAD, finished_at=clock.now(), lease_until=None,
                                       last_error=error[:2000])


async def dead_letters(page: int, size: int) -> tuple[list[OutboxEvent], int]:
    """Dead-lettered events, newest first, for an admin to inspect and replay."""
    query = OutboxEvent.filter(status=OutboxStatus.DEAD)
    total = await query.count()
    return await query.order_by("-id").offset((page - 1) * size).limit(size), total


async def replay_dead_letter(actor: Actor, event_id: int) -> OutboxEvent:
    """An admin sends a dead letter again with a fresh set of tries; its handlers skip what was delivered."""
    async with in_transaction():
        event = await OutboxEvent.filter(id=event_id, status=OutboxStatus.DEAD).select_for_update().first()
        if event is None:
            raise NotFound("死信不存在", code="DEAD_LETTER_NOT_FOUND")
        before = {"status": event.status, "attempts": event.attempts, "last_error": event.last_error}
        event.status, event.attempts, event.available_at = OutboxStatus.PENDING, 0, clock.now()
        event.claimed_by = event.lease_until = event.finished_at = None
        await event.save(update_fields=["status", "attempts", "available_at", "claimed_by", "lease_until",
                                        "finished_at"])
        await audit.record(actor, "outbox.replayed", "outbox_event", event.id, before=before,
                           after={"status": event.status, "attempts": 0})
    return event


async def run_until_stopped(dispatcher: Dispatcher, stop: asyncio.Event, idle_seconds: float = 1.0) -> None:
    """The in-process worker of `jinyan serve` in dev: drain, then wait a moment, until the app stops."""
    while not stop.is_set():
        try:
            await dispatcher.drain()
        except Exception:  # noqa: BLE001 - a database hiccup must not end the loop
            log.exception("outbox round failed; trying again shortly")
        try:
            await asyncio.wait_for(stop.wait(), timeout=idle_seconds)
        except TimeoutError:
            pass
