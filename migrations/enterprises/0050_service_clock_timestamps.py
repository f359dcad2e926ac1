"""created_at / updated_at are dated by the service clock (core.clock.now) instead of Tortoise's auto_now, which
reads the wall clock. The columns do not change (the value is set in Python on every write): state only."""

from tortoise import fields, migrations

from core.clock import now
from migrations.operations import AlterFieldState

class Migration(migrations.Migration):
    dependencies = [('enterprises', '0003_enterprise_wxacode')]

    initial = False

    operations = [
        AlterFieldState(
            model_name='Enterprise',
            name='created_at',
            field=fields.DatetimeField(default=now, auto_now=False, auto_now_add=False),
        ),
        AlterFieldState(
            model_name='Enterprise',
            name='updated_at',
            field=fields.DatetimeField(default=now, auto_now=False, auto_now_add=False),
        ),
        AlterFieldState(
            model_name='HazardPoint',
            name='created_at',
            field=fields.DatetimeField(default=now, auto_now=False, auto_now_add=False),
        ),
        AlterFieldState(
            model_name='HazardPoint',
            name='updated_at',
            field=fields.DatetimeField(default=now, auto_now=False, auto_now_add=False),
        ),
        AlterFieldState(
            model_name='Region',
            name='created_at',
            field=fields.DatetimeField(default=now, auto_now=False, auto_now_add=False),
        ),
        AlterFieldState(
            model_name='Region',
            name='updated_at',
            field=fields.DatetimeField(default=now, auto_now=False, auto_now_add=False),
        ),
        AlterFieldState(
            model_name='SafetyDocument',
            name='created_at',
            field=fields.DatetimeField(default=now, auto_now=False, auto_now_add=False),
        ),
        AlterFieldState(
            model_name='SafetyDocument',
            name='updated_at',
            field=fields.DatetimeField(default=now, auto_now=False, auto_now_add=False),
        ),
        AlterFieldState(
            model_name='SafetyPerson',
            name='created_at',
            field=fields.DatetimeField(default=now, auto_now=False, auto_now_add=False),
        ),
        AlterFieldState(
            model_name='SafetyPerson',
            name='updated_at',
            field=fields.DatetimeField(default=now, auto_now=False, auto_now_add=False),
        ),
        AlterFieldState(
            model_name='User',
            name='created_at',
            field=fields.DatetimeField(default=now, auto_now=False, auto_now_add=False),
        ),
        AlterFieldState(
            model_name='User',
            name='updated_at',
            field=fields.DatetimeField(default=now, auto_now=False, auto_now_add=False),
        ),
    ]
