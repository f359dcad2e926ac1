from tortoise import migrations
from tortoise.migrations import operations as ops
import functools
from json import dumps, loads
from tortoise.fields.base import OnDelete
from tortoise import fields

class Migration(migrations.Migration):
    dependencies = [('enterprises', '0001_initial'), ('enterprises', '0002_enterprise_profile_and_identity_qr'), ('inspections', '0001_initial')]

    initial = False

    operations = [
        ops.CreateModel(
            name='Campaign',
            fields=[
                ('created_at', fields.DatetimeField(auto_now=False, auto_now_add=True)),
                ('updated_at', fields.DatetimeField(auto_now=True, auto_now_add=False)),
                ('id', fields.IntField(generated=True, primary_key=True, unique=True, db_index=True)),
                ('title', fields.CharField(max_length=100)),
                ('template', fields.ForeignKeyField('inspections.Template', source_field='template_id', db_constraint=True, to_field='id', related_name='campaigns', on_delete=OnDelete.RESTRICT)),
                ('target', fields.JSONField(default=dict, encoder=functools.partial(dumps, separators=(',', ':')), decoder=loads)),
                ('deadline_date', fields.DateField()),
                ('created_by_id', fields.IntField(null=True)),
                ('region_path', fields.CharField(default='/', max_length=255)),
            ],
            options={'table': 'campaign', 'app': 'inspections', 'pk_attr': 'id', 'table_description': "专项任务: an admin's campaign with a template, a target (industries, categories, regions) and a deadline."},
            bases=['TimestampedModel'],
        ),
        ops.CreateModel(
            name='CampaignTask',
            fields=[
                ('id', fields.IntField(generated=True, primary_key=True, unique=True, db_index=True)),
                ('campaign', fields.ForeignKeyField('inspections.Campaign', source_field='campaign_id', db_constraint=True, to_field='id', related_name='tasks', on_delete=OnDelete.CASCADE)),
                ('enterprise', fields.ForeignKeyField('enterprises.Enterprise', source_field='enterprise_id', db_constraint=True, to_field='id', related_name='campaign_tasks', on_delete=OnDelete.RESTRICT)),
                ('inspection_id', fields.IntField(null=True)),
                ('submitted_at', fields.DatetimeField(null=True, auto_now=False, auto_now_add=False)),
            ],
            options={'table': 'campaign_task', 'app': 'inspections', 'unique_together': (('campaign', 'enterprise'),), 'pk_attr': 'id', 'table_description': "One targeted enterprise's task in a campaign, done when an inspection for it is submitted."},
            bases=['Model'],
        ),
        ops.CreateModel(
            name='DailyReport',
            fields=[
                ('id', fields.IntField(generated=True, primary_key=True, unique=True, db_index=True)),
                ('enterprise', fields.ForeignKeyField('enterprises.Enterprise', source_field='enterprise_id', db_constraint=True, to_field='id', related_name='daily_reports', on_delete=OnDelete.RESTRICT)),
                ('report_date', fields.DateField()),
                ('answers', fields.JSONField(encoder=functools.partial(dumps, separators=(',', ':')), decoder=loads)),
                ('submitted_by_id', fields.IntField()),
                ('submitted_at', fields.DatetimeField(auto_now=False, auto_now_add=False)),
            ],
            options={'table': 'daily_report', 'app': 'inspections', 'unique_together': (('enterprise', 'report_date'),), 'pk_attr': 'id', 'table_description': "日常报送: an enterprise's answers to the daily form, one per enterprise and day."},
            bases=['Model'],
        ),
        ops.CreateModel(
            name='ReportForm',
            fields=[
                ('created_at', fields.DatetimeField(auto_now=False, auto_now_add=True)),
                ('updated_at', fields.DatetimeField(auto_now=True, auto_now_add=False)),
                ('id', fields.IntField(generated=True, primary_key=True, unique=True, db_index=True)),
                ('key', fields.CharField(unique=True, max_length=20)),
                ('questions', fields.JSONField(encoder=functools.partial(dumps, separators=(',', ':')), decoder=loads)),
            ],
            options={'table': 'report_form', 'app': 'inspections', 'pk_attr': 'id', 'table_description': 'The daily report\'s questions, configurable by the street (one row, key "default").'},
            bases=['TimestampedModel'],
        ),
    ]
