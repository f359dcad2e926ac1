from enum import StrEnum

from tortoise import fields
from tortoise.models import Model

from core.models import TimestampedModel


class Role(StrEnum):
    ADMIN = "admin"
    INSPECTOR = "inspector"
    COMMAND = "command"
    ENTERPRISE = "enterprise"
    PUBLIC = "public"


STAFF_ROLES = frozenset({Role.ADMIN, Role.INSPECTOR, Role.COMMAND})


class RegionLevel(StrEnum):
    DISTRICT = "district"
    STREET = "street"
    COMMUNITY = "community"
    GRID = "grid"


class EnterpriseStatus(StrEnum):
    PENDING = "pending"
    ACTIVE = "active"
    REJECTED = "rejected"


class Region(TimestampedModel):
    """A node of the jurisdiction tree. `path` ("/1/4/9/") makes subtree checks one prefix match."""

    id = fields.IntField(primary_key=True)
    name = fields.CharField(max_length=60)
    level = fields.CharEnumField(RegionLevel, max_length=12)
    parent = fields.ForeignKeyField("enterprises.Region", related_name="children", null=True,
                                    on_delete=fields.RESTRICT)
    path = fields.CharField(max_length=255, db_index=True, default="")

    class Meta:
        table = "region"
        unique_together = (("parent", "name"),)


class Enterprise(TimestampedModel):
    id = fields.IntField(primary_key=True)
    name = fields.CharField(max_length=100)
    credit_code = fields.CharField(max_length=18, unique=True)
    address = fields.CharField(max_length=200, default="")
    # GCJ-02, the system wx.getLocation and Tencent maps use; degrees.
    lat = fields.FloatField(null=True)
    lng = fields.FloatField(null=True)
    region = fields.ForeignKeyField("enterprises.Region", related_name="enterprises", on_delete=fields.RESTRICT)
    industry = fields.CharField(max_length=40, default="")
    category = fields.CharField(max_length=20, default="")
    contact_name = fields.CharField(max_length=40, default="")
    contact_phone = fields.CharField(max_length=20, default="")
    status = fields.CharEnumField(EnterpriseStatus, max_length=10, default=EnterpriseStatus.ACTIVE)

    class Meta:
        table = "enterprise"


class User(TimestampedModel):
    id = fields.IntField(primary_key=True)
    name = fields.CharField(max_length=40)
    role = fields.CharEnumField(Role, max_length=12)
    region = fields.ForeignKeyField("enterprises.Region", related_name="staff", null=True,
                                    on_delete=fields.RESTRICT)
    enterprise = fields.ForeignKeyField("enterprises.Enterprise", related_name="users", null=True,
                                        on_delete=fields.RESTRICT)
    phone = fields.CharField(max_length=20, null=True)
    username = fields.CharField(max_length=40, unique=True, null=True)
    password_hash = fields.CharField(max_length=255, null=True)
    openid = fields.CharField(max_length=64, unique=True, null=True)
    unionid = fields.CharField(max_length=64, null=True)
    # Kept server side only (wechat-api.md §1): for signature checks and decryption, never sent out.
    session_key = fields.CharField(max_length=64, null=True)
    invite_digest = fields.CharField(max_length=64, unique=True, null=True)
    invite_expires_at = fields.DatetimeField(null=True)
    is_active = fields.BooleanField(default=True)
    # Bumped to revoke every token issued so far.
    token_version = fields.IntField(default=0)
    last_login_at = fields.DatetimeField(null=True)

    class Meta:
        table = "user"


class LoginFailure(Model):
    """A failed password login. Recent rows per username and per IP drive the rate limit in every process."""

    id = fields.BigIntField(primary_key=True)
    username = fields.CharField(max_length=40, db_index=True)
    ip = fields.CharField(max_length=64, db_index=True)
    at = fields.DatetimeField(db_index=True)

    class Meta:
        table = "login_failure"
