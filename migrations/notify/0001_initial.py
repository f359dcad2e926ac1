from tortoise import migrations
from tortoise.migrations import operations as ops
import functools
from json import dumps, loads
from core.models import OutboxStatus
from notify.models import DeliveryStatus
from tortoise.fields.base import OnDelete
from tortoise import fields
from tortoise.indexes import Index

class Migration(migrations.Migration):
    dependencies = [('enterprises', '0001_initial')]

    initial = True

    operations = [
        ops.CreateModel(
            name='InboxMessage',
            fields=[
                ('id', fields.BigIntField(generated=True, primary_key=True, unique=True, db_index=True)),
                ('user', fields.ForeignKeyField('enterprises.User', source_field='user_id', db_constraint=True, to_field='id', related_name='inbox_messages', on_delete=OnDelete.CASCADE)),
                ('kind', fields.CharField(max_length=40)),
                ('title', fields.CharField(max_length=100)),
                ('body', fields.TextField(unique=False)),
                ('page', fields.CharField(default='', max_length=200)),
                ('object_type', fields.CharField(null=True, max_length=40)),
                ('object_id', fields.CharField(null=True, max_length=64)),
                ('dedup_key', fields.CharField(unique=True, max_length=160)),
                ('created_at', fields.DatetimeField(auto_now=False, auto_now_add=True)),
                ('read_at', fields.DatetimeField(null=True, auto_now=False, auto_now_add=False)),
            ],
            options={'table': 'inbox_message', 'app': 'notify', 'indexes': [Index(fields=['user_id', 'read_at'])], 'pk_attr': 'id', 'table_description': "A message in a user's in-app inbox. dedup_key makes a handler that runs twice write it once."},
            bases=['Model'],
        ),
        ops.CreateModel(
            name='Notice',
            fields=[
                ('id', fields.IntField(generated=True, primary_key=True, unique=True, db_index=True)),
                ('title', fields.CharField(max_length=100)),
                ('body', fields.TextField(unique=False)),
                ('target', fields.JSONField(encoder=functools.partial(dumps, separators=(',', ':')), decoder=loads)),
                ('region', fields.ForeignKeyField('enterprises.Region', source_field='region_id', null=True, db_constraint=True, to_field='id', related_name='notices', on_delete=OnDelete.RESTRICT)),
                ('region_path', fields.CharField(default='/', db_index=True, max_length=255)),
                ('created_by', fields.ForeignKeyField('enterprises.User', source_field='created_by_id', db_constraint=True, to_field='id', related_name='notices', on_delete=OnDelete.RESTRICT)),
                ('attachment_upload_id', fields.IntField(null=True)),
                ('published_at', fields.DatetimeField(auto_now=False, auto_now_add=False)),
            ],
            options={'table': 'notice', 'app': 'notify', 'pk_attr': 'id', 'table_description': 'A notice from the street to the enterprises its target matched when it was published.'},
            bases=['Model'],
        ),
        ops.CreateModel(
            name='NoticeRecipient',
            fields=[
                ('id', fields.IntField(generated=True, primary_key=True, unique=True, db_index=True)),
                ('notice', fields.ForeignKeyField('notify.Notice', source_field='notice_id', db_constraint=True, to_field='id', related_name='recipients', on_delete=OnDelete.CASCADE)),
                ('enterprise', fields.ForeignKeyField('enterprises.Enterprise', source_field='enterprise_id', db_constraint=True, to_field='id', related_name='notice_receipts', on_delete=OnDelete.CASCADE)),
                ('read_at', fields.DatetimeField(null=True, auto_now=False, auto_now_add=False)),
                ('read_by', fields.ForeignKeyField('enterprises.User', source_field='read_by_id', null=True, db_constraint=True, to_field='id', related_name='notice_reads', on_delete=OnDelete.SET_NULL)),
            ],
            options={'table': 'notice_recipient', 'app': 'notify', 'unique_together': (('notice', 'enterprise'),), 'pk_attr': 'id', 'table_description': 'An enterprise a notice went to, with its read receipt.'},
            bases=['Model'],
        ),
        ops.CreateModel(
            name='OutboxEvent',
            fields=[
                ('id', fields.BigIntField(generated=True, primary_key=True, unique=True, db_index=True)),
                ('name', fields.CharField(db_index=True, max_length=64)),
                ('payload', fields.JSONField(encoder=functools.partial(dumps, separators=(',', ':')), decoder=loads)),
                ('key', fields.CharField(null=True, unique=True, max_length=160)),
                ('status', fields.CharEnumField(default=OutboxStatus.PENDING, description='PENDING: pending\nPROCESSING: processing\nDONE: done\nDEAD: dead', enum_type=OutboxStatus, max_length=12)),
                ('attempts', fields.IntField(default=0)),
                ('available_at', fields.DatetimeField(auto_now=False, auto_now_add=False)),
                ('claimed_by', fields.CharField(null=True, max_length=64)),
                ('lease_until', fields.DatetimeField(null=True, auto_now=False, auto_now_add=False)),
                ('last_error', fields.TextField(null=True, unique=False)),
                ('created_at', fields.DatetimeField(auto_now=False, auto_now_add=True)),
                ('finished_at', fields.DatetimeField(null=True, auto_now=False, auto_now_add=False)),
            ],
            options={'table': 'outbox_event', 'app': 'notify', 'indexes': [Index(fields=['status', 'available_at']), Index(fields=['status', 'lease_until'])], 'pk_attr': 'id', 'table_description': "An event recorded in the writer's transaction and handled later by the worker, at least once."},
            bases=['Model'],
        ),
        ops.CreateModel(
            name='SubscriptionQuota',
            fields=[
                ('id', fields.IntField(generated=True, primary_key=True, unique=True, db_index=True)),
                ('user', fields.ForeignKeyField('enterprises.User', source_field='user_id', db_constraint=True, to_field='id', related_name='subscription_quotas', on_delete=OnDelete.CASCADE)),
                ('kind', fields.CharField(max_length=40)),
                ('remaining', fields.IntField(default=0)),
                ('last_accept_at', fields.DatetimeField(null=True, auto_now=False, auto_now_add=False)),
                ('last_sent_at', fields.DatetimeField(null=True, auto_now=False, auto_now_add=False)),
                ('exhausted_reason', fields.CharField(null=True, max_length=20)),
            ],
            options={'table': 'subscription_quota', 'app': 'notify', 'unique_together': (('user', 'kind'),), 'pk_attr': 'id', 'table_description': 'One-time subscription grants a user accepted for one message kind (wechat-api.md §3b).'},
            bases=['Model'],
        ),
        ops.CreateModel(
            name='WeChatAccessToken',
            fields=[
                ('id', fields.IntField(generated=True, primary_key=True, unique=True, db_index=True)),
                ('appid', fields.CharField(unique=True, max_length=40)),
                ('token', fields.CharField(max_length=512)),
                ('expires_at', fields.FloatField()),
            ],
            options={'table': 'wechat_access_token', 'app': 'notify', 'pk_attr': 'id', 'table_description': 'The stable access token shared by every process, replaced only by compare-and-delete.'},
            bases=['Model'],
        ),
        ops.CreateModel(
            name='WeChatDelivery',
            fields=[
                ('id', fields.BigIntField(generated=True, primary_key=True, unique=True, db_index=True)),
                ('dedup_key', fields.CharField(unique=True, max_length=160)),
                ('user', fields.ForeignKeyField('enterprises.User', source_field='user_id', db_constraint=True, to_field='id', related_name='wechat_deliveries', on_delete=OnDelete.CASCADE)),
                ('kind', fields.CharField(max_length=40)),
                ('status', fields.CharEnumField(default=DeliveryStatus.SENDING, description='SENDING: sending\nSENT: sent\nREFUSED: refused\nNO_QUOTA: no_quota\nFAILED: failed', enum_type=DeliveryStatus, max_length=12)),
                ('quota_spent', fields.BooleanField(default=False)),
                ('attempts', fields.IntField(default=0)),
                ('msgid', fields.CharField(null=True, max_length=40)),
                ('last_error', fields.TextField(null=True, unique=False)),
                ('created_at', fields.DatetimeField(auto_now=False, auto_now_add=True)),
                ('updated_at', fields.DatetimeField(auto_now=True, auto_now_add=False)),
            ],
            options={'table': 'wechat_delivery', 'app': 'notify', 'pk_attr': 'id', 'table_description': 'One subscription message to one user for one event: the dedup record that stops a second send.'},
            bases=['Model'],
        ),
    ]
