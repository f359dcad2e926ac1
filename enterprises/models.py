from enum import StrEnum

from tortoise import fields
from tortoise.models import Model

from core.identity import RiskColor, Role
from core.models import TimestampedModel
from enterprises.public_report_rules import ReportStatus


class RegionLevel(StrEnum):
    DISTRICT = "district"
    STREET = "street"
    COMMUNITY = "community"
    GRID = "grid"


class EnterpriseStatus(StrEnum):
    PENDING = "pending"
    ACTIVE = "active"
    REJECTED = "rejected"


# Chinese labels for spreadsheets and pages.
ENTERPRISE_STATUS_LABELS = {EnterpriseStatus.PENDING: "待审核", EnterpriseStatus.ACTIVE: "正常",
                            EnterpriseStatus.REJECTED: "已驳回"}


class RiskLevel(StrEnum):
    """Four-colour grading of hazard points (domain.md §2)."""

    RED = "red"  # 重大风险
    ORANGE = "orange"  # 较大风险
    YELLOW = "yellow"  # 一般风险
    BLUE = "blue"  # 低风险


class PersonnelRole(StrEnum):
    PRINCIPAL = "principal"  # 主要负责人
    SAFETY_MANAGER = "safety_manager"  # 安全管理人员
    SPECIAL_OPERATOR = "special_operator"  # 特种作业人员 (应急管理口)
    EQUIPMENT_OPERATOR = "equipment_operator"  # 特种设备作业人员 (市场监管口)
    OTHER = "other"


class DocumentType(StrEnum):
    """The typed safety documents that the 制度建立 dimension scores (domain.md §3)."""

    RESPONSIBILITY = "responsibility"  # 全员安全生产责任制
    APPOINTMENT = "appointment"  # 安全管理机构或安全员任命
    RULES = "rules"  # 安全生产规章制度
    PROCEDURE = "procedure"  # 岗位安全操作规程
    TRAINING_RECORD = "training_record"  # 培训记录、档案
    EMERGENCY_PLAN = "emergency_plan"  # 应急预案、应急处置卡
    DRILL_RECORD = "drill_record"  # 演练记录
    HAZARD_LEDGER = "hazard_ledger"  # 隐患排查治理制度和台账
    INVESTMENT_LEDGER = "investment_ledger"  # 安全投入台账
    PPE_RECORD = "ppe_record"  # 劳动防护用品发放记录
    FIRE_INSPECTION = "fire_inspection"  # 消防设施检测、防火检查记录
    OTHER = "other"


class DocumentReview(StrEnum):
    """Whether the street has checked a safety document against its file."""

    UNVERIFIED = "unverified"
    VERIFIED = "verified"
    REJECTED = "rejected"


class Region(TimestampedModel):
    """A node of the jurisdiction tree. `path` ("/1/4/9/") makes subtree checks one prefix match."""

    id = fields.IntField(primary_key=True)
    name = fields.CharField(max_length=60)
    level = fields.CharEnumField(RegionLevel, max_length=12)
    parent = fields.ForeignKeyField("enterprises.Region", related_name="children", null=True,
                                    on_delete=fields.RESTRICT)
    path = fields.CharField(max_length=255, db_index=True, default="")
    # A GeoJSON Polygon or MultiPolygon in GCJ-02 degrees (enterprises/boundaries.py), drawn under the command
    # screen's dots; null when nobody has drawn it.
    boundary = fields.JSONField(null=True)

    class Meta:
        table = "region"
        unique_together = (("parent", "name"),)


class Enterprise(TimestampedModel):
    id = fields.IntField(primary_key=True)
    name = fields.CharField(max_length=100)
    # Several registrations may name one code (a pending one may be someone else's claim): only an active
    # enterprise holds it, in held_credit_code, which is unique (docs/security.md).
    credit_code = fields.CharField(max_length=18, db_index=True)
    held_credit_code = fields.CharField(max_length=18, null=True, unique=True)
    address = fields.CharField(max_length=200, default="")
    # GCJ-02 degrees, what wx.getLocation gives the mini program. Floats so bounding boxes compare numerically.
    lat = fields.FloatField(null=True)
    lng = fields.FloatField(null=True)
    region = fields.ForeignKeyField("enterprises.Region", related_name="enterprises", on_delete=fields.RESTRICT)
    industry = fields.CharField(max_length=40, default="", db_index=True)
    category = fields.CharField(max_length=20, default="", db_index=True)
    employee_count = fields.IntField(null=True)
    contact_name = fields.CharField(max_length=40, default="")
    contact_phone = fields.CharField(max_length=20, default="")
    main_products = fields.CharField(max_length=500, default="")
    processes = fields.CharField(max_length=500, default="")
    hazardous_materials = fields.JSONField(default=list)
    special_equipment = fields.JSONField(default=list)
    # Work that brings its own check items (domain.md §4): 有限空间, 粉尘涉爆, 动火作业, 使用燃气. The database
    # default fills the rows that exist when the columns are added.
    confined_space = fields.BooleanField(default=False, db_default=False)
    dust_explosion = fields.BooleanField(default=False, db_default=False)
    hot_work = fields.BooleanField(default=False, db_default=False)
    gas_use = fields.BooleanField(default=False, db_default=False)
    status = fields.CharEnumField(EnterpriseStatus, max_length=10, default=EnterpriseStatus.ACTIVE)
    registered_by = fields.ForeignKeyField("enterprises.User", related_name="registrations", null=True,
                                           on_delete=fields.SET_NULL)
    review_note = fields.CharField(max_length=200, default="")
    qr_token = fields.CharField(max_length=32, unique=True)
    qr_issued_at = fields.DatetimeField()
    # The mini-program code (getwxacodeunlimit) is generated once per token and kept in blob storage.
    wxacode_key = fields.CharField(max_length=100, null=True)
    wxacode_token = fields.CharField(max_length=32, null=True)
    # The current risk colour, written by the scoring service; null until first scored.
    risk_color = fields.CharEnumField(RiskColor, max_length=8, null=True, db_index=True)
    risk_score = fields.FloatField(null=True)
    risk_scored_at = fields.DatetimeField(null=True)
    # Set while a system admin's manual colour holds (scoring.overrides): every view shows it as an override.
    risk_override_until = fields.DatetimeField(null=True)
    # Optimistic concurrency: a PATCH naming an older version is refused with 409.
    version = fields.IntField(default=1)
    # When the latest street inspection (every kind but self) was submitted, written in submit_inspection's
    # transaction: the dashboard's current coverage and colours read it from one index (decision 067).
    last_street_inspection_at = fields.DatetimeField(null=True)

    async def save(self, *args, update_fields=None, **kwargs) -> None:
        """Keeps held_credit_code with the status: an active enterprise holds its code, a pending or rejected
        registration does not, so it can neither block the real enterprise nor be approved over it."""
        self.held_credit_code = self.credit_code if self.status == EnterpriseStatus.ACTIVE else None
        if update_fields is not None and {"status", "credit_code"} & set(update_fields):
            update_fields = [*update_fields, "held_credit_code"]
        await super().save(*args, update_fields=update_fields, **kwargs)

    class Meta:
        table = "enterprise"
        indexes = (("lat", "lng"), ("status", "risk_color", "last_street_inspection_at", "region_id"))


class RevokedQrToken(Model):
    """A printed code that was reissued: scans of it answer 410, not 404."""

    token = fields.CharField(max_length=32, primary_key=True)
    enterprise = fields.ForeignKeyField("enterprises.Enterprise", related_name="revoked_tokens",
                                        on_delete=fields.CASCADE)
    revoked_at = fields.DatetimeField()

    class Meta:
        table = "revoked_qr_token"


class ScanLog(Model):
    """Who scanned which code when. An access log, kept out of the audit chain to keep scans cheap."""

    id = fields.BigIntField(primary_key=True)
    token = fields.CharField(max_length=32)
    enterprise_id = fields.IntField(null=True, db_index=True)
    user_id = fields.IntField(null=True)
    view = fields.CharField(max_length=12)
    ip = fields.CharField(max_length=64, null=True)
    at = fields.DatetimeField(db_index=True)

    class Meta:
        table = "scan_log"


class SafetyPerson(TimestampedModel):
    id = fields.IntField(primary_key=True)
    enterprise = fields.ForeignKeyField("enterprises.Enterprise", related_name="personnel", on_delete=fields.CASCADE)
    name = fields.CharField(max_length=40)
    role = fields.CharEnumField(PersonnelRole, max_length=20)
    phone = fields.CharField(max_length=20, default="")
    certificate_type = fields.CharField(max_length=60, default="")
    certificate_no = fields.CharField(max_length=60, default="")
    certificate_expires_date = fields.DateField(null=True)

    class Meta:
        table = "safety_person"


class SafetyDocument(TimestampedModel):
    id = fields.IntField(primary_key=True)
    enterprise = fields.ForeignKeyField("enterprises.Enterprise", related_name="documents", on_delete=fields.CASCADE)
    doc_type = fields.CharEnumField(DocumentType, max_length=20)
    title = fields.CharField(max_length=100)
    upload_ids = fields.JSONField(default=list)
    # Whether a file is attached, kept by save() (bulk_create callers set it): the sweep counts documents with SQL,
    # and a JSON list compares differently on SQLite and MariaDB.
    has_file = fields.BooleanField(default=False)
    issued_date = fields.DateField(null=True)
    valid_until_date = fields.DateField(null=True)
    # The street's check (POST .../documents/{id}/verify); an edit by the enterprise makes it unverified again.
    review = fields.CharEnumField(DocumentReview, max_length=10, default=DocumentReview.UNVERIFIED)
    reviewed_by_id = fields.IntField(null=True)
    reviewed_at = fields.DatetimeField(null=True)
    review_note = fields.CharField(max_length=200, default="")

    class Meta:
        table = "safety_document"

    async def save(self, *args, **kwargs) -> None:
        self.has_file = bool(self.upload_ids)
        update_fields = kwargs.get("update_fields")
        if update_fields is not None and "upload_ids" in update_fields and "has_file" not in update_fields:
            kwargs["update_fields"] = [*update_fields, "has_file"]
        await super().save(*args, **kwargs)


class HazardPoint(TimestampedModel):
    """风险点位: a place or activity with its graded risk and control measures (domain.md §2)."""

    id = fields.IntField(primary_key=True)
    enterprise = fields.ForeignKeyField("enterprises.Enterprise", related_name="hazard_points",
                                        on_delete=fields.CASCADE)
    name = fields.CharField(max_length=60)
    place = fields.CharField(max_length=100, default="")
    risk_level = fields.CharEnumField(RiskLevel, max_length=8)
    control_measures = fields.JSONField(default=list)
    responsible_person = fields.CharField(max_length=40, default="")

    class Meta:
        table = "hazard_point"


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
    # An admin's password reset: a one-time code (stored as its digest) that sets a new password once.
    reset_digest = fields.CharField(max_length=64, unique=True, null=True)
    reset_expires_at = fields.DatetimeField(null=True)
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


class LoginOrigin(Model):
    """A (username, IP) pair that logged in successfully: the per-username and per-IP limits do not hold back a
    known user at a known place (docs/decisions/036-login-guard.md)."""

    id = fields.BigIntField(primary_key=True)
    username = fields.CharField(max_length=40)
    ip = fields.CharField(max_length=64)
    last_success_at = fields.DatetimeField()

    class Meta:
        table = "login_origin"
        unique_together = (("username", "ip"),)


class StreamTicket(Model):
    """A short-lived, single-use ticket that opens the command center's live feed (EventSource sends no headers,
    so it travels in the query string instead of a bearer token). Stored as its digest."""

    digest = fields.CharField(max_length=64, primary_key=True)
    user = fields.ForeignKeyField("enterprises.User", related_name="stream_tickets", on_delete=fields.CASCADE)
    # The user's token_version when issued: a logout revokes tickets not yet used too.
    token_version = fields.IntField()
    expires_at = fields.DatetimeField(db_index=True)

    class Meta:
        table = "stream_ticket"


class StreetConfig(TimestampedModel):
    """Street-wide switches that the street's top admins turn from the console, in one row keyed "default".

    Without the row the defaults hold. Kept in the database, not the environment: the street decides them, not
    whoever deploys (docs/decisions/084-public-reports.md)."""

    id = fields.IntField(primary_key=True)
    key = fields.CharField(max_length=20, unique=True)
    # Whether the public card of a scanned code offers "反映问题" (POST /scan/{token}/reports).
    public_reports_enabled = fields.BooleanField(default=False)

    class Meta:
        table = "street_config"


class PublicReport(TimestampedModel):
    """A problem reported by anyone who scanned an enterprise's door code (问题反映).

    Text, maybe a photo and a way to reach the reporter. Seen and closed by the staff who cover the enterprise,
    never by the enterprise itself."""

    id = fields.IntField(primary_key=True)
    enterprise = fields.ForeignKeyField("enterprises.Enterprise", related_name="public_reports",
                                        on_delete=fields.RESTRICT)
    text = fields.CharField(max_length=500)
    contact = fields.CharField(max_length=40, default="")
    # The photo's cleaned bytes in blob storage (its sha256), not an upload: the reporter may have no account.
    photo_key = fields.CharField(max_length=64, null=True)
    photo_media_type = fields.CharField(max_length=40, null=True)
    photo_size = fields.IntField(null=True)
    # A WeChat user who was logged in when reporting; null for an anonymous browser.
    reporter_user_id = fields.IntField(null=True)
    ip = fields.CharField(max_length=64, null=True)
    status = fields.CharEnumField(ReportStatus, max_length=8, default=ReportStatus.OPEN)
    closed_by_id = fields.IntField(null=True)
    closed_at = fields.DatetimeField(null=True)
    close_note = fields.CharField(max_length=200, default="")

    class Meta:
        table = "public_report"
        indexes = (("status", "created_at"), ("enterprise_id", "status"))
