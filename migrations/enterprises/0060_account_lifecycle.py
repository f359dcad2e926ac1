from tortoise import migrations
from tortoise.migrations import operations as ops
from tortoise.fields.base import OnDelete
from tortoise import fields

class Migration(migrations.Migration):
    dependencies = [('enterprises', '0050_service_clock_timestamps')]

    initial = False

    operations = [
        ops.CreateModel(
            name='LoginOrigin',
            fields=[
                ('id', fields.BigIntField(generated=True, primary_key=True, unique=True, db_index=True)),
                ('username', fields.CharField(max_length=40)),
                ('ip', fields.CharField(max_length=64)),
                ('last_success_at', fields.DatetimeField(auto_now=False, auto_now_add=False)),
            ],
            options={'table': 'login_origin', 'app': 'enterprises', 'unique_together': (('username', 'ip'),), 'pk_attr': 'id', 'table_description': 'A (username, IP) pair that logged in successfully: the per-username and per-IP limits do not hold back a'},
            bases=['Model'],
        ),
        ops.CreateModel(
            name='StreamTicket',
            fields=[
                ('digest', fields.CharField(primary_key=True, unique=True, db_index=True, max_length=64)),
                ('user', fields.ForeignKeyField('enterprises.User', source_field='user_id', db_constraint=True, to_field='id', related_name='stream_tickets', on_delete=OnDelete.CASCADE)),
                ('token_version', fields.IntField()),
                ('expires_at', fields.DatetimeField(db_index=True, auto_now=False, auto_now_add=False)),
            ],
            options={'table': 'stream_ticket', 'app': 'enterprises', 'pk_attr': 'digest', 'table_description': "A short-lived, single-use ticket that opens the command center's live feed (EventSource sends no headers,"},
            bases=['Model'],
        ),
        ops.AddField(
            model_name='User',
            name='reset_digest',
            field=fields.CharField(null=True, unique=True, max_length=64),
        ),
        ops.AddField(
            model_name='User',
            name='reset_expires_at',
            field=fields.DatetimeField(null=True, auto_now=False, auto_now_add=False),
        ),
    ]
