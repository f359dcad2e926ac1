"""created_at / updated_at are dated by the service clock (core.clock.now) instead of Tortoise's auto_now, which
reads the wall clock. The columns do not change (the value is set in Python on every write): state only."""

from tortoise import fields, migrations

from core.clock import now
from migrations.operations import AlterFieldState

class Migration(migrations.Migration):
    dependencies = [('inspections', '0003_dashboard_indexes')]

    initial = False

    operations = [
        AlterFieldState(
            model_name='Campaign',
            name='created_at',
            field=fields.DatetimeField(default=now, auto_now=False, auto_now_add=False),
        ),
        AlterFieldState(
            model_name='Campaign',
            name='updated_at',
            field=fields.DatetimeField(default=now, auto_now=False, auto_now_add=False),
        ),
        AlterFieldState(
            model_name='CheckItem',
            name='created_at',
            field=fields.DatetimeField(default=now, auto_now=False, auto_now_add=False),
        ),
        AlterFieldState(
            model_name='CheckItem',
            name='updated_at',
            field=fields.DatetimeField(default=now, auto_now=False, auto_now_add=False),
        ),
        AlterFieldState(
            model_name='Hazard',
            name='created_at',
            field=fields.DatetimeField(default=now, auto_now=False, auto_now_add=False),
        ),
        AlterFieldState(
            model_name='Hazard',
            name='updated_at',
            field=fields.DatetimeField(default=now, auto_now=False, auto_now_add=False),
        ),
        AlterFieldState(
            model_name='Inspection',
            name='created_at',
            field=fields.DatetimeField(default=now, auto_now=False, auto_now_add=False),
        ),
        AlterFieldState(
            model_name='Inspection',
            name='updated_at',
            field=fields.DatetimeField(default=now, auto_now=False, auto_now_add=False),
        ),
        AlterFieldState(
            model_name='ReportForm',
            name='created_at',
            field=fields.DatetimeField(default=now, auto_now=False, auto_now_add=False),
        ),
        AlterFieldState(
            model_name='ReportForm',
            name='updated_at',
            field=fields.DatetimeField(default=now, auto_now=False, auto_now_add=False),
        ),
        AlterFieldState(
            model_name='Template',
            name='created_at',
            field=fields.DatetimeField(default=now, auto_now=False, auto_now_add=False),
        ),
        AlterFieldState(
            model_name='Template',
            name='updated_at',
            field=fields.DatetimeField(default=now, auto_now=False, auto_now_add=False),
        ),
    ]
