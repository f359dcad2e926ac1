from tortoise import migrations
from tortoise.migrations import operations as ops
import functools
from enterprises.models import RiskColor
from json import dumps, loads
from tortoise.fields.base import OnDelete
from tortoise import fields
from tortoise.indexes import Index

class Migration(migrations.Migration):
    dependencies = [('enterprises', '0002_enterprise_profile_and_identity_qr')]

    initial = True

    operations = [
        ops.CreateModel(
            name='RiskScore',
            fields=[
                ('id', fields.BigIntField(generated=True, primary_key=True, unique=True, db_index=True)),
                ('enterprise', fields.ForeignKeyField('enterprises.Enterprise', source_field='enterprise_id', db_constraint=True, to_field='id', related_name='risk_scores', on_delete=OnDelete.CASCADE)),
                ('ruleset_version', fields.IntField()),
                ('score', fields.FloatField()),
                ('color', fields.CharEnumField(description='GREEN: green\nYELLOW: yellow\nRED: red', enum_type=RiskColor, max_length=8)),
                ('raw_color', fields.CharEnumField(description='GREEN: green\nYELLOW: yellow\nRED: red', enum_type=RiskColor, max_length=8)),
                ('color_since', fields.DatetimeField(auto_now=False, auto_now_add=False)),
                ('improving_since', fields.DatetimeField(null=True, auto_now=False, auto_now_add=False)),
                ('breakdown', fields.JSONField(default=list, encoder=functools.partial(dumps, separators=(',', ':')), decoder=loads)),
                ('vetoes', fields.JSONField(default=list, encoder=functools.partial(dumps, separators=(',', ':')), decoder=loads)),
                ('advice', fields.JSONField(default=list, encoder=functools.partial(dumps, separators=(',', ':')), decoder=loads)),
                ('fingerprint', fields.CharField(default='', max_length=64)),
                ('scored_at', fields.DatetimeField(auto_now=False, auto_now_add=False)),
            ],
            options={'table': 'risk_score', 'app': 'scoring', 'indexes': [Index(fields=['enterprise_id', 'scored_at'])], 'pk_attr': 'id', 'table_description': 'One verdict that changed something, with the ruleset version that made it (the history).'},
            bases=['Model'],
        ),
        ops.CreateModel(
            name='Ruleset',
            fields=[
                ('id', fields.IntField(generated=True, primary_key=True, unique=True, db_index=True)),
                ('version', fields.IntField(unique=True)),
                ('body', fields.JSONField(encoder=functools.partial(dumps, separators=(',', ':')), decoder=loads)),
                ('created_by', fields.ForeignKeyField('enterprises.User', source_field='created_by_id', null=True, db_constraint=True, to_field='id', related_name='rulesets', on_delete=OnDelete.SET_NULL)),
                ('created_at', fields.DatetimeField(auto_now=False, auto_now_add=False)),
                ('active', fields.BooleanField(default=False, db_index=True)),
                ('activated_at', fields.DatetimeField(null=True, auto_now=False, auto_now_add=False)),
            ],
            options={'table': 'scoring_ruleset', 'app': 'scoring', 'pk_attr': 'id', 'table_description': 'One version of the scoring rules as validated JSON. Exactly one version is active at a time.'},
            bases=['Model'],
        ),
    ]
