"""A history row keeps its score lines and advice deflated (base64) in one `explanation` column (scoring.models
.pack_explanation, decision 095): 4.7 KB of JSON per row was most of what a first rescore wrote. Rows stored before
are packed here, a thousand at a time, then the two JSON columns go."""

import json

from tortoise import fields, migrations
from tortoise.migrations import operations as ops

from scoring.models import pack_explanation

_BATCH = 1000


def _decoded(value):
    if value is None:
        return []
    return json.loads(value) if isinstance(value, str | bytes) else value


async def _pack(apps, schema_editor) -> None:
    client = schema_editor.client
    mark = "%s" if client.capabilities.dialect == "mysql" else "?"
    last = 0
    while True:
        _, rows = await client.execute_query(
            f"SELECT id, breakdown, advice FROM risk_score WHERE id > {mark} ORDER BY id LIMIT {_BATCH}", [last])
        if not rows:
            return
        for row in rows:
            await client.execute_query(f"UPDATE risk_score SET explanation = {mark} WHERE id = {mark}",
                                       [pack_explanation(_decoded(row["breakdown"]), _decoded(row["advice"])),
                                        row["id"]])
        last = rows[-1]["id"]


class Migration(migrations.Migration):
    dependencies = [('scoring', '0050_ruleset_activated_by')]

    initial = False

    operations = [
        ops.AddField(
            model_name='RiskScore',
            name='explanation',
            field=fields.TextField(null=True, unique=False),
        ),
        ops.RunPython(_pack),
        ops.RemoveField(model_name='RiskScore', name='breakdown'),
        ops.RemoveField(model_name='RiskScore', name='advice'),
    ]
