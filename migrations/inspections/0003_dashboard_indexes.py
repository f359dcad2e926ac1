from tortoise import migrations
from tortoise.migrations import operations as ops
from tortoise.indexes import Index

class Migration(migrations.Migration):
    dependencies = [('enterprises', '0001_initial'), ('enterprises', '0002_enterprise_profile_and_identity_qr'), ('enterprises', '0003_enterprise_wxacode'), ('inspections', '0002_campaigns_and_daily_reports')]

    initial = False

    operations = [
        ops.AddIndex(
            model_name='Hazard',
            index=Index(fields=['created_at', 'status', 'deadline_date']),
        ),
        ops.AddIndex(
            model_name='Inspection',
            index=Index(fields=['status', 'submitted_at', 'kind', 'enterprise_id']),
        ),
    ]
