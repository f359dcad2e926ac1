from tortoise import migrations
from tortoise.migrations import operations as ops
from files.content import UploadKind
from tortoise.fields.base import OnDelete
from tortoise import fields

class Migration(migrations.Migration):
    dependencies = [('enterprises', '0001_initial')]

    initial = True

    operations = [
        ops.CreateModel(
            name='Upload',
            fields=[
                ('id', fields.IntField(generated=True, primary_key=True, unique=True, db_index=True)),
                ('sha256', fields.CharField(db_index=True, max_length=64)),
                ('size', fields.IntField()),
                ('media_type', fields.CharField(max_length=40)),
                ('kind', fields.CharEnumField(description='IMAGE: image\nPDF: pdf', enum_type=UploadKind, max_length=8)),
                ('width', fields.IntField(null=True)),
                ('height', fields.IntField(null=True)),
                ('storage_key', fields.CharField(max_length=200)),
                ('thumbnail_key', fields.CharField(null=True, max_length=200)),
                ('thumbnail_size', fields.IntField(null=True)),
                ('original_name', fields.CharField(default='', max_length=200)),
                ('captured_at', fields.DatetimeField(null=True, auto_now=False, auto_now_add=False)),
                ('uploaded_by', fields.ForeignKeyField('enterprises.User', source_field='uploaded_by_id', db_constraint=True, to_field='id', related_name='uploads', on_delete=OnDelete.RESTRICT)),
                ('enterprise', fields.ForeignKeyField('enterprises.Enterprise', source_field='enterprise_id', null=True, db_constraint=True, to_field='id', related_name='uploads', on_delete=OnDelete.RESTRICT)),
                ('created_at', fields.DatetimeField(auto_now=False, auto_now_add=False)),
            ],
            options={'table': 'upload', 'app': 'files', 'unique_together': (('uploaded_by', 'sha256'),), 'pk_attr': 'id', 'table_description': 'One file a user sent. The bytes live in blob storage under `storage_key` (their sha256), shared by every'},
            bases=['Model'],
        ),
    ]
