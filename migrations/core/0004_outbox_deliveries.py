"""The outbox moves to core: events (outbox_entry) and one delivery per (event, handler) (outbox_delivery).

Rows of the old notify outbox_event are copied with their ids (the live feed's Last-Event-ID stays valid). Done
events count as dispatched; pending, processing and dead ones are fanned out again by the next worker, so an old
dead letter gets one more round of tries (handlers skip what was delivered). docs/decisions/090."""

from tortoise import migrations
from tortoise.migrations import operations as ops
import functools
from core.models import OutboxStatus
from json import dumps, loads
from tortoise.fields.base import OnDelete
from tortoise import fields
from tortoise.indexes import Index

class Migration(migrations.Migration):
    dependencies = [('core', '0003_daily_job_run'), ('notify', '0002_outbox_request_id')]

    initial = False

    operations = [
        ops.CreateModel(
            name='OutboxEvent',
            fields=[
                ('id', fields.BigIntField(generated=True, primary_key=True, unique=True, db_index=True)),
                ('name', fields.CharField(db_index=True, max_length=64)),
                ('payload', fields.JSONField(encoder=functools.partial(dumps, separators=(',', ':')), decoder=loads)),
                ('key', fields.CharField(null=True, unique=True, max_length=160)),
                ('request_id', fields.CharField(null=True, max_length=64)),
                ('available_at', fields.DatetimeField(auto_now=False, auto_now_add=False)),
                ('dispatched_at', fields.DatetimeField(null=True, auto_now=False, auto_now_add=False)),
                ('created_at', fields.DatetimeField(auto_now=False, auto_now_add=True)),
            ],
            options={'table': 'outbox_entry', 'app': 'core', 'indexes': [Index(fields=['dispatched_at', 'available_at']), Index(fields=['created_at'])], 'pk_attr': 'id', 'table_description': "A domain event (core.events) recorded in the writer's transaction. The worker fans it out to one"},
            bases=['Model'],
        ),
        ops.CreateModel(
            name='OutboxDelivery',
            fields=[
                ('id', fields.BigIntField(generated=True, primary_key=True, unique=True, db_index=True)),
                ('event', fields.ForeignKeyField('core.OutboxEvent', source_field='event_id', db_constraint=True, to_field='id', related_name='deliveries', on_delete=OnDelete.CASCADE)),
                ('handler', fields.CharField(max_length=40)),
                ('status', fields.CharEnumField(default=OutboxStatus.PENDING, description='PENDING: pending\nPROCESSING: processing\nDONE: done\nDEAD: dead', enum_type=OutboxStatus, max_length=12)),
                ('attempts', fields.IntField(default=0)),
                ('available_at', fields.DatetimeField(auto_now=False, auto_now_add=False)),
                ('claimed_by', fields.CharField(null=True, max_length=64)),
                ('lease_until', fields.DatetimeField(null=True, auto_now=False, auto_now_add=False)),
                ('last_error', fields.TextField(null=True, unique=False)),
                ('finished_at', fields.DatetimeField(null=True, auto_now=False, auto_now_add=False)),
            ],
            options={'table': 'outbox_delivery', 'app': 'core', 'unique_together': (('event', 'handler'),), 'indexes': [Index(fields=['status', 'available_at']), Index(fields=['status', 'lease_until'])], 'pk_attr': 'id', 'table_description': "One handler's work on one event: its own tries, lease, backoff and dead letter, so a failing subscriber"},
            bases=['Model'],
        ),
        ops.RunSQL(
            "INSERT INTO outbox_entry (id, name, payload, `key`, request_id, available_at, dispatched_at, created_at) "
            "SELECT id, name, payload, `key`, request_id, available_at, "
            "CASE WHEN status = 'done' THEN COALESCE(finished_at, created_at) END, created_at FROM outbox_event"),
    ]
