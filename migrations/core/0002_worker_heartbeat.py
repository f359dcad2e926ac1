from tortoise import migrations
from tortoise.migrations import operations as ops
from tortoise import fields

class Migration(migrations.Migration):
    dependencies = [('core', '0001_initial')]

    initial = False

    operations = [
        ops.CreateModel(
            name='WorkerHeartbeat',
            fields=[
                ('worker_id', fields.CharField(primary_key=True, unique=True, db_index=True, max_length=100)),
                ('started_at', fields.DatetimeField(auto_now=False, auto_now_add=False)),
                ('seen_at', fields.DatetimeField(auto_now=False, auto_now_add=False)),
            ],
            options={'table': 'worker_heartbeat', 'app': 'core', 'pk_attr': 'worker_id', 'table_description': 'Each worker process stamps its row every few seconds, and /readyz shows whether any is alive.'},
            bases=['Model'],
        ),
    ]
