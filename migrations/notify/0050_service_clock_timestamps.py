"""created_at / updated_at are dated by the service clock (core.clock.now) instead of Tortoise's auto_now, which
reads the wall clock. The columns do not change (the value is set in Python on every write): state only."""

from tortoise import fields, migrations

from core.clock import now
from migrations.operations import AlterFieldState

class Migration(migrations.Migration):
    dependencies = [('notify', '0003_outbox_moves_to_core')]

    initial = False

    operations = [
        AlterFieldState(
            model_name='InboxMessage',
            name='created_at',
            field=fields.DatetimeField(default=now, auto_now=False, auto_now_add=False),
        ),
        AlterFieldState(
            model_name='WeChatDelivery',
            name='created_at',
            field=fields.DatetimeField(default=now, auto_now=False, auto_now_add=False),
        ),
        AlterFieldState(
            model_name='WeChatDelivery',
            name='updated_at',
            field=fields.DatetimeField(default=now, auto_now=False, auto_now_add=False),
        ),
    ]
