from tortoise import migrations
from tortoise.migrations import operations as ops
from tortoise.fields.base import OnDelete
from tortoise import fields

class Migration(migrations.Migration):
    dependencies = [('enterprises', '0003_enterprise_wxacode'), ('files', '0001_initial')]

    initial = False

    operations = [
        ops.CreateModel(
            name='UploadGrant',
            fields=[
                ('id', fields.IntField(generated=True, primary_key=True, unique=True, db_index=True)),
                ('upload', fields.ForeignKeyField('files.Upload', source_field='upload_id', db_constraint=True, to_field='id', related_name='grants', on_delete=OnDelete.CASCADE)),
                ('enterprise', fields.ForeignKeyField('enterprises.Enterprise', source_field='enterprise_id', db_constraint=True, to_field='id', related_name='upload_grants', on_delete=OnDelete.CASCADE)),
            ],
            options={'table': 'upload_grant', 'app': 'files', 'unique_together': (('upload', 'enterprise'),), 'pk_attr': 'id', 'table_description': 'An enterprise that may read an upload it did not send and is not tied to: the attachment of a notice sent to'},
            bases=['Model'],
        ),
    ]
