"""Tables of the shared kernel: the audit trail, worker bookkeeping and the outbox."""

from enum import StrEnum

from tortoise import fields
from tortoise.models import Model

from core import clock


class TimestampedModel(Model):
    """created_at and updated_at come from the service clock, not the wall clock (Tortoise's auto_now reads that):
    rows written while a simulation or a test has moved the clock are dated when the service says it is."""

    created_at = fields.DatetimeField(default=clock.now)
    updated_at = fields.DatetimeField(default=clock.now)

    async def save(self, *args, update_fields=None, **kwargs) -> None:
        self.updated_at = clock.now()
        if update_fields is not None and "updated_at" not in update_fields:
            update_fields = [*update_fields, "updated_at"]
        await super().save(*args, update_fields=update_fields, **kwargs)

    class Meta:
        abstract = True


class AuditEntry(Model):
    """One write: who, what, which object, before/after, when, from where, chained by hash."""

    id = fields.BigIntField(primary_key=True)
    seq = fields.BigIntField(unique=True)
    at = fields.DatetimeField()
    actor_user_id = fields.IntField(null=True)
    actor_role = fields.CharField(max_length=20)
    ip = fields.CharField(max_length=64, null=True)
    request_id = fields.CharField(max_length=64, null=True)
    action = fields.CharField(max_length=64, db_index=True)
    object_type = fields.CharField(max_length=40)
    object_id = fields.CharField(max_length=64, null=True)
    before = fields.JSONField(null=True)
    after = fields.JSONField(null=True)
    prev_hash = fields.CharField(max_length=64)
    hash = fields.CharField(max_length=64)
    # Which AUDIT_CHAIN_KEY signed the hash (HMAC-SHA256); NULL for an entry written before the chain was keyed.
    key_id = fields.CharField(max_length=16, null=True)

    class Meta:
        table = "audit_entry"
        indexes = (("object_type", "object_id"),)


class AuditHead(Model):
    """A single row locked by every audited transaction, so the chain never forks between processes."""

    id = fields.IntField(primary_key=True)
    last_seq = fields.BigIntField(default=0)
    last_hash = fields.CharField(max_length=64)
    key_id = fields.CharField(max_length=16, null=True)  # the last entry's

    class Meta:
        table = "audit_head"


class WorkerHeartbeat(Model):
    """Each worker process stamps its row every few seconds, and /readyz shows whether any is alive."""

    worker_id = fields.CharField(max_length=100, primary_key=True)
    started_at = fields.DatetimeField()
    seen_at = fields.DatetimeField()

    class Meta:
        table = "worker_heartbeat"


class DailyJobRun(Model):
    """The last Beijing day a daily job was claimed for. Claiming is one conditional UPDATE, so of several workers
    exactly one runs the job each day."""

    name = fields.CharField(max_length=40, primary_key=True)
    done_for = fields.DateField(null=True)
    claimed_by = fields.CharField(max_length=100, null=True)
    started_at = fields.DatetimeField(null=True)
    finished_at = fields.DatetimeField(null=True)

    class Meta:
        table = "daily_job_run"


class OutboxStatus(StrEnum):
    PENDING = "pending"
    PROCESSING = "processing"
    DONE = "done"
    DEAD = "dead"


class OutboxEvent(Model):
    """A domain event (core.events) recorded in the writer's transaction. The worker fans it out to one
    OutboxDelivery per subscribed handler; the command center's live feed reads these rows by id."""

    id = fields.BigIntField(primary_key=True)
    name = fields.CharField(max_length=64, db_index=True)
    payload = fields.JSONField()
    # Set by callers that may record the same fact twice (sweeps), so it is stored once.
    key = fields.CharField(max_length=160, unique=True, null=True)
    # The request that recorded the event: the worker logs it, so one id follows a change end to end.
    request_id = fields.CharField(max_length=64, null=True)
    available_at = fields.DatetimeField()
    # When the worker created the event's deliveries; null until then.
    dispatched_at = fields.DatetimeField(null=True)
    created_at = fields.DatetimeField(default=clock.now)

    class Meta:
        table = "outbox_entry"
        indexes = (("dispatched_at", "available_at"), ("created_at",))


class OutboxDelivery(Model):
    """One handler's work on one event: its own tries, lease, backoff and dead letter, so a failing subscriber
    is retried without running the others again."""

    id = fields.BigIntField(primary_key=True)
    event = fields.ForeignKeyField("core.OutboxEvent", related_name="deliveries", on_delete=fields.CASCADE)
    handler = fields.CharField(max_length=40)
    status = fields.CharEnumField(OutboxStatus, max_length=12, default=OutboxStatus.PENDING)
    attempts = fields.IntField(default=0)
    available_at = fields.DatetimeField()
    claimed_by = fields.CharField(max_length=64, null=True)
    lease_until = fields.DatetimeField(null=True)
    last_error = fields.TextField(null=True)
    finished_at = fields.DatetimeField(null=True)

    class Meta:
        table = "outbox_delivery"
        unique_together = (("event", "handler"),)
        indexes = (("status", "available_at"), ("status", "lease_until"))
