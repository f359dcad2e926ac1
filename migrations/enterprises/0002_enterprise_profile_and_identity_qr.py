from tortoise import migrations
from tortoise.migrations import operations as ops
import functools
from enterprises.models import DocumentType, PersonnelRole, RiskColor, RiskLevel
from json import dumps, loads
from tortoise.fields.base import OnDelete
from tortoise import fields
from tortoise.indexes import Index

class Migration(migrations.Migration):
    dependencies = [('enterprises', '0001_initial')]

    initial = False

    operations = [
        ops.CreateModel(
            name='HazardPoint',
            fields=[
                ('created_at', fields.DatetimeField(auto_now=False, auto_now_add=True)),
                ('updated_at', fields.DatetimeField(auto_now=True, auto_now_add=False)),
                ('id', fields.IntField(generated=True, primary_key=True, unique=True, db_index=True)),
                ('enterprise', fields.ForeignKeyField('enterprises.Enterprise', source_field='enterprise_id', db_constraint=True, to_field='id', related_name='hazard_points', on_delete=OnDelete.CASCADE)),
                ('name', fields.CharField(max_length=60)),
                ('place', fields.CharField(default='', max_length=100)),
                ('risk_level', fields.CharEnumField(description='RED: red\nORANGE: orange\nYELLOW: yellow\nBLUE: blue', enum_type=RiskLevel, max_length=8)),
                ('control_measures', fields.JSONField(default=list, encoder=functools.partial(dumps, separators=(',', ':')), decoder=loads)),
                ('responsible_person', fields.CharField(default='', max_length=40)),
            ],
            options={'table': 'hazard_point', 'app': 'enterprises', 'pk_attr': 'id', 'table_description': '风险点位: a place or activity with its graded risk and control measures (domain.md §2).'},
            bases=['TimestampedModel'],
        ),
        ops.CreateModel(
            name='RevokedQrToken',
            fields=[
                ('token', fields.CharField(primary_key=True, unique=True, db_index=True, max_length=32)),
                ('enterprise', fields.ForeignKeyField('enterprises.Enterprise', source_field='enterprise_id', db_constraint=True, to_field='id', related_name='revoked_tokens', on_delete=OnDelete.CASCADE)),
                ('revoked_at', fields.DatetimeField(auto_now=False, auto_now_add=False)),
            ],
            options={'table': 'revoked_qr_token', 'app': 'enterprises', 'pk_attr': 'token', 'table_description': 'A printed code that was reissued: scans of it answer 410, not 404.'},
            bases=['Model'],
        ),
        ops.CreateModel(
            name='SafetyDocument',
            fields=[
                ('created_at', fields.DatetimeField(auto_now=False, auto_now_add=True)),
                ('updated_at', fields.DatetimeField(auto_now=True, auto_now_add=False)),
                ('id', fields.IntField(generated=True, primary_key=True, unique=True, db_index=True)),
                ('enterprise', fields.ForeignKeyField('enterprises.Enterprise', source_field='enterprise_id', db_constraint=True, to_field='id', related_name='documents', on_delete=OnDelete.CASCADE)),
                ('doc_type', fields.CharEnumField(description='RESPONSIBILITY: responsibility\nAPPOINTMENT: appointment\nRULES: rules\nPROCEDURE: procedure\nTRAINING_RECORD: training_record\nEMERGENCY_PLAN: emergency_plan\nDRILL_RECORD: drill_record\nHAZARD_LEDGER: hazard_ledger\nINVESTMENT_LEDGER: investment_ledger\nPPE_RECORD: ppe_record\nFIRE_INSPECTION: fire_inspection\nOTHER: other', enum_type=DocumentType, max_length=20)),
                ('title', fields.CharField(max_length=100)),
                ('upload_ids', fields.JSONField(default=list, encoder=functools.partial(dumps, separators=(',', ':')), decoder=loads)),
                ('issued_date', fields.DateField(null=True)),
                ('valid_until_date', fields.DateField(null=True)),
            ],
            options={'table': 'safety_document', 'app': 'enterprises', 'pk_attr': 'id'},
            bases=['TimestampedModel'],
        ),
        ops.CreateModel(
            name='SafetyPerson',
            fields=[
                ('created_at', fields.DatetimeField(auto_now=False, auto_now_add=True)),
                ('updated_at', fields.DatetimeField(auto_now=True, auto_now_add=False)),
                ('id', fields.IntField(generated=True, primary_key=True, unique=True, db_index=True)),
                ('enterprise', fields.ForeignKeyField('enterprises.Enterprise', source_field='enterprise_id', db_constraint=True, to_field='id', related_name='personnel', on_delete=OnDelete.CASCADE)),
                ('name', fields.CharField(max_length=40)),
                ('role', fields.CharEnumField(description='PRINCIPAL: principal\nSAFETY_MANAGER: safety_manager\nSPECIAL_OPERATOR: special_operator\nEQUIPMENT_OPERATOR: equipment_operator\nOTHER: other', enum_type=PersonnelRole, max_length=20)),
                ('phone', fields.CharField(default='', max_length=20)),
                ('certificate_type', fields.CharField(default='', max_length=60)),
                ('certificate_no', fields.CharField(default='', max_length=60)),
                ('certificate_expires_date', fields.DateField(null=True)),
            ],
            options={'table': 'safety_person', 'app': 'enterprises', 'pk_attr': 'id'},
            bases=['TimestampedModel'],
        ),
        ops.CreateModel(
            name='ScanLog',
            fields=[
                ('id', fields.BigIntField(generated=True, primary_key=True, unique=True, db_index=True)),
                ('token', fields.CharField(max_length=32)),
                ('enterprise_id', fields.IntField(null=True, db_index=True)),
                ('user_id', fields.IntField(null=True)),
                ('view', fields.CharField(max_length=12)),
                ('ip', fields.CharField(null=True, max_length=64)),
                ('at', fields.DatetimeField(db_index=True, auto_now=False, auto_now_add=False)),
            ],
            options={'table': 'scan_log', 'app': 'enterprises', 'pk_attr': 'id', 'table_description': 'Who scanned which code when. An access log, kept out of the audit chain to keep scans cheap.'},
            bases=['Model'],
        ),
        ops.AlterField(
            model_name='Enterprise',
            name='category',
            field=fields.CharField(default='', db_index=True, max_length=20),
        ),
        ops.AlterField(
            model_name='Enterprise',
            name='industry',
            field=fields.CharField(default='', db_index=True, max_length=40),
        ),
        ops.AddField(
            model_name='Enterprise',
            name='employee_count',
            field=fields.IntField(null=True),
        ),
        ops.AddField(
            model_name='Enterprise',
            name='hazardous_materials',
            field=fields.JSONField(default=list, encoder=functools.partial(dumps, separators=(',', ':')), decoder=loads),
        ),
        ops.AddField(
            model_name='Enterprise',
            name='main_products',
            field=fields.CharField(default='', max_length=500),
        ),
        ops.AddField(
            model_name='Enterprise',
            name='processes',
            field=fields.CharField(default='', max_length=500),
        ),
        ops.AddField(
            model_name='Enterprise',
            name='qr_issued_at',
            field=fields.DatetimeField(auto_now=False, auto_now_add=False),
        ),
        ops.AddField(
            model_name='Enterprise',
            name='qr_token',
            field=fields.CharField(unique=True, max_length=32),
        ),
        ops.AddField(
            model_name='Enterprise',
            name='registered_by',
            field=fields.ForeignKeyField('enterprises.User', source_field='registered_by_id', null=True, db_constraint=True, to_field='id', related_name='registrations', on_delete=OnDelete.SET_NULL),
        ),
        ops.AddField(
            model_name='Enterprise',
            name='review_note',
            field=fields.CharField(default='', max_length=200),
        ),
        ops.AddField(
            model_name='Enterprise',
            name='risk_color',
            field=fields.CharEnumField(null=True, db_index=True, description='GREEN: green\nYELLOW: yellow\nRED: red', enum_type=RiskColor, max_length=8),
        ),
        ops.AddField(
            model_name='Enterprise',
            name='risk_score',
            field=fields.FloatField(null=True),
        ),
        ops.AddField(
            model_name='Enterprise',
            name='risk_scored_at',
            field=fields.DatetimeField(null=True, auto_now=False, auto_now_add=False),
        ),
        ops.AddField(
            model_name='Enterprise',
            name='special_equipment',
            field=fields.JSONField(default=list, encoder=functools.partial(dumps, separators=(',', ':')), decoder=loads),
        ),
        ops.AddField(
            model_name='Enterprise',
            name='version',
            field=fields.IntField(default=1),
        ),
        ops.AddIndex(
            model_name='Enterprise',
            index=Index(fields=['lat', 'lng']),
        ),
    ]
