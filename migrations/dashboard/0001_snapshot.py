"""The nightly snapshot of the summary's figures per region and day, and its marker (decision 099)."""

from tortoise import migrations
from tortoise.migrations import operations as ops
from tortoise import fields

class Migration(migrations.Migration):
    initial = True

    operations = [
        ops.CreateModel(
            name='DayFigures',
            fields=[
                ('id', fields.BigIntField(generated=True, primary_key=True, unique=True, db_index=True)),
                ('day', fields.DateField()),
                ('region_id', fields.IntField()),
                ('inspections', fields.IntField(default=0)),
                ('reports', fields.IntField(default=0)),
                ('hazards', fields.IntField(default=0)),
                ('hazards_closed', fields.IntField(default=0)),
                ('hazards_overdue', fields.IntField(default=0)),
                ('self_hazards', fields.IntField(default=0)),
                ('self_hazards_closed', fields.IntField(default=0)),
                ('covered', fields.IntField(default=0)),
            ],
            options={'table': 'dashboard_day_figures', 'app': 'dashboard', 'unique_together': (('day', 'region_id'),), 'pk_attr': 'id', 'table_description': "One region's figures of one closed day, as the nightly snapshot found them: the enterprises sitting directly"},
            bases=['Model'],
        ),
        ops.CreateModel(
            name='Snapshot',
            fields=[
                ('key', fields.CharField(primary_key=True, unique=True, db_index=True, max_length=20)),
                ('as_of', fields.DateField()),
                ('taken_at', fields.DatetimeField(auto_now=False, auto_now_add=False)),
            ],
            options={'table': 'dashboard_snapshot', 'app': 'dashboard', 'pk_attr': 'key', 'table_description': 'The snapshot in the table: it holds the days before `as_of`, the Beijing day it was taken.'},
            bases=['Model'],
        ),
    ]
