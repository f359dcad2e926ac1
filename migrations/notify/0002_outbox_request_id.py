from tortoise import migrations
from tortoise.migrations import operations as ops
from tortoise import fields

class Migration(migrations.Migration):
    dependencies = [('enterprises', '0003_enterprise_wxacode'), ('notify', '0001_initial')]

    initial = False

    operations = [
        ops.AddField(
            model_name='OutboxEvent',
            name='request_id',
            field=fields.CharField(null=True, max_length=64),
        ),
    ]
