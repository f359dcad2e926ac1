from enum import StrEnum

from tortoise import fields
from tortoise.models import Model

from core import clock
from core.models import TimestampedModel


class DeliveryStatus(StrEnum):
    SENDING = "sending"
    SENT = "sent"
    REFUSED = "refused"
    NO_QUOTA = "no_quota"
    FAILED = "failed"


class InboxMessage(Model):
    """A message in a user's in-app inbox. dedup_key makes a handler that runs twice write it once."""

    id = fields.BigIntField(primary_key=True)
    user = fields.ForeignKeyField("enterprises.User", related_name="inbox_messages", on_delete=fields.CASCADE)
    kind = fields.CharField(max_length=40)
    title = fields.CharField(max_length=100)
    body = fields.TextField()
    page = fields.CharField(max_length=200, default="")
    object_type = fields.CharField(max_length=40, null=True)
    object_id = fields.CharField(max_length=64, null=True)
    dedup_key = fields.CharField(max_length=160, unique=True)
    created_at = fields.DatetimeField(default=clock.now)
    read_at = fields.DatetimeField(null=True)

    class Meta:
        table = "inbox_message"
        indexes = (("user_id", "read_at"),)


class WeChatDelivery(TimestampedModel):
    """One subscription message to one user for one event: the dedup record that stops a second send."""

    id = fields.BigIntField(primary_key=True)
    dedup_key = fields.CharField(max_length=160, unique=True)
    user = fields.ForeignKeyField("enterprises.User", related_name="wechat_deliveries", on_delete=fields.CASCADE)
    kind = fields.CharField(max_length=40)
    status = fields.CharEnumField(DeliveryStatus, max_length=12, default=DeliveryStatus.SENDING)
    quota_spent = fields.BooleanField(default=False)
    attempts = fields.IntField(default=0)
    msgid = fields.CharField(max_length=40, null=True)
    last_error = fields.TextField(null=True)

    class Meta:
        table = "wechat_delivery"


class SubscriptionQuota(Model):
    """One-time subscription grants a user accepted for one message kind (wechat-api.md §3b)."""

    id = fields.IntField(primary_key=True)
    user = fields.ForeignKeyField("enterprises.User", related_name="subscription_quotas", on_delete=fields.CASCADE)
    kind = fields.CharField(max_length=40)
    remaining = fields.IntField(default=0)
    last_accept_at = fields.DatetimeField(null=True)
    last_sent_at = fields.DatetimeField(null=True)
    exhausted_reason = fields.CharField(max_length=20, null=True)

    class Meta:
        table = "subscription_quota"
        unique_together = (("user", "kind"),)


class WeChatAccessToken(Model):
    """The stable access token shared by every process, replaced only by compare-and-delete."""

    id = fields.IntField(primary_key=True)
    appid = fields.CharField(max_length=40, unique=True)
    token = fields.CharField(max_length=512)
    expires_at = fields.FloatField()

    class Meta:
        table = "wechat_access_token"


class Notice(Model):
    """A notice from the street to the enterprises its target matched when it was published."""

    id = fields.IntField(primary_key=True)
    title = fields.CharField(max_length=100)
    body = fields.TextField()
    target = fields.JSONField()
    # The publisher's region: staff see the notices of their subtree.
    region = fields.ForeignKeyField("enterprises.Region", related_name="notices", null=True,
                                    on_delete=fields.RESTRICT)
    region_path = fields.CharField(max_length=255, default="/", db_index=True)
    created_by = fields.ForeignKeyField("enterprises.User", related_name="notices", on_delete=fields.RESTRICT)
    attachment_upload_id = fields.IntField(null=True)
    published_at = fields.DatetimeField()

    class Meta:
        table = "notice"


class NoticeRecipient(Model):
    """An enterprise a notice went to, with its read receipt."""

    id = fields.IntField(primary_key=True)
    notice = fields.ForeignKeyField("notify.Notice", related_name="recipients", on_delete=fields.CASCADE)
    enterprise = fields.ForeignKeyField("enterprises.Enterprise", related_name="notice_receipts",
                                        on_delete=fields.CASCADE)
    read_at = fields.DatetimeField(null=True)
    read_by = fields.ForeignKeyField("enterprises.User", related_name="notice_reads", null=True,
                                     on_delete=fields.SET_NULL)

    class Meta:
        table = "notice_recipient"
        unique_together = (("notice", "enterprise"),)
