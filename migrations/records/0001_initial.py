from tortoise import migrations
from tortoise.migrations import operations as ops
from records.rules import DocumentKind, SignerRole, SigningStage
from tortoise.fields.base import OnDelete
from tortoise import fields

class Migration(migrations.Migration):
    dependencies = [('files', '0070_upload_grants'), ('inspections', '0010_checklist_features')]

    initial = True

    operations = [
        ops.CreateModel(
            name='RecordDocument',
            fields=[
                ('id', fields.IntField(generated=True, primary_key=True, unique=True, db_index=True)),
                ('inspection', fields.ForeignKeyField('inspections.Inspection', source_field='inspection_id', db_constraint=True, to_field='id', related_name='documents', on_delete=OnDelete.RESTRICT)),
                ('kind', fields.CharEnumField(description='RECORD: record\nNOTICE: notice\nREVIEW: review', enum_type=DocumentKind, max_length=8)),
                ('street_id', fields.IntField()),
                ('year', fields.IntField()),
                ('serial', fields.IntField()),
                ('number', fields.CharField(max_length=40)),
                ('verify_code', fields.CharField(unique=True, max_length=32)),
                ('enterprise_id', fields.IntField()),
                ('enterprise_name', fields.CharField(max_length=100)),
                ('issuing_body', fields.CharField(max_length=40)),
                ('issued_at', fields.DatetimeField(auto_now=False, auto_now_add=False)),
                ('issued_by_id', fields.IntField(null=True)),
            ],
            options={'table': 'record_document', 'app': 'records', 'unique_together': (('inspection', 'kind'), ('street_id', 'year', 'kind', 'serial')), 'pk_attr': 'id', 'table_description': 'One issued document of an inspection: its number, taken once when it is first printed and never changed,'},
            bases=['Model'],
        ),
        ops.CreateModel(
            name='RecordRendition',
            fields=[
                ('id', fields.BigIntField(generated=True, primary_key=True, unique=True, db_index=True)),
                ('document', fields.ForeignKeyField('records.RecordDocument', source_field='document_id', db_constraint=True, to_field='id', related_name='renditions', on_delete=OnDelete.CASCADE)),
                ('sha256', fields.CharField(max_length=64)),
                ('size', fields.IntField()),
                ('rendered_at', fields.DatetimeField(auto_now=False, auto_now_add=False)),
            ],
            options={'table': 'record_rendition', 'app': 'records', 'unique_together': (('document', 'sha256'),), 'pk_attr': 'id', 'table_description': 'A distinct PDF of a document, by its sha256. Rendering is deterministic, so the same content always gives'},
            bases=['Model'],
        ),
        ops.CreateModel(
            name='RecordSequence',
            fields=[
                ('id', fields.IntField(generated=True, primary_key=True, unique=True, db_index=True)),
                ('street_id', fields.IntField()),
                ('year', fields.IntField()),
                ('kind', fields.CharEnumField(description='RECORD: record\nNOTICE: notice\nREVIEW: review', enum_type=DocumentKind, max_length=8)),
                ('last_serial', fields.IntField(default=0)),
            ],
            options={'table': 'record_sequence', 'app': 'records', 'unique_together': (('street_id', 'year', 'kind'),), 'pk_attr': 'id', 'table_description': 'The last serial issued per street, year and kind of document: 金雁安检〔2026〕第0082号 is serial 82 of the'},
            bases=['Model'],
        ),
        ops.CreateModel(
            name='Signature',
            fields=[
                ('id', fields.IntField(generated=True, primary_key=True, unique=True, db_index=True)),
                ('inspection', fields.ForeignKeyField('inspections.Inspection', source_field='inspection_id', db_constraint=True, to_field='id', related_name='signatures', on_delete=OnDelete.RESTRICT)),
                ('stage', fields.CharEnumField(description='INSPECTION: inspection\nREVIEW: review', enum_type=SigningStage, max_length=10)),
                ('signer_role', fields.CharEnumField(description='INSPECTOR: inspector\nENTERPRISE: enterprise', enum_type=SignerRole, max_length=10)),
                ('signer_name', fields.CharField(max_length=40)),
                ('signer_title', fields.CharField(default='', max_length=40)),
                ('signer_user_id', fields.IntField(null=True)),
                ('upload', fields.ForeignKeyField('files.Upload', source_field='upload_id', null=True, db_constraint=True, to_field='id', related_name='signatures', on_delete=OnDelete.RESTRICT)),
                ('refused', fields.BooleanField(default=False)),
                ('witness_name', fields.CharField(default='', max_length=40)),
                ('signed_at', fields.DatetimeField(auto_now=False, auto_now_add=False)),
                ('lat', fields.FloatField(null=True)),
                ('lng', fields.FloatField(null=True)),
                ('recorded_by_id', fields.IntField()),
            ],
            options={'table': 'record_signature', 'app': 'records', 'unique_together': (('inspection', 'stage', 'signer_role'),), 'pk_attr': 'id', 'table_description': "A handwritten signature on an inspection's documents, or a refusal to sign (拒签) before a witness. The image"},
            bases=['Model'],
        ),
    ]
