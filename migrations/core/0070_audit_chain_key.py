from tortoise import migrations
from tortoise.migrations import operations as ops
from tortoise import fields

class Migration(migrations.Migration):
    dependencies = [('core', '0050_service_clock_timestamps')]

    initial = False

    operations = [
        ops.AddField(
            model_name='AuditEntry',
            name='key_id',
            field=fields.CharField(null=True, max_length=16),
        ),
        ops.AddField(
            model_name='AuditHead',
            name='key_id',
            field=fields.CharField(null=True, max_length=16),
        ),
    ]
