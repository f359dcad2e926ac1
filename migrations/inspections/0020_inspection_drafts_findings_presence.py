from tortoise import migrations
from tortoise.migrations import operations as ops
from inspections.models import InspectionStatus
from inspections.presence import Presence
from tortoise import fields

class Migration(migrations.Migration):
    dependencies = [('enterprises', '0001_initial'), ('enterprises', '0002_enterprise_profile_and_identity_qr'), ('enterprises', '0003_enterprise_wxacode'), ('inspections', '0050_service_clock_timestamps')]

    initial = False

    operations = [
        ops.AlterField(
            model_name='Inspection',
            name='status',
            field=fields.CharEnumField(default=InspectionStatus.DRAFT, description='DRAFT: draft\nSUBMITTED: submitted\nCANCELLED: cancelled', enum_type=InspectionStatus, max_length=10),
        ),
        ops.AddField(
            model_name='Inspection',
            name='cancel_reason',
            field=fields.CharField(default='', max_length=200),
        ),
        ops.AddField(
            model_name='Inspection',
            name='cancelled_at',
            field=fields.DatetimeField(null=True, auto_now=False, auto_now_add=False),
        ),
        ops.AddField(
            model_name='Inspection',
            name='cancelled_by_id',
            field=fields.IntField(null=True),
        ),
        ops.AddField(
            model_name='Inspection',
            name='presence',
            field=fields.CharEnumField(null=True, description='NEAR: near\nFAR: far\nUNKNOWN: unknown', enum_type=Presence, max_length=8),
        ),
        ops.AddField(
            model_name='Inspection',
            name='touched_at',
            field=fields.DatetimeField(null=True, auto_now=False, auto_now_add=False),
        ),
        ops.AddField(
            model_name='InspectionItem',
            name='off_list',
            field=fields.BooleanField(default=False),
        ),
    ]
