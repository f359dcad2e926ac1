from enum import StrEnum

from tortoise import fields
from tortoise.models import Model

from core.models import TimestampedModel
from inspections.corrections import ExtensionStatus
from inspections.presence import Presence
from inspections.rectification import HazardStatus


class Severity(StrEnum):
    GENERAL = "general"  # 一般事故隐患
    MAJOR = "major"  # 重大事故隐患


class HazardType(StrEnum):
    """16号令 第三条: 物的危险状态, 人的不安全行为, 管理上的缺陷."""

    THING = "thing"
    PERSON = "person"
    MANAGEMENT = "management"


class InspectionKind(StrEnum):
    ROUTINE = "routine"
    SELF = "self"
    CAMPAIGN = "campaign"


class InspectionStatus(StrEnum):
    DRAFT = "draft"
    SUBMITTED = "submitted"
    # A draft given up by its inspector or an admin, or expired untouched (docs/decisions/028).
    CANCELLED = "cancelled"


class ItemResult(StrEnum):
    PASS = "pass"
    FAIL = "fail"
    NA = "na"


# Chinese labels for spreadsheets and pages.
SEVERITY_LABELS = {Severity.GENERAL: "一般隐患", Severity.MAJOR: "重大隐患"}
HAZARD_TYPE_LABELS = {HazardType.THING: "物的危险状态", HazardType.PERSON: "人的不安全行为",
                      HazardType.MANAGEMENT: "管理上的缺陷"}
INSPECTION_KIND_LABELS = {InspectionKind.ROUTINE: "日常检查", InspectionKind.SELF: "企业自查",
                          InspectionKind.CAMPAIGN: "专项检查"}
INSPECTION_STATUS_LABELS = {InspectionStatus.DRAFT: "填写中", InspectionStatus.SUBMITTED: "已提交",
                            InspectionStatus.CANCELLED: "已作废"}
PRESENCE_LABELS = {Presence.NEAR: "现场", Presence.FAR: "远离企业", Presence.UNKNOWN: "位置未知"}


class CheckItem(TimestampedModel):
    """One entry of the check-item library (domain.md section 4). Retired items stay for past checklists."""

    id = fields.IntField(primary_key=True)
    code = fields.CharField(max_length=20, unique=True)
    category = fields.CharField(max_length=20, db_index=True)
    text = fields.CharField(max_length=300)
    basis = fields.CharField(max_length=200, default="")
    severity = fields.CharEnumField(Severity, max_length=8, default=Severity.GENERAL)
    major_condition = fields.CharField(max_length=200, default="")
    # None: set by the major hazard's treatment plan (方案).
    deadline_days = fields.IntField(null=True)
    hazard_type = fields.CharEnumField(HazardType, max_length=12, default=HazardType.THING)
    industries = fields.JSONField(default=list)
    categories = fields.JSONField(default=list)
    # Profile features (inspections/checklist.py Feature) the item is for; empty: any enterprise. The database
    # default fills the library's rows when the column is added.
    features = fields.JSONField(default=list, db_default=[])
    photo_required = fields.BooleanField(default=True)
    preset = fields.BooleanField(default=False)
    retired_at = fields.DatetimeField(null=True)

    class Meta:
        table = "check_item"


class Template(TimestampedModel):
    """An ordered set of check items aimed at industries and enterprise categories (empty list: all)."""

    id = fields.IntField(primary_key=True)
    key = fields.CharField(max_length=40, null=True, unique=True)
    name = fields.CharField(max_length=60)
    industries = fields.JSONField(default=list)
    categories = fields.JSONField(default=list)
    features = fields.JSONField(default=list, db_default=[])
    item_ids = fields.JSONField(default=list)
    is_active = fields.BooleanField(default=True)
    created_by_id = fields.IntField(null=True)

    class Meta:
        table = "checklist_template"


class Inspection(TimestampedModel):
    id = fields.IntField(primary_key=True)
    enterprise = fields.ForeignKeyField("enterprises.Enterprise", related_name="inspections",
                                        on_delete=fields.RESTRICT)
    inspector = fields.ForeignKeyField("enterprises.User", related_name="inspections", on_delete=fields.RESTRICT)
    kind = fields.CharEnumField(InspectionKind, max_length=10, default=InspectionKind.ROUTINE)
    campaign_id = fields.IntField(null=True, db_index=True)
    status = fields.CharEnumField(InspectionStatus, max_length=10, default=InspectionStatus.DRAFT)
    started_at = fields.DatetimeField()
    submitted_at = fields.DatetimeField(null=True)
    # Where the phone was when the checklist was opened, and how far that is from the registered location.
    lat = fields.FloatField(null=True)
    lng = fields.FloatField(null=True)
    distance_m = fields.FloatField(null=True)
    from_current_scan = fields.BooleanField(default=False)
    # Street inspections only (None for an enterprise's own): near, far from the enterprise, or unknown.
    presence = fields.CharEnumField(Presence, max_length=8, null=True)
    template_ids = fields.JSONField(default=list)
    # The last write to the draft (service clock): a draft untouched for INSPECTION_DRAFT_EXPIRY_DAYS expires.
    touched_at = fields.DatetimeField(null=True)
    cancelled_at = fields.DatetimeField(null=True)
    cancelled_by_id = fields.IntField(null=True)  # None with a reason: expired by the system
    cancel_reason = fields.CharField(max_length=200, default="")

    class Meta:
        table = "inspection"
        # The second covers the dashboard's counts of a period (status and kind read from the index).
        indexes = (("enterprise_id", "started_at"), ("status", "submitted_at", "kind", "enterprise_id"))


class InspectionItem(Model):
    """A snapshot of a check item (or a hazard point) inside one checklist, with the inspector's finding."""

    id = fields.IntField(primary_key=True)
    inspection = fields.ForeignKeyField("inspections.Inspection", related_name="items", on_delete=fields.CASCADE)
    position = fields.IntField()
    check_item_id = fields.IntField(null=True)
    hazard_point_id = fields.IntField(null=True)
    # A finding off the list (随手拍): no library item behind it, recorded as failed.
    off_list = fields.BooleanField(default=False)
    category = fields.CharField(max_length=20)
    text = fields.CharField(max_length=300)
    basis = fields.CharField(max_length=200, default="")
    severity = fields.CharEnumField(Severity, max_length=8, default=Severity.GENERAL)
    deadline_days = fields.IntField(null=True)
    hazard_type = fields.CharEnumField(HazardType, max_length=12, default=HazardType.THING)
    photo_required = fields.BooleanField(default=False)
    result = fields.CharEnumField(ItemResult, max_length=4, null=True)
    note = fields.CharField(max_length=500, default="")
    photo_ids = fields.JSONField(default=list)
    deadline_date = fields.DateField(null=True)

    class Meta:
        table = "inspection_item"
        unique_together = (("inspection", "position"),)


class Hazard(TimestampedModel):
    """A 隐患台账 row with the 五定 fields (16号令 and local 五定表), and the 重大 treatment plan (第十五条)."""

    id = fields.IntField(primary_key=True)
    enterprise = fields.ForeignKeyField("enterprises.Enterprise", related_name="hazards", on_delete=fields.RESTRICT)
    inspection = fields.ForeignKeyField("inspections.Inspection", related_name="hazards", null=True,
                                        on_delete=fields.RESTRICT)
    inspection_item_id = fields.IntField(null=True)
    reported_by = fields.ForeignKeyField("enterprises.User", related_name="reported_hazards",
                                         on_delete=fields.RESTRICT)
    kind = fields.CharEnumField(InspectionKind, max_length=10, default=InspectionKind.ROUTINE)
    title = fields.CharField(max_length=300)
    description = fields.CharField(max_length=1000, default="")
    category = fields.CharField(max_length=20, default="")
    severity = fields.CharEnumField(Severity, max_length=8, db_index=True)
    hazard_type = fields.CharEnumField(HazardType, max_length=12)
    basis = fields.CharField(max_length=200, default="")
    responsible_person = fields.CharField(max_length=40, default="")
    measures = fields.CharField(max_length=1000, default="")
    interim_controls = fields.CharField(max_length=1000, default="")
    funds = fields.CharField(max_length=200, default="")
    deadline_date = fields.DateField(db_index=True)
    photo_ids = fields.JSONField(default=list)
    # 重大隐患治理方案: six fields, required before the enterprise may submit a fix.
    plan = fields.JSONField(null=True)
    fix_note = fields.CharField(max_length=1000, default="")
    fix_photo_ids = fields.JSONField(default=list)
    status = fields.CharEnumField(HazardStatus, max_length=10, default=HazardStatus.OPEN, db_index=True)
    closed_at = fields.DatetimeField(null=True)
    version = fields.IntField(default=1)
    # How often the deadline was moved (an approved extension, a revision): the reminder sweep keys its notices by
    # it, so a moved deadline is reminded of again (docs/decisions/041).
    deadline_changes = fields.IntField(default=0, db_default=0)

    class Meta:
        table = "hazard"
        # The second covers the dashboard's hazard figures of a period, index-only (decision 099).
        indexes = (("enterprise_id", "status"), ("created_at", "kind", "status", "deadline_date", "enterprise_id"))


class HazardEvent(Model):
    """One step of a hazard's timeline."""

    id = fields.BigIntField(primary_key=True)
    hazard = fields.ForeignKeyField("inspections.Hazard", related_name="events", on_delete=fields.CASCADE)
    at = fields.DatetimeField()
    actor_user_id = fields.IntField(null=True)
    actor_name = fields.CharField(max_length=40, default="")
    from_status = fields.CharField(max_length=10, null=True)
    to_status = fields.CharField(max_length=10)
    note = fields.CharField(max_length=1000, default="")
    photo_ids = fields.JSONField(default=list)
    # "status" for a step of the loop; an extension's request and decision, or a revision (corrections.TIMELINE_KINDS).
    kind = fields.CharField(max_length=24, default="status", db_default="status")

    class Meta:
        table = "hazard_event"


class HazardExtension(Model):
    """延期申请: the enterprise asks to move a hazard's deadline, staff approve (maybe another date) or refuse."""

    id = fields.IntField(primary_key=True)
    hazard = fields.ForeignKeyField("inspections.Hazard", related_name="extensions", on_delete=fields.CASCADE)
    status = fields.CharEnumField(ExtensionStatus, max_length=10, default=ExtensionStatus.PENDING)
    requested_deadline = fields.DateField()
    # The deadline when it was asked for.
    previous_deadline = fields.DateField()
    reason = fields.CharField(max_length=500)
    requested_by_id = fields.IntField()
    requested_at = fields.DatetimeField()
    granted_deadline = fields.DateField(null=True)
    decided_by_id = fields.IntField(null=True)
    decided_at = fields.DatetimeField(null=True)
    decision_note = fields.CharField(max_length=500, default="")

    class Meta:
        table = "hazard_extension"
        indexes = (("hazard_id", "status"),)


class IdempotencyRecord(Model):
    """The first answer to a write that a phone may retry, keyed by the caller and their Idempotency-Key."""

    id = fields.BigIntField(primary_key=True)
    user_id = fields.IntField()
    key = fields.CharField(max_length=64)
    # sha256 of the request: the same key for a different request is refused.
    fingerprint = fields.CharField(max_length=64)
    status_code = fields.IntField()
    response = fields.JSONField()
    created_at = fields.DatetimeField()

    class Meta:
        table = "idempotency_record"
        unique_together = (("user_id", "key"),)


class Campaign(TimestampedModel):
    """专项任务: an admin's campaign with a template, a target (industries, categories, regions) and a deadline."""

    id = fields.IntField(primary_key=True)
    title = fields.CharField(max_length=100)
    template = fields.ForeignKeyField("inspections.Template", related_name="campaigns", on_delete=fields.RESTRICT)
    target = fields.JSONField(default=dict)
    deadline_date = fields.DateField()
    created_by_id = fields.IntField(null=True)
    # The publisher's region: staff above or below it see the campaign.
    region_path = fields.CharField(max_length=255, default="/")

    class Meta:
        table = "campaign"


class CampaignTask(Model):
    """One targeted enterprise's task in a campaign, done when an inspection for it is submitted."""

    id = fields.IntField(primary_key=True)
    campaign = fields.ForeignKeyField("inspections.Campaign", related_name="tasks", on_delete=fields.CASCADE)
    enterprise = fields.ForeignKeyField("enterprises.Enterprise", related_name="campaign_tasks",
                                        on_delete=fields.RESTRICT)
    inspection_id = fields.IntField(null=True)
    submitted_at = fields.DatetimeField(null=True)

    class Meta:
        table = "campaign_task"
        unique_together = (("campaign", "enterprise"),)


class ReportForm(TimestampedModel):
    """The daily report's questions, configurable by the street (one row, key "default")."""

    id = fields.IntField(primary_key=True)
    key = fields.CharField(max_length=20, unique=True)
    questions = fields.JSONField()

    class Meta:
        table = "report_form"


class DailyReport(Model):
    """日常报送: an enterprise's answers to the daily form, one per enterprise and day."""

    id = fields.IntField(primary_key=True)
    enterprise = fields.ForeignKeyField("enterprises.Enterprise", related_name="daily_reports",
                                        on_delete=fields.RESTRICT)
    report_date = fields.DateField()
    answers = fields.JSONField()
    submitted_by_id = fields.IntField()
    submitted_at = fields.DatetimeField()

    class Meta:
        table = "daily_report"
        unique_together = (("enterprise", "report_date"),)
