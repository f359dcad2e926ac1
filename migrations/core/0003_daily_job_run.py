from tortoise import migrations
from tortoise.migrations import operations as ops
from tortoise import fields

class Migration(migrations.Migration):
    dependencies = [('core', '0002_worker_heartbeat')]

    initial = False

    operations = [
        ops.CreateModel(
            name='DailyJobRun',
            fields=[
                ('name', fields.CharField(primary_key=True, unique=True, db_index=True, max_length=40)),
                ('done_for', fields.DateField(null=True)),
                ('claimed_by', fields.CharField(null=True, max_length=100)),
                ('started_at', fields.DatetimeField(null=True, auto_now=False, auto_now_add=False)),
                ('finished_at', fields.DatetimeField(null=True, auto_now=False, auto_now_add=False)),
            ],
            options={'table': 'daily_job_run', 'app': 'core', 'pk_attr': 'name', 'table_description': 'The last Beijing day a daily job was claimed for. Claiming is one conditional UPDATE, so of several workers'},
            bases=['Model'],
        ),
    ]
