"""The transactional outbox: events recorded in the writer's transaction, handled by the worker at least once.

`record(event)` stores a typed event (core.events) with the write. A worker fans each event out to one delivery
row per handler subscribed to its type (the handler table comes from the composition module, bootstrap/), then
claims due deliveries (FOR UPDATE SKIP LOCKED on MySQL/MariaDB, so several workers share the table) under a
lease, hands each handler its batch outside any transaction and settles every delivery on its own: retried with
exponential backoff and jitter, dead-lettered after the last try, replayable by a system admin. So notify and
scoring fail and retry independently. This module knows nothing of who the handlers are."""

import asyncio
import logging
import os
import random
import socket
from collections import defaultdict
from collections.abc import Awaitable, Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Protocol

from tortoise import connections
from tortoise.exceptions import OperationalError
from tortoise.expressions import Subquery
from tortoise.functions import Count, Min
from tortoise.transactions import in_transaction

from core import audit, clock, db, events
from core.audit import Actor
from core.errors import NotFound
from core.logs import current_request_id
from core.models import OutboxDelivery, OutboxEvent, OutboxStatus
from core.settings import Settings

log = logging.getLogger("jinyan.outbox")
alerts = logging.getLogger("jinyan.alerts")

UNHANDLED = "(none)"  # the handler name of a delivery recording that nobody subscribes to an event


async def record(event: events.Event, *, key: str | None = None,
                 delay: timedelta | None = None) -> OutboxEvent | None:
    """Record an event inside the caller's transaction (rule 5), so it commits with the write.

    `key` makes recording idempotent (sweeps that run twice): an event with the same key is not recorded again."""
    if key is not None and await OutboxEvent.filter(key=key).exists():
        return None
    now = clock.now()  # the application's clock, so retention and the live feed agree with the rest
    return await OutboxEvent.create(name=event.name, payload=event.payload(), key=key,
                                    request_id=current_request_id.get(), created_at=now,
                                    available_at=now + (delay or timedelta(0)))


async def record_many(batch: Sequence[events.Event]) -> None:
    """Record many keyless events in one INSERT inside the caller's transaction: a rescore of a whole chunk turns
    thousands of colours at once, and one insert per event was most of the first rescore's time (issue 19)."""
    if not batch:
        return
    now = clock.now()
    request_id = current_request_id.get()
    await db.insert_rows(OutboxEvent, [{"name": event.name, "payload": event.payload(), "key": None,
                                        "request_id": request_id, "available_at": now, "dispatched_at": None,
                                        "created_at": now} for event in batch])


@dataclass
class Outcome:
    """How one delivery went; it is done only when nothing is set."""

    transient: str | None = None       # retry with backoff, spending a try
    permanent: str | None = None       # dead letter now
    postponed: str | None = None       # not this event's fault (a quota): wait, without spending a try
    postpone_seconds: float = 0.0


@dataclass(frozen=True)
class Envelope:
    """One claimed delivery as its handler sees it."""

    delivery_id: int
    event_id: int
    event: events.Event
    handler: str
    request_id: str | None
    attempts: int


class Handler(Protocol):
    """A subscriber: a stable name (stored on its deliveries) and a batch entry point."""

    name: str

    async def handle(self, batch: Sequence[Envelope]) -> Mapping[int, Outcome]:
        """Handle a batch; answers an outcome per delivery id (a missing one counts as done)."""
        ...


HandlerTable = Mapping[type[events.Event], Sequence[Handler]]


def backoff_seconds(attempt: int, base: float, cap: float, rng: Callable[[], float] = random.random) -> float:
    """Exponential backoff with jitter: attempt 1 waits about base, each later one about twice as long."""
    ceiling = min(cap, base * 2 ** (attempt - 1))
    return ceiling * (0.5 + rng() / 2)


def claims_concurrently() -> bool:
    # SQLite shares one connection between transactions: one worker, one event at a time.
    return connections.get("default").capabilities.dialect == "mysql"


async def bounded_gather(items: Iterable, work: Callable[..., Awaitable], limit: int) -> None:
    """Run `work(item)` for every item, at most `limit` at once (1 on SQLite)."""
    gate = asyncio.Semaphore(limit if claims_concurrently() else 1)

    async def one(item):
        async with gate:
            await work(item)

    await asyncio.gather(*(one(item) for item in items))


def _default_worker_id() -> str:
    return f"{socket.gethostname()}:{os.getpid()}:{random.getrandbits(24):06x}"


class Dispatcher:
    """One worker's view of the outbox, with the deployment's handler table."""

    def __init__(self, settings: Settings, handlers: HandlerTable, worker_id: str | None = None,
                 rng: Callable[[], float] = random.random):
        self.settings = settings
        self.worker_id = worker_id or _default_worker_id()
        self._rng = rng
        self._by_event_name: dict[str, list[Handler]] = defaultdict(list)
        self._by_handler_name: dict[str, Handler] = {}
        for event_type, subscribers in handlers.items():
            for handler in subscribers:
                self._by_event_name[event_type.name].append(handler)
                self._by_handler_name[handler.name] = handler

    # -- fan-out --

    async def fan_out(self, limit: int | None = None) -> int:
        """Give each due, not yet dispatched event one delivery per subscribed handler; answers how many events.
        One locking SELECT of ids and names, one INSERT of the deliveries, one UPDATE of the events."""
        now = clock.now()
        limit = limit or self.settings.outbox_batch_size
        async with in_transaction() as conn:
            locked = await _lock_due(conn, OutboxEvent, ("id", "name"), "dispatched_at IS NULL AND available_at <= {}",
                                     [now], "available_at", limit)
            if not locked:
                return 0
            rows = []
            for event_id, name in locked:
                subscribers = self._by_event_name.get(name)
                if subscribers:
                    rows += [{"event_id": event_id, "handler": h.name, "status": OutboxStatus.PENDING, "attempts": 0,
                              "available_at": now, "finished_at": None, "last_error": None} for h in subscribers]
                else:
                    alerts.error("outbox event %s (%s) has no handler; dead-lettered", event_id, name)
                    rows.append({"event_id": event_id, "handler": UNHANDLED, "status": OutboxStatus.DEAD,
                                 "attempts": 0, "available_at": now, "finished_at": now,
                                 "last_error": f"没有处理 {name} 的处理器"})
            await db.insert_rows(OutboxDelivery, rows)
            await db.update_rows(OutboxEvent, [event_id for event_id, _ in locked], values={"dispatched_at": now})
        return len(locked)

    # -- deliveries --

    async def claim(self, limit: int | None = None) -> list[Envelope]:
        """Lease due deliveries to this worker: pending ones that are due, and processing ones whose lease ran out.
        At most two locking SELECTs, one UPDATE of the lease and one read of the events, whatever the batch."""
        now = clock.now()
        limit = limit or self.settings.outbox_batch_size
        columns = ("id", "event_id", "handler", "attempts")
        async with in_transaction() as conn:
            # Two queries that each walk their own index in order, so InnoDB locks only the rows it returns;
            # one OR-query sorts every due row first and then locks them all.
            rows = await _lock_due(conn, OutboxDelivery, columns, "status = {} AND available_at <= {}",
                                   [OutboxStatus.PENDING, now], "available_at", limit)
            if len(rows) < limit:
                rows += await _lock_due(conn, OutboxDelivery, columns, "status = {} AND lease_until <= {}",
                                        [OutboxStatus.PROCESSING, now], "lease_until", limit - len(rows))
            if not rows:
                return []
            lease_until = now + timedelta(seconds=self.settings.outbox_lease_seconds)
            await db.update_rows(OutboxDelivery, [row[0] for row in rows], add={"attempts": 1}, values={
                "status": OutboxStatus.PROCESSING, "claimed_by": self.worker_id, "lease_until": lease_until})
            stored = {row[0]: row for row in await OutboxEvent.filter(id__in={row[1] for row in rows}).using_db(conn)
                      .values_list("id", "name", "payload", "request_id")}
        return [self._envelope(row, stored[row[1]]) for row in rows]

    @staticmethod
    def _envelope(row: tuple, stored: tuple) -> Envelope:
        """The claimed row as its handler sees it; this claim is one more attempt than the row was read with."""
        delivery_id, _, handler, attempts = row
        event_id, name, payload, request_id = stored
        try:
            event = events.load(name, payload)
        except events.UnknownEvent as exc:
            event = _Unreadable(str(exc))
        return Envelope(delivery_id, event_id, event, handler, request_id, attempts + 1)

    async def run_once(self) -> int:
        """Fan out what is new, claim one batch of deliveries, handle and settle it; answers deliveries claimed."""
        return (await self._round())[1]

    async def drain(self, max_rounds: int = 1000, stop: asyncio.Event | None = None) -> int:
        """Run until nothing is due, or `stop` is set (tests, the bench and the worker job); answers deliveries
        handled."""
        handled = 0
        for _ in range(max_rounds):
            busy, claimed = await self._round()
            handled += claimed
            if not busy or (stop is not None and stop.is_set()):
                break
        return handled

    async def handle(self, envelope: Envelope) -> None:
        """Handle one claimed delivery and settle it."""
        await self.settle([envelope], await self.process([envelope]))

    async def _round(self) -> tuple[bool, int]:
        """One fan-out and one batch; answers whether there was work, and how many deliveries were handled."""
        try:
            fanned = await self.fan_out()
            claimed = await self.claim()
        except OperationalError as exc:
            if not db.is_lock_conflict(exc):
                raise
            # Workers fanning out and claiming at once lock neighbouring index gaps; InnoDB rolls one back.
            log.info("outbox worker %s lost a lock race; trying again: %s", self.worker_id, exc)
            await asyncio.sleep(db.lock_retry_delay(1))
            return True, 0
        if claimed:
            await self.settle(claimed, await self.process(claimed))
        return bool(fanned or claimed), len(claimed)

    async def process(self, claimed: list[Envelope]) -> dict[int, Outcome]:
        """Hand each handler its share of the batch. Settles nothing."""
        outcomes: dict[int, Outcome] = {}
        batches: dict[str, list[Envelope]] = defaultdict(list)
        for envelope in claimed:
            if isinstance(envelope.event, _Unreadable):
                outcomes[envelope.delivery_id] = Outcome(permanent=envelope.event.reason)
            elif (handler := self._by_handler_name.get(envelope.handler)) is None:
                outcomes[envelope.delivery_id] = Outcome(permanent=f"处理器 {envelope.handler} 已不存在")
            else:
                batches[handler.name].append(envelope)

        async def run(handler_name: str) -> None:
            batch = batches[handler_name]
            try:
                answered = await self._by_handler_name[handler_name].handle(batch)
            except Exception as exc:  # noqa: BLE001 - a failing handler is retried, then dead-lettered
                log.warning("handler %s failed on a batch of %s: %r", handler_name, len(batch), exc)
                answered = {e.delivery_id: Outcome(transient=repr(exc)) for e in batch}
            for envelope in batch:
                outcomes[envelope.delivery_id] = answered.get(envelope.delivery_id) or Outcome()

        # Side by side on MySQL; one after the other on SQLite's single connection, as within a handler.
        await bounded_gather(batches, run, limit=len(batches) or 1)
        return outcomes

    async def settle(self, claimed: list[Envelope], outcomes: Mapping[int, Outcome]) -> None:
        """Settle the batch in one statement per kind of outcome: done, retried (each its own backoff), postponed
        (no try spent) and dead. Only the worker holding the lease may settle a row."""
        now = clock.now()
        done: list[int] = []
        retried: dict[int, tuple[str, float]] = {}
        postponed: dict[int, tuple[str, float]] = {}
        dead: dict[int, str] = {}
        for envelope in claimed:
            outcome = outcomes[envelope.delivery_id]
            if outcome.transient is not None:
                if envelope.attempts >= self.settings.outbox_max_attempts:
                    dead[envelope.delivery_id] = outcome.transient
                else:
                    retried[envelope.delivery_id] = (outcome.transient, backoff_seconds(
                        envelope.attempts, self.settings.outbox_backoff_base_seconds,
                        self.settings.outbox_backoff_max_seconds, self._rng))
            elif outcome.postponed is not None:
                postponed[envelope.delivery_id] = (outcome.postponed, outcome.postpone_seconds)
            elif outcome.permanent is not None:
                dead[envelope.delivery_id] = outcome.permanent
            else:
                done.append(envelope.delivery_id)
        mine = {"claimed_by": self.worker_id, "status": OutboxStatus.PROCESSING}
        await db.update_rows(OutboxDelivery, done, where=mine, values={
            "status": OutboxStatus.DONE, "finished_at": now, "lease_until": None, "last_error": None})
        for waiting, refund in ((retried, 0), (postponed, -1)):
            await db.update_rows(OutboxDelivery, list(waiting), where=mine, add={"attempts": refund} if refund else None,
                                 values={"status": OutboxStatus.PENDING, "lease_until": None},
                                 each={"available_at": {i: now + timedelta(seconds=delay)
                                                        for i, (_, delay) in waiting.items()},
                                       "last_error": {i: error[:2000] for i, (error, _) in waiting.items()}})
        if dead:
            for envelope in claimed:
                if envelope.delivery_id in dead:
                    alerts.error("outbox delivery %s (%s to %s) dead-lettered after %s attempts: %s",
                                 envelope.delivery_id, envelope.event.name, envelope.handler, envelope.attempts,
                                 dead[envelope.delivery_id])
            await db.update_rows(OutboxDelivery, list(dead), where=mine, values={
                "status": OutboxStatus.DEAD, "finished_at": now, "lease_until": None},
                each={"last_error": {i: error[:2000] for i, error in dead.items()}})


async def _lock_due(conn, model, columns: tuple[str, ...], condition: str, params: list, order: str,
                    limit: int) -> list[tuple]:
    """The first `limit` rows matching `condition` (`{}` marks a parameter) in index order, as tuples of `columns`,
    locked FOR UPDATE SKIP LOCKED on MySQL/MariaDB (another worker's rows are passed over); SQLite's single
    connection needs no lock. No model objects: the batch's rows are read as plain values."""
    meta = model._meta
    mysql = conn.capabilities.dialect == "mysql"
    quote, mark = ("`", "%s") if mysql else ('"', "?")
    names = ", ".join(f"{quote}{meta.fields_db_projection[c]}{quote}" for c in columns)
    sql = (f"SELECT {names} FROM {quote}{meta.db_table}{quote} WHERE {condition.format(*[mark] * len(params))} "
           f"ORDER BY {quote}{order}{quote}, {quote}id{quote} LIMIT {int(limit)}")
    if mysql:
        sql += " FOR UPDATE SKIP LOCKED"
    values = [meta.fields_map[name].to_db_value(value, model)
              for name, value in zip(_parameter_fields(condition), params, strict=True)]
    _, rows = await conn.execute_query(sql, values)
    return [tuple(row[meta.fields_db_projection[c]] for c in columns) for row in rows]


def _parameter_fields(condition: str) -> list[str]:
    """The column each `{}` of a condition compares: the word before its operator."""
    words = condition.replace("{}", " {} ").split()
    return [words[i - 2] for i, word in enumerate(words) if word == "{}"]


@dataclass(frozen=True)
class _Unreadable:
    """A stored event that no longer loads: its delivery is dead-lettered with the reason."""

    reason: str
    name: str = "(unreadable)"


# -- dead letters --

async def dead_letters(page: int, size: int) -> tuple[list[OutboxDelivery], int]:
    """Dead-lettered deliveries with their events, newest first, for an admin to inspect and replay."""
    query = OutboxDelivery.filter(status=OutboxStatus.DEAD)
    total = await query.count()
    return await query.order_by("-id").offset((page - 1) * size).limit(size).prefetch_related("event"), total


async def replay_dead_letter(actor: Actor, delivery_id: int) -> OutboxDelivery:
    """An admin hands a dead letter to its handler again with a fresh set of tries; handlers skip what was done."""
    async with in_transaction():
        delivery = await (OutboxDelivery.filter(id=delivery_id, status=OutboxStatus.DEAD)
                          .exclude(handler=UNHANDLED).select_for_update().first())
        if delivery is None:
            raise NotFound("死信不存在", code="DEAD_LETTER_NOT_FOUND")
        before = {"status": delivery.status, "attempts": delivery.attempts, "last_error": delivery.last_error}
        delivery.status, delivery.attempts, delivery.available_at = OutboxStatus.PENDING, 0, clock.now()
        delivery.claimed_by = delivery.lease_until = delivery.finished_at = None
        await delivery.save(update_fields=["status", "attempts", "available_at", "claimed_by", "lease_until",
                                           "finished_at"])
        await audit.record(actor, "outbox.replayed", "outbox_delivery", delivery.id, before=before,
                           after={"status": delivery.status, "attempts": 0, "handler": delivery.handler})
    await delivery.fetch_related("event")
    return delivery


# -- retention --

PURGE_CHUNK = 1000


async def purge_finished(retention_days: float, now: datetime | None = None) -> int:
    """Delete events older than the retention whose every delivery is done; answers how many.

    Dead letters stay until replayed or handled. Keyed events stay too: the key is the reminder sweeps' memory of
    what they already recorded (one per hazard and reminder, so they grow with the hazards, not with traffic)."""
    cutoff = (now or clock.now()) - timedelta(days=retention_days)
    unfinished = Subquery(OutboxDelivery.exclude(status=OutboxStatus.DONE).values("event_id"))
    purged = 0
    while True:
        async with in_transaction():
            ids = await (OutboxEvent.filter(created_at__lt=cutoff, dispatched_at__isnull=False, key__isnull=True)
                         .exclude(id__in=unfinished).order_by("id").limit(PURGE_CHUNK).values_list("id", flat=True))
            if not ids:
                return purged
            await OutboxDelivery.filter(event_id__in=ids).delete()
            await OutboxEvent.filter(id__in=ids).delete()
            await audit.record(audit.SYSTEM, "outbox.purged", "outbox_entry", None,
                               after={"events": len(ids), "first_id": ids[0], "last_id": ids[-1],
                                      "older_than": cutoff.isoformat()})
        purged += len(ids)
        if len(ids) < PURGE_CHUNK:
            return purged


# -- health --

@dataclass(frozen=True)
class OutboxHealth:
    backlog: int
    oldest_due_age_seconds: float
    dead_letters: int


async def outbox_health() -> OutboxHealth:
    """Due work not yet done (events not fanned out and deliveries), how long the oldest has waited, and dead
    letters: three aggregate queries, for /metrics and /readyz."""
    now = clock.now()
    undispatched = await (OutboxEvent.filter(dispatched_at__isnull=True, available_at__lte=now)
                          .annotate(n=Count("id"), oldest=Min("available_at")).values("n", "oldest"))
    due = await (OutboxDelivery.filter(status__in=[OutboxStatus.PENDING, OutboxStatus.PROCESSING],
                                       available_at__lte=now)
                 .annotate(n=Count("id"), oldest=Min("available_at")).values("n", "oldest"))
    dead = await OutboxDelivery.filter(status=OutboxStatus.DEAD).count()
    rows = [r for r in (*undispatched, *due) if r["n"]]
    oldest = min((r["oldest"] for r in rows if r["oldest"]), default=None)
    age = (now - oldest).total_seconds() if oldest else 0.0
    return OutboxHealth(backlog=sum(r["n"] for r in rows), oldest_due_age_seconds=max(age, 0.0), dead_letters=dead)


async def last_delivered_at() -> datetime | None:
    """When a delivery last succeeded (the newest done one by id: the newest rows are the ones looked at first)."""
    row = await (OutboxDelivery.filter(status=OutboxStatus.DONE).order_by("-id").only("id", "finished_at")
                 .first())
    return clock.aware(row.finished_at) if row and row.finished_at else None


async def run_until_stopped(dispatcher: Dispatcher, stop: asyncio.Event, idle_seconds: float = 1.0) -> None:
    """The in-process worker of `jinyan serve` in dev: drain, then wait a moment, until the app stops. A stop ends
    the drain after the batch in hand: the demo's first start leaves a backlog that Ctrl+C must not wait for."""
    while not stop.is_set():
        try:
            await dispatcher.drain(stop=stop)
        except Exception:  # noqa: BLE001 - a database hiccup must not end the loop
            log.exception("outbox round failed; trying again shortly")
        try:
            await asyncio.wait_for(stop.wait(), timeout=idle_seconds)
        except TimeoutError:
            pass
