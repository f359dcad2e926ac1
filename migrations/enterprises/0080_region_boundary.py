from tortoise import migrations
from tortoise.migrations import operations as ops
import functools
from json import dumps, loads
from tortoise import fields

class Migration(migrations.Migration):
    dependencies = [('enterprises', '0070_credit_code_held_by_active')]

    initial = False

    operations = [
        ops.AddField(
            model_name='Region',
            name='boundary',
            field=fields.JSONField(null=True, encoder=functools.partial(dumps, separators=(',', ':')), decoder=loads),
        ),
    ]
