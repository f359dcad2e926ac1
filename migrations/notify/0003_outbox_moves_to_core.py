"""The old outbox table goes once core.0004 has copied its rows."""

from tortoise import migrations
from tortoise.migrations import operations as ops

class Migration(migrations.Migration):
    dependencies = [('notify', '0002_outbox_request_id'), ('core', '0004_outbox_deliveries')]

    initial = False

    operations = [
        ops.DeleteModel(name='OutboxEvent'),
    ]
