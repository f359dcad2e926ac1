from tortoise import migrations
from tortoise.migrations import operations as ops
from enterprises.models import EnterpriseStatus, RegionLevel, Role
from tortoise.fields.base import OnDelete
from tortoise import fields

class Migration(migrations.Migration):
    initial = True

    operations = [
        ops.CreateModel(
            name='LoginFailure',
            fields=[
                ('id', fields.BigIntField(generated=True, primary_key=True, unique=True, db_index=True)),
                ('username', fields.CharField(db_index=True, max_length=40)),
                ('ip', fields.CharField(db_index=True, max_length=64)),
                ('at', fields.DatetimeField(db_index=True, auto_now=False, auto_now_add=False)),
            ],
            options={'table': 'login_failure', 'app': 'enterprises', 'pk_attr': 'id', 'table_description': 'A failed password login. Recent rows per username and per IP drive the rate limit in every process.'},
            bases=['Model'],
        ),
        ops.CreateModel(
            name='Region',
            fields=[
                ('created_at', fields.DatetimeField(auto_now=False, auto_now_add=True)),
                ('updated_at', fields.DatetimeField(auto_now=True, auto_now_add=False)),
                ('id', fields.IntField(generated=True, primary_key=True, unique=True, db_index=True)),
                ('name', fields.CharField(max_length=60)),
                ('level', fields.CharEnumField(description='DISTRICT: district\nSTREET: street\nCOMMUNITY: community\nGRID: grid', enum_type=RegionLevel, max_length=12)),
                ('parent', fields.ForeignKeyField('enterprises.Region', source_field='parent_id', null=True, db_constraint=True, to_field='id', related_name='children', on_delete=OnDelete.RESTRICT)),
                ('path', fields.CharField(default='', db_index=True, max_length=255)),
            ],
            options={'table': 'region', 'app': 'enterprises', 'unique_together': (('parent', 'name'),), 'pk_attr': 'id', 'table_description': 'A node of the jurisdiction tree. `path` ("/1/4/9/") makes subtree checks one prefix match.'},
            bases=['TimestampedModel'],
        ),
        ops.CreateModel(
            name='Enterprise',
            fields=[
                ('created_at', fields.DatetimeField(auto_now=False, auto_now_add=True)),
                ('updated_at', fields.DatetimeField(auto_now=True, auto_now_add=False)),
                ('id', fields.IntField(generated=True, primary_key=True, unique=True, db_index=True)),
                ('name', fields.CharField(max_length=100)),
                ('credit_code', fields.CharField(unique=True, max_length=18)),
                ('address', fields.CharField(default='', max_length=200)),
                ('lat', fields.FloatField(null=True)),
                ('lng', fields.FloatField(null=True)),
                ('region', fields.ForeignKeyField('enterprises.Region', source_field='region_id', db_constraint=True, to_field='id', related_name='enterprises', on_delete=OnDelete.RESTRICT)),
                ('industry', fields.CharField(default='', max_length=40)),
                ('category', fields.CharField(default='', max_length=20)),
                ('contact_name', fields.CharField(default='', max_length=40)),
                ('contact_phone', fields.CharField(default='', max_length=20)),
                ('status', fields.CharEnumField(default=EnterpriseStatus.ACTIVE, description='PENDING: pending\nACTIVE: active\nREJECTED: rejected', enum_type=EnterpriseStatus, max_length=10)),
            ],
            options={'table': 'enterprise', 'app': 'enterprises', 'pk_attr': 'id'},
            bases=['TimestampedModel'],
        ),
        ops.CreateModel(
            name='User',
            fields=[
                ('created_at', fields.DatetimeField(auto_now=False, auto_now_add=True)),
                ('updated_at', fields.DatetimeField(auto_now=True, auto_now_add=False)),
                ('id', fields.IntField(generated=True, primary_key=True, unique=True, db_index=True)),
                ('name', fields.CharField(max_length=40)),
                ('role', fields.CharEnumField(description='ADMIN: admin\nINSPECTOR: inspector\nCOMMAND: command\nENTERPRISE: enterprise\nPUBLIC: public', enum_type=Role, max_length=12)),
                ('region', fields.ForeignKeyField('enterprises.Region', source_field='region_id', null=True, db_constraint=True, to_field='id', related_name='staff', on_delete=OnDelete.RESTRICT)),
                ('enterprise', fields.ForeignKeyField('enterprises.Enterprise', source_field='enterprise_id', null=True, db_constraint=True, to_field='id', related_name='users', on_delete=OnDelete.RESTRICT)),
                ('phone', fields.CharField(null=True, max_length=20)),
                ('username', fields.CharField(null=True, unique=True, max_length=40)),
                ('password_hash', fields.CharField(null=True, max_length=255)),
                ('openid', fields.CharField(null=True, unique=True, max_length=64)),
                ('unionid', fields.CharField(null=True, max_length=64)),
                ('session_key', fields.CharField(null=True, max_length=64)),
                ('invite_digest', fields.CharField(null=True, unique=True, max_length=64)),
                ('invite_expires_at', fields.DatetimeField(null=True, auto_now=False, auto_now_add=False)),
                ('is_active', fields.BooleanField(default=True)),
                ('token_version', fields.IntField(default=0)),
                ('last_login_at', fields.DatetimeField(null=True, auto_now=False, auto_now_add=False)),
            ],
            options={'table': 'user', 'app': 'enterprises', 'pk_attr': 'id'},
            bases=['TimestampedModel'],
        ),
    ]
