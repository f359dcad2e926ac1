"""The enterprise keeps when its latest street inspection was submitted (decision 067), indexed with its status and
colour (and region, so a scoped count stays in the index). Backfilled from the submitted inspections of every kind but
self; on a new database the inspection table may come later and is empty anyway."""

from tortoise import fields, migrations
from tortoise.indexes import Index
from tortoise.migrations import operations as ops

_FILL = ("UPDATE enterprise SET last_street_inspection_at = (SELECT MAX(i.submitted_at) FROM inspection i "
         "WHERE i.enterprise_id = enterprise.id AND i.status = 'submitted' AND i.kind <> 'self')")


async def _backfill(apps, schema_editor) -> None:
    client = schema_editor.client
    if client.capabilities.dialect == "mysql":
        found = ("SELECT 1 FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() "
                 "AND TABLE_NAME = 'inspection'")
    else:
        found = "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'inspection'"
    _, rows = await client.execute_query(found)
    if rows:
        await client.execute_script(_FILL)


class Migration(migrations.Migration):
    dependencies = [('enterprises', '0080_region_boundary')]

    initial = False

    operations = [
        ops.AddField(
            model_name='Enterprise',
            name='last_street_inspection_at',
            field=fields.DatetimeField(null=True, auto_now=False, auto_now_add=False),
        ),
        ops.AddIndex(
            model_name='Enterprise',
            index=Index(fields=['status', 'risk_color', 'last_street_inspection_at', 'region_id']),
        ),
        ops.RunPython(_backfill),
    ]
