from tortoise import migrations
from tortoise.migrations import operations as ops
import functools
from core.identity import RiskColor
from json import dumps, loads
from scoring.models import FactKind
from tortoise.fields.base import OnDelete
from tortoise import fields
from tortoise.indexes import Index

class Migration(migrations.Migration):
    dependencies = [('enterprises', '0040_risk_columns_and_document_review'), ('scoring', '0001_initial')]

    initial = False

    operations = [
        ops.CreateModel(
            name='RiskFact',
            fields=[
                ('id', fields.IntField(generated=True, primary_key=True, unique=True, db_index=True)),
                ('enterprise', fields.ForeignKeyField('enterprises.Enterprise', source_field='enterprise_id', db_constraint=True, to_field='id', related_name='risk_facts', on_delete=OnDelete.CASCADE)),
                ('kind', fields.CharEnumField(description='ACCIDENT: accident\nCONCEALED_ACCIDENT: concealed_accident\nDISHONEST: dishonest\nUNLICENSED: unlicensed\nREFUSED_INSPECTION: refused_inspection', enum_type=FactKind, max_length=20)),
                ('occurred_on', fields.DateField()),
                ('reason', fields.CharField(max_length=500)),
                ('evidence_upload_ids', fields.JSONField(default=list, encoder=functools.partial(dumps, separators=(',', ':')), decoder=loads)),
                ('recorded_by', fields.ForeignKeyField('enterprises.User', source_field='recorded_by_id', null=True, db_constraint=True, to_field='id', related_name='recorded_risk_facts', on_delete=OnDelete.SET_NULL)),
                ('recorded_at', fields.DatetimeField(auto_now=False, auto_now_add=False)),
                ('revoked_at', fields.DatetimeField(null=True, auto_now=False, auto_now_add=False)),
                ('revoked_by', fields.ForeignKeyField('enterprises.User', source_field='revoked_by_id', null=True, db_constraint=True, to_field='id', related_name='revoked_risk_facts', on_delete=OnDelete.SET_NULL)),
                ('revoke_reason', fields.CharField(default='', max_length=500)),
            ],
            options={'table': 'risk_fact', 'app': 'scoring', 'indexes': [Index(fields=['enterprise_id', 'occurred_on'])], 'pk_attr': 'id', 'table_description': 'A fact about an enterprise that feeds a veto of the ruleset, with its evidence, revoked but never deleted.'},
            bases=['Model'],
        ),
        ops.CreateModel(
            name='RiskOverride',
            fields=[
                ('id', fields.IntField(generated=True, primary_key=True, unique=True, db_index=True)),
                ('enterprise', fields.ForeignKeyField('enterprises.Enterprise', source_field='enterprise_id', db_constraint=True, to_field='id', related_name='risk_overrides', on_delete=OnDelete.CASCADE)),
                ('color', fields.CharEnumField(description='GREEN: green\nYELLOW: yellow\nRED: red', enum_type=RiskColor, max_length=8)),
                ('reason', fields.CharField(max_length=500)),
                ('until', fields.DatetimeField(db_index=True, auto_now=False, auto_now_add=False)),
                ('set_by', fields.ForeignKeyField('enterprises.User', source_field='set_by_id', null=True, db_constraint=True, to_field='id', related_name='risk_overrides', on_delete=OnDelete.SET_NULL)),
                ('set_at', fields.DatetimeField(auto_now=False, auto_now_add=False)),
                ('ended_at', fields.DatetimeField(null=True, db_index=True, auto_now=False, auto_now_add=False)),
            ],
            options={'table': 'risk_override', 'app': 'scoring', 'pk_attr': 'id', 'table_description': "A system admin's colour for an enterprise until a set time (e.g. an accident under investigation)."},
            bases=['Model'],
        ),
        ops.AddField(
            model_name='RiskScore',
            name='effective_color',
            field=fields.CharEnumField(null=True, description='GREEN: green\nYELLOW: yellow\nRED: red', enum_type=RiskColor, max_length=8),
        ),
        ops.AddField(
            model_name='RiskScore',
            name='override',
            field=fields.JSONField(null=True, encoder=functools.partial(dumps, separators=(',', ':')), decoder=loads),
        ),
    ]
