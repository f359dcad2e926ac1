from tortoise import migrations
from tortoise.migrations import operations as ops
from tortoise import fields

class Migration(migrations.Migration):
    dependencies = [('enterprises', '0002_enterprise_profile_and_identity_qr')]

    initial = False

    operations = [
        ops.AddField(
            model_name='Enterprise',
            name='wxacode_key',
            field=fields.CharField(null=True, max_length=100),
        ),
        ops.AddField(
            model_name='Enterprise',
            name='wxacode_token',
            field=fields.CharField(null=True, max_length=32),
        ),
    ]
