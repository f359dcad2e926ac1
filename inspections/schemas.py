from datetime import date, datetime
from typing import Annotated, Literal

from pydantic import (AliasChoices, BaseModel, ConfigDict, Field, StrictBool, StrictInt, StringConstraints,
                      model_validator)

from inspections.checklist import Feature
from inspections.corrections import ExtensionStatus
from inspections.models import HazardType, InspectionKind, InspectionStatus, ItemResult, Severity
from inspections.presence import Presence
from inspections.rectification import HazardStatus
from inspections.tasks import TaskStatus
from core.types import MAX_ID, WriteModel

ObjectId = Annotated[int, Field(ge=1, le=MAX_ID)]
ShortText = Annotated[str, Field(max_length=500)]
PhotoIds = Annotated[list[ObjectId], Field(default=[], max_length=9)]
# Text a person must write: blank after trimming counts as missing.
Written = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]
Names = Annotated[list[Annotated[str, Field(min_length=1, max_length=40)]], Field(default=[], max_length=30)]
# The same lists in an update, where leaving one out keeps it.
NamesUpdate = Annotated[list[Annotated[str, Field(min_length=1, max_length=40)]], Field(max_length=30)]
FeaturesUpdate = Annotated[list[Feature], Field(max_length=len(Feature))]
Features = Annotated[list[Feature], Field(default=[], max_length=len(Feature),
                                          description="适用的企业特征(任一即适用);空为不限")]


# -- library --

class CheckItemCreate(WriteModel):
    code: str = Field(pattern=r"^[A-Za-z0-9_\-]{2,20}$")
    category: str = Field(min_length=1, max_length=20)
    text: str = Field(min_length=2, max_length=300)
    basis: str = Field(default="", max_length=200)
    severity: Severity = Severity.GENERAL
    major_condition: str = Field(default="", max_length=200)
    deadline_days: StrictInt | None = Field(default=7, ge=0, le=365)
    hazard_type: HazardType = HazardType.THING
    industries: Names
    categories: Names
    features: Features
    photo_required: StrictBool = True


class CheckItemUpdate(WriteModel):
    """Only the fields sent change (the code never does: it names the item for ever). Checklists already opened,
    drafts included, keep the snapshot they were made with (docs/decisions/070)."""

    category: str | None = Field(default=None, min_length=1, max_length=20)
    text: str | None = Field(default=None, min_length=2, max_length=300)
    basis: str | None = Field(default=None, max_length=200)
    severity: Severity | None = None
    major_condition: str | None = Field(default=None, max_length=200)
    # null: the deadline is set by the major hazard's treatment plan.
    deadline_days: StrictInt | None = Field(default=None, ge=0, le=365)
    hazard_type: HazardType | None = None
    industries: NamesUpdate | None = None
    categories: NamesUpdate | None = None
    features: FeaturesUpdate | None = None
    photo_required: StrictBool | None = None


class CheckItemRead(CheckItemCreate):
    model_config = ConfigDict(from_attributes=True)
    id: int
    preset: bool
    retired_at: datetime | None


class TemplateCreate(WriteModel):
    name: str = Field(min_length=1, max_length=60)
    industries: Names
    categories: Names
    features: Features
    item_ids: list[ObjectId] = Field(min_length=1, max_length=300)


class TemplateUpdate(WriteModel):
    """Only the fields sent change; `item_ids` replaces the whole ordered list. Checklists already opened keep
    their items; open campaign tasks start from the template as it is when they start."""

    name: str | None = Field(default=None, min_length=1, max_length=60)
    industries: NamesUpdate | None = None
    categories: NamesUpdate | None = None
    features: FeaturesUpdate | None = None
    item_ids: list[ObjectId] | None = Field(default=None, min_length=1, max_length=300)


class TemplateRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)
    id: int
    key: str | None
    name: str
    industries: list[str]
    categories: list[str]
    features: list[str]
    item_ids: list[int]
    is_active: bool


# -- inspections --

class InspectionStart(WriteModel):
    token: str | None = Field(default=None, max_length=64)
    enterprise_id: ObjectId | None = None
    kind: InspectionKind = InspectionKind.ROUTINE
    campaign_id: ObjectId | None = None
    template_id: ObjectId | None = None
    lat: float | None = Field(default=None, ge=-90, le=90)
    lng: float | None = Field(default=None, ge=-180, le=180)

    @model_validator(mode="after")
    def one_target(self):
        if (self.token is None) == (self.enterprise_id is None):
            raise ValueError("token 与 enterprise_id 须且只能提供一个")
        return self


class ItemResultWrite(WriteModel):
    result: ItemResult
    note: ShortText = ""
    photo_ids: PhotoIds
    severity: Severity | None = None
    deadline: date | None = None


class ItemsAdd(WriteModel):
    """Library items the inspector adds to a draft (the picker searches GET /check-items by `q` and `category`)."""

    check_item_ids: list[ObjectId] = Field(min_length=1, max_length=100)


class FindingCreate(WriteModel):
    """A finding off the list (随手拍): it becomes a hazard on submit, its text the hazard's description."""

    text: Annotated[Written, Field(max_length=300)]
    photo_ids: PhotoIds
    severity: Severity = Severity.GENERAL
    deadline: date | None = None
    hazard_type: HazardType = HazardType.THING


class CancelWrite(WriteModel):
    reason: Annotated[Written, Field(max_length=200)]


class AnswerWrite(ItemResultWrite):
    item_id: ObjectId


class SubmitWrite(WriteModel):
    """The whole checklist in one request (filled offline): answers by item id; `rest_passed` marks every item
    left unanswered as passed, and without it a missing answer is refused."""

    answers: list[AnswerWrite] = Field(default=[], max_length=500)
    rest_passed: bool = False


class InspectionItemRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)
    id: int
    position: int
    check_item_id: int | None
    hazard_point_id: int | None
    # Defaults: answers stored for Idempotency-Key replays before these fields existed lack them.
    off_list: bool = False
    category: str
    text: str
    basis: str
    severity: Severity
    hazard_type: HazardType | None = None
    deadline_days: int | None
    photo_required: bool
    result: ItemResult | None
    note: str
    photo_ids: list[int]
    deadline: date | None = Field(validation_alias=AliasChoices("deadline_date", "deadline"))


class EnterpriseBrief(BaseModel):
    id: int
    name: str


class InspectionRead(BaseModel):
    id: int
    enterprise: EnterpriseBrief
    inspector_id: int
    kind: InspectionKind
    campaign_id: int | None
    status: InspectionStatus
    started_at: datetime
    submitted_at: datetime | None
    lat: float | None
    lng: float | None
    distance_m: float | None
    from_current_scan: bool
    # Defaults as for the items' new fields (replays of answers stored before them).
    presence: Presence | None = None
    # Under INSPECTION_PRESENCE_POLICY=warn, the start's answer says when the phone was not at the enterprise.
    presence_warning: str | None = None
    cancelled_at: datetime | None = None
    cancel_reason: str = ""
    items: list[InspectionItemRead]


class InspectionSummary(BaseModel):
    model_config = ConfigDict(from_attributes=True)
    id: int
    enterprise_id: int
    inspector_id: int
    kind: InspectionKind
    status: InspectionStatus
    started_at: datetime
    submitted_at: datetime | None
    distance_m: float | None
    presence: Presence | None
    # The lists name the enterprise and the inspector (the console's tables; docs/decisions/079).
    enterprise_name: str = ""
    inspector_name: str = ""


class InspectionPage(BaseModel):
    items: list[InspectionSummary]
    total: int
    page: int
    size: int


# -- hazards --

class TreatmentPlan(WriteModel):
    """16号令 第十五条: the six parts of a 重大事故隐患治理方案."""

    goal: str = Field(default="", max_length=1000)
    methods: str = Field(default="", max_length=1000)
    funds_materials: str = Field(default="", max_length=1000)
    organisation: str = Field(default="", max_length=1000)
    time_limit: str = Field(default="", max_length=1000)
    safety_and_emergency: str = Field(default="", max_length=1000)


class RectifyWrite(WriteModel):
    note: str = Field(min_length=1, max_length=1000)
    photo_ids: PhotoIds
    responsible_person: str | None = Field(default=None, max_length=40)
    measures: str | None = Field(default=None, max_length=1000)
    interim_controls: str | None = Field(default=None, max_length=1000)
    funds: str | None = Field(default=None, max_length=200)
    plan: TreatmentPlan | None = None


class VerifyWrite(WriteModel):
    approved: bool
    note: str = Field(default="", max_length=1000)


class TimelineEntry(BaseModel):
    at: datetime
    actor: str
    actor_user_id: int | None
    from_: str | None = Field(serialization_alias="from")
    to: str
    note: str
    photo_ids: list[int]
    # "status" (a step of the loop), "extension_requested", "extension_approved", "extension_refused", "revised".
    kind: str = "status"


class HazardRead(BaseModel):
    id: int
    enterprise_id: int
    inspection_id: int | None
    reported_by_id: int
    kind: InspectionKind
    title: str
    description: str
    category: str
    severity: Severity
    hazard_type: HazardType
    basis: str
    responsible_person: str
    measures: str
    interim_controls: str
    funds: str
    deadline: date
    photo_ids: list[int]
    plan: TreatmentPlan | None
    fix_note: str
    fix_photo_ids: list[int]
    status: HazardStatus
    overdue: bool
    closed_at: datetime | None
    created_at: datetime
    version: int


class ExtensionRead(BaseModel):
    """延期申请 as the API answers it."""

    model_config = ConfigDict(from_attributes=True)
    id: int
    hazard_id: int
    status: ExtensionStatus
    requested_deadline: date
    previous_deadline: date
    reason: str
    requested_by_id: int
    requested_at: datetime
    granted_deadline: date | None
    decided_by_id: int | None
    decided_at: datetime | None
    decision_note: str


class HazardDetail(HazardRead):
    timeline: list[TimelineEntry]
    extensions: list[ExtensionRead] = []


class ExtensionWrite(WriteModel):
    requested_deadline: date
    reason: str = Field(min_length=1, max_length=500)


class ExtensionDecisionWrite(WriteModel):
    approved: bool
    # Approving: another date than the one asked for (later than the current deadline); default: as asked.
    deadline: date | None = None
    note: str = Field(default="", max_length=500)


class HazardRevisionWrite(WriteModel):
    """Staff change an open hazard's deadline or severity; the reason goes into the timeline and the audit."""

    deadline: date | None = None
    severity: Severity | None = None
    reason: str = Field(min_length=1, max_length=500)
    version: int | None = Field(default=None, ge=1, le=MAX_ID)


class HazardRow(HazardRead):
    """A row of the 隐患台账 list: the hazard, its enterprise's name and its pending 延期申请 (the queue's)."""

    enterprise_name: str
    pending_extension: ExtensionRead | None = None


class HazardPage(BaseModel):
    items: list[HazardRow]
    total: int
    page: int
    size: int


class SubmitResult(BaseModel):
    inspection: InspectionRead
    hazards: list[HazardRead]


OverdueFilter = Literal["true", "false"]


# -- campaigns --

class CampaignTarget(WriteModel):
    industries: Names
    categories: Names
    region_ids: list[ObjectId] = Field(default=[], max_length=50)
    # Named enterprises (active, in the publisher's scope); with other criteria, those of them that also match.
    enterprise_ids: list[ObjectId] = Field(default=[], max_length=500)


class CampaignCreate(WriteModel):
    title: str = Field(min_length=1, max_length=100)
    template_id: ObjectId
    target: CampaignTarget = CampaignTarget()
    deadline: date


class CampaignProgress(BaseModel):
    targets: int
    submitted: int
    overdue: int


class TaskRead(BaseModel):
    """An enterprise's task in a campaign: open, done (its checklist submitted) or overdue. `inspection_id` is the
    submitted checklist, or the draft being filled in."""

    status: TaskStatus
    deadline: date
    inspection_id: int | None
    submitted_at: datetime | None = None


class CampaignRead(BaseModel):
    id: int
    title: str
    template_id: int
    target: CampaignTarget
    deadline: date
    created_at: datetime
    # The street's counts (staff); None for an enterprise's user, who sees its own `task` instead.
    progress: CampaignProgress | None = None
    task: TaskRead | None = None


class CampaignTaskRow(TaskRead):
    """One targeted enterprise's task, as the street follows a campaign's progress."""

    enterprise_id: int
    enterprise_name: str
    region_id: int


class CampaignTaskPage(BaseModel):
    items: list[CampaignTaskRow]
    total: int
    page: int
    size: int


class CampaignStart(WriteModel):
    """Start the task's checklist where the enterprise is (optional location, as for POST /inspections)."""

    lat: float | None = Field(default=None, ge=-90, le=90)
    lng: float | None = Field(default=None, ge=-180, le=180)


# -- daily reports --

class ReportQuestion(WriteModel):
    key: str = Field(pattern=r"^[a-z][a-z0-9_]{0,29}$")
    label: str = Field(min_length=1, max_length=60)
    kind: Literal["bool", "text"] = "bool"
    required: bool = True


class ReportFormWrite(WriteModel):
    questions: list[ReportQuestion] = Field(min_length=1, max_length=20)


class DailyReportCreate(WriteModel):
    report_date: date | None = None
    answers: dict[str, bool | Annotated[str, Field(max_length=500)]]


class DailyReportRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)
    id: int
    enterprise_id: int
    report_date: date
    answers: dict
    submitted_by_id: int
    submitted_at: datetime


class DailyReportRow(DailyReportRead):
    """A report as the street's list shows it: with the enterprise's name."""

    enterprise_name: str


class DailyReportPage(BaseModel):
    items: list[DailyReportRow]
    total: int
    page: int
    size: int


class MissingReport(BaseModel):
    enterprise_id: int
    name: str
    region_id: int


class MissingReportPage(BaseModel):
    report_date: date
    items: list[MissingReport]
    total: int
    page: int
    size: int


# -- statistics --

class PeriodStatistics(BaseModel):
    """Street inspections and the hazards they pushed, of a region subtree over a period, and the share of their
    due hazards closed; self-inspections and the hazards they found beside them."""

    inspections: int = 0
    self_inspections: int = 0
    hazards_reported: int = 0
    hazards_closed: int = 0
    hazards_due: int = 0
    due_closed: int = 0
    rectification_rate: float | None = None
    self_hazards_reported: int = 0
    self_hazards_closed: int = 0


class RegionStatistics(PeriodStatistics):
    """The same for one child region."""

    region_id: int
    name: str


class StatisticsRead(BaseModel):
    region_id: int | None
    date_from: date
    date_to: date
    totals: PeriodStatistics
    by_region: list[RegionStatistics]


class HazardLedgerUpdate(WriteModel):
    """The enterprise's 五定 entries and, for 重大 hazards, the treatment plan; written before or with the fix."""

    responsible_person: str | None = Field(default=None, max_length=40)
    measures: str | None = Field(default=None, max_length=1000)
    interim_controls: str | None = Field(default=None, max_length=1000)
    funds: str | None = Field(default=None, max_length=200)
    plan: TreatmentPlan | None = None
    version: int | None = Field(default=None, ge=1, le=MAX_ID)
