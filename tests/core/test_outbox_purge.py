"""Finished outbox rows are purged after the retention period; what is unfinished, dead or keyed stays."""

from datetime import timedelta

from core import clock, outbox
from core.models import AuditEntry, OutboxDelivery, OutboxEvent, OutboxStatus
from tests import builders


class Quiet:
    name = "quiet"

    async def handle(self, batch):
        return {}


async def _handled(dispatcher, n: int, **record) -> list[OutboxEvent]:
    recorded = [await outbox.record(builders.Unheard(i), **{k: f"{v}:{i}" for k, v in record.items()})
                for i in range(n)]
    await dispatcher.drain()
    return recorded


async def test_only_old_fully_done_unkeyed_events_are_purged(db_clean, settings):
    dispatcher = outbox.Dispatcher(settings, {builders.Unheard: [Quiet()]})
    old_done = await _handled(dispatcher, 3)
    old_keyed = await _handled(dispatcher, 1, key="sweep")
    old_dead = await builders.dead_letter()
    clock.travel(timedelta(days=31))
    recent_done = await _handled(dispatcher, 2)

    assert await outbox.purge_finished(retention_days=30) == 3

    left = set(await OutboxEvent.all().values_list("id", flat=True))
    assert left == {e.id for e in old_keyed + recent_done} | {old_dead.event_id}
    assert not await OutboxDelivery.filter(event_id__in=[e.id for e in old_done]).exists()
    assert (await OutboxDelivery.get(id=old_dead.id)).status == OutboxStatus.DEAD
    [entry] = await AuditEntry.filter(action="outbox.purged")
    assert entry.actor_role == "system" and entry.after["events"] == 3
    assert await outbox.purge_finished(retention_days=30) == 0
    assert await AuditEntry.filter(action="outbox.purged").count() == 1  # nothing purged, nothing audited


async def test_the_purge_works_in_chunks(db_clean, settings, monkeypatch):
    monkeypatch.setattr(outbox, "PURGE_CHUNK", 2)
    dispatcher = outbox.Dispatcher(settings, {builders.Unheard: [Quiet()]})
    await _handled(dispatcher, 5)
    clock.travel(timedelta(days=31))
    assert await outbox.purge_finished(retention_days=30) == 5
    assert await OutboxEvent.all().count() == 0
    assert await AuditEntry.filter(action="outbox.purged").count() == 3  # one entry per chunk, in its transaction
