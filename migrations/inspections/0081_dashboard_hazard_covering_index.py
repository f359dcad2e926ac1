"""The hazard index of the dashboard's period figures gains kind and enterprise_id, so the hazards of a period are
counted from the index alone (decision 099)."""

from tortoise import migrations
from tortoise.migrations import operations as ops
from tortoise.indexes import Index

class Migration(migrations.Migration):
    dependencies = [('inspections', '0080_hazard_extensions_and_timeline_kinds')]

    initial = False

    operations = [
        ops.RemoveIndex(
            model_name='Hazard',
            name=None,
            fields=['created_at', 'status', 'deadline_date'],
        ),
        ops.AddIndex(
            model_name='Hazard',
            index=Index(fields=['created_at', 'kind', 'status', 'deadline_date', 'enterprise_id']),
        ),
    ]
