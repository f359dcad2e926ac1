"""延期申请 (hazard_extension), the timeline entry's kind, and how often a hazard's deadline moved (decision 041)."""

from tortoise import migrations
from tortoise.migrations import operations as ops
from inspections.corrections import ExtensionStatus
from tortoise.fields.base import OnDelete
from tortoise import fields
from tortoise.indexes import Index

class Migration(migrations.Migration):
    dependencies = [('inspections', '0010_checklist_features')]

    initial = False

    operations = [
        ops.CreateModel(
            name='HazardExtension',
            fields=[
                ('id', fields.IntField(generated=True, primary_key=True, unique=True, db_index=True)),
                ('hazard', fields.ForeignKeyField('inspections.Hazard', source_field='hazard_id', db_constraint=True, to_field='id', related_name='extensions', on_delete=OnDelete.CASCADE)),
                ('status', fields.CharEnumField(default=ExtensionStatus.PENDING, description='PENDING: pending\nAPPROVED: approved\nREFUSED: refused', enum_type=ExtensionStatus, max_length=10)),
                ('requested_deadline', fields.DateField()),
                ('previous_deadline', fields.DateField()),
                ('reason', fields.CharField(max_length=500)),
                ('requested_by_id', fields.IntField()),
                ('requested_at', fields.DatetimeField(auto_now=False, auto_now_add=False)),
                ('granted_deadline', fields.DateField(null=True)),
                ('decided_by_id', fields.IntField(null=True)),
                ('decided_at', fields.DatetimeField(null=True, auto_now=False, auto_now_add=False)),
                ('decision_note', fields.CharField(default='', max_length=500)),
            ],
            options={'table': 'hazard_extension', 'app': 'inspections', 'indexes': [Index(fields=['hazard_id', 'status'])], 'pk_attr': 'id', 'table_description': "延期申请: the enterprise asks to move a hazard's deadline, staff approve (maybe another date) or refuse."},
            bases=['Model'],
        ),
        ops.AddField(
            model_name='Hazard',
            name='deadline_changes',
            field=fields.IntField(default=0, db_default=0),
        ),
        ops.AddField(
            model_name='HazardEvent',
            name='kind',
            field=fields.CharField(default='status', db_default='status', max_length=24),
        ),
    ]
