"""The transactional outbox: events recorded in the writer's transaction, handled by the worker at least once.

A worker claims a batch of due rows (FOR UPDATE SKIP LOCKED on MySQL/MariaDB, so several workers share the
table) under a lease, commits, runs each row's handler from notify.handlers.HANDLERS outside any transaction,
delivers what the handlers planned as one batch (notify.delivery) and marks the rows. Failures retry with
exponential backoff and jitter; after the last try a row is dead-lettered and a system admin can replay it."""

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
from core.logs import current_request_id
from core.errors import NotFound
from core.settings import Settings
from notify.delivery import HandlerContext, Outcome, deliver_batch
from notify.models import OutboxEvent, OutboxStatus
from wechat.client import WeChatClient

log = logging.getLogger("jinyan.outbox")
alerts = logging.getLogger("jinyan.alerts")


async def record(name: str, payload: dict, *, key: str | None = None,
                 delay: timedelta | None = None) -> OutboxEvent | None:
    """Record an event inside the caller's transaction (ARCHITECTURE.md rule 5), so it commits with the write.

    `key` makes recording idempotent (sweeps that run twice): an event with the same key is not recorded again."""
    if key is not None and await OutboxEvent.filter(key=key).exists():
        return None
    return await OutboxEvent.create(name=name, payload=payload, key=key, request_id=current_request_id.get(),
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
        """Claim one batch, handle it and settle every event; answers how many events were claimed."""
        events = await self.claim()
        if events:
            await self.settle(events, await self.process(events))
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
        await self.settle([event], await self.process([event]))

    async def process(self, events: list[OutboxEvent]) -> dict[int, Outcome]:
        """Run each event's handler, then deliver what they planned as one batch. Settles nothing."""
        outcomes: dict[int, Outcome] = {}
        plans: dict[int, list] = {}
        limit = asyncio.Semaphore(self.settings.outbox_concurrency if _claims_concurrently() else 1)

        async def plan(event: OutboxEvent) -> None:
            handler = self.handlers.get(event.name)
            if handler is None:
                outcomes[event.id] = Outcome(permanent=f"没有处理 {event.name} 的处理器")
                return
            ctx = HandlerContext(event_id=event.id, settings=self.settings)
            # Each plan runs in its own task, so the id set here stays with this event's log lines.
            current_request_id.set(event.request_id)
            async with limit:
                try:
                    await handler(ctx, event.payload)
                except Exception as exc:  # noqa: BLE001 - a failing handler is retried, then dead-lettered
                    log.warning("event %s (%s) failed on attempt %s: %r", event.id, event.name, event.attempts,
                                exc)
                    outcomes[event.id] = Outcome(transient=repr(exc))
                    return
            plans[event.id] = ctx.plans

        await asyncio.gather(*(plan(e) for e in events))
        try:
            outcomes.update(await deliver_batch(self.settings, self.wechat, plans))
        except Exception as exc:  # noqa: BLE001 - e.g. a lock wait or deadlock: the whole batch is retried
            log.warning("delivering a batch of %s events failed: %r", len(plans), exc)
            outcomes.update({event_id: Outcome(transient=repr(exc)) for event_id in plans})
        return outcomes

    async def settle(self, events: list[OutboxEvent], outcomes: dict[int, Outcome]) -> None:
        """Mark done what fully succeeded (one statement), retry or dead-letter the rest."""
        done = []
        for event in events:
            outcome = outcomes[event.id]
            if outcome.transient is not None:
                await self._retry_or_dead(event, outcome.transient)
            elif outcome.quota_exceeded is not None:
                # 45009 is WeChat's quota, not this event's fault: wait long, and do not spend one of its tries.
                await self._retry(event, outcome.quota_exceeded, self.settings.wechat_quota_backoff_seconds,
                                  refund_attempt=True)
            elif outcome.permanent is not None:
                await self._dead(event, outcome.permanent)
            else:
                done.append(event.id)
        if done:
            await OutboxEvent.filter(id__in=done, claimed_by=self.worker_id, status=OutboxStatus.PROCESSING).update(
                status=OutboxStatus.DONE, finished_at=clock.now(), lease_until=None, last_error=None)

    async def _retry_or_dead(self, event: OutboxEvent, error: str) -> None:
        if event.attempts >= self.settings.outbox_max_attempts:
            await self._dead(event, error)
            return
        delay = backoff_seconds(event.attempts, self.settings.outbox_backoff_base_seconds,
                                self.settings.outbox_backoff_max_seconds, self._rng)
        await self._retry(event, error, delay)

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
