"""Check items and templates name the profile features they are for (inspections/checklist.py)."""

import functools
from json import dumps, loads

from tortoise import fields, migrations
from tortoise.migrations import operations as ops


class Migration(migrations.Migration):
    dependencies = [('inspections', '0020_inspection_drafts_findings_presence'),
                    ('inspections', '0050_service_clock_timestamps')]

    initial = False

    operations = [
        ops.AddField(
            model_name='CheckItem',
            name='features',
            field=fields.JSONField(default=list, db_default=[], encoder=functools.partial(dumps, separators=(',', ':')), decoder=loads),
        ),
        ops.AddField(
            model_name='Template',
            name='features',
            field=fields.JSONField(default=list, db_default=[], encoder=functools.partial(dumps, separators=(',', ':')), decoder=loads),
        ),
    ]
