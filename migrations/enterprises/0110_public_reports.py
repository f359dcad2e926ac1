"""Public reports from a scanned code and the street-wide switch that offers them (docs/decisions/084)."""

from tortoise import migrations
from tortoise.migrations import operations as ops
from core.clock import now
from enterprises.public_report_rules import ReportStatus
from tortoise.fields.base import OnDelete
from tortoise import fields
from tortoise.indexes import Index

class Migration(migrations.Migration):
    dependencies = [('enterprises', '0090_last_street_inspection')]

    initial = False

    operations = [
        ops.CreateModel(
            name='PublicReport',
            fields=[
                ('created_at', fields.DatetimeField(default=now, auto_now=False, auto_now_add=False)),
                ('updated_at', fields.DatetimeField(default=now, auto_now=False, auto_now_add=False)),
                ('id', fields.IntField(generated=True, primary_key=True, unique=True, db_index=True)),
                ('enterprise', fields.ForeignKeyField('enterprises.Enterprise', source_field='enterprise_id', db_constraint=True, to_field='id', related_name='public_reports', on_delete=OnDelete.RESTRICT)),
                ('text', fields.CharField(max_length=500)),
                ('contact', fields.CharField(default='', max_length=40)),
                ('photo_key', fields.CharField(null=True, max_length=64)),
                ('photo_media_type', fields.CharField(null=True, max_length=40)),
                ('photo_size', fields.IntField(null=True)),
                ('reporter_user_id', fields.IntField(null=True)),
                ('ip', fields.CharField(null=True, max_length=64)),
                ('status', fields.CharEnumField(default=ReportStatus.OPEN, description='OPEN: open\nCLOSED: closed', enum_type=ReportStatus, max_length=8)),
                ('closed_by_id', fields.IntField(null=True)),
                ('closed_at', fields.DatetimeField(null=True, auto_now=False, auto_now_add=False)),
                ('close_note', fields.CharField(default='', max_length=200)),
            ],
            options={'table': 'public_report', 'app': 'enterprises', 'indexes': [Index(fields=['status', 'created_at']), Index(fields=['enterprise_id', 'status'])], 'pk_attr': 'id', 'table_description': "A problem reported by anyone who scanned an enterprise's door code (问题反映)."},
            bases=['TimestampedModel'],
        ),
        ops.CreateModel(
            name='StreetConfig',
            fields=[
                ('created_at', fields.DatetimeField(default=now, auto_now=False, auto_now_add=False)),
                ('updated_at', fields.DatetimeField(default=now, auto_now=False, auto_now_add=False)),
                ('id', fields.IntField(generated=True, primary_key=True, unique=True, db_index=True)),
                ('key', fields.CharField(unique=True, max_length=20)),
                ('public_reports_enabled', fields.BooleanField(default=False)),
            ],
            options={'table': 'street_config', 'app': 'enterprises', 'pk_attr': 'id', 'table_description': 'Street-wide switches that the street\'s top admins turn from the console, in one row keyed "default".'},
            bases=['TimestampedModel'],
        ),
    ]
