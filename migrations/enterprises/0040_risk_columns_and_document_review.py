from tortoise import migrations
from tortoise.migrations import operations as ops
from enterprises.models import DocumentReview
from tortoise import fields

class Migration(migrations.Migration):
    dependencies = [('enterprises', '0010_industry_dictionary_and_work_features')]

    initial = False

    operations = [
        ops.AddField(
            model_name='Enterprise',
            name='risk_override_until',
            field=fields.DatetimeField(null=True, auto_now=False, auto_now_add=False),
        ),
        ops.AddField(
            model_name='SafetyDocument',
            name='has_file',
            field=fields.BooleanField(default=False),
        ),
        # Documents stored before: a file is attached when the JSON list is not empty (the same text on both).
        ops.RunSQL("UPDATE safety_document SET has_file = 1 WHERE CAST(upload_ids AS CHAR) <> '[]'"),
        ops.AddField(
            model_name='SafetyDocument',
            name='review',
            field=fields.CharEnumField(default=DocumentReview.UNVERIFIED, description='UNVERIFIED: unverified\nVERIFIED: verified\nREJECTED: rejected', enum_type=DocumentReview, max_length=10),
        ),
        ops.AddField(
            model_name='SafetyDocument',
            name='review_note',
            field=fields.CharField(default='', max_length=200),
        ),
        ops.AddField(
            model_name='SafetyDocument',
            name='reviewed_at',
            field=fields.DatetimeField(null=True, auto_now=False, auto_now_add=False),
        ),
        ops.AddField(
            model_name='SafetyDocument',
            name='reviewed_by_id',
            field=fields.IntField(null=True),
        ),
    ]
