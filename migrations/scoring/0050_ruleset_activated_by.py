"""Who activated a ruleset version last, for the console's history of versions (decision 075); null for the versions
activated before it (the audit trail names them)."""

from tortoise import migrations
from tortoise.migrations import operations as ops
from tortoise.fields.base import OnDelete
from tortoise import fields

class Migration(migrations.Migration):
    dependencies = [('enterprises', '0090_last_street_inspection'), ('scoring', '0040_facts_and_overrides')]

    initial = False

    operations = [
        ops.AddField(
            model_name='Ruleset',
            name='activated_by',
            field=fields.ForeignKeyField('enterprises.User', source_field='activated_by_id', null=True, db_constraint=True, to_field='id', related_name='activated_rulesets', on_delete=OnDelete.SET_NULL),
        ),
    ]
