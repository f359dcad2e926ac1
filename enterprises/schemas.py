from datetime import date, datetime
from enum import StrEnum
from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field, StrictBool, StrictInt

from core.types import Count, DbId, Degrees, WriteModel

from enterprises.public_report_rules import CLOSE_NOTE_MAX, ReportStatus
from enterprises.models import DocumentReview, DocumentType, EnterpriseStatus, PersonnelRole, RegionLevel, RiskLevel
from core.identity import RiskColor, Role

PHONE_PATTERN = r"^1[3-9]\d{9}$"
USERNAME_PATTERN = r"^[A-Za-z0-9_.\-]{3,40}$"


class UserRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    name: str
    role: Role
    region_id: int | None
    enterprise_id: int | None


class UserCreate(WriteModel):
    name: str = Field(min_length=1, max_length=40)
    role: Role
    region_id: DbId | None = None
    enterprise_id: DbId | None = None
    phone: str | None = Field(default=None, pattern=PHONE_PATTERN)
    username: str | None = Field(default=None, pattern=USERNAME_PATTERN)
    password: str | None = Field(default=None, min_length=8, max_length=128)


class UserCreated(UserRead):
    invite_code: str
    invite_expires_at: str


class UserAccountRead(UserRead):
    """An account as its administrators see it."""

    username: str | None
    phone: str | None
    is_active: bool
    wechat_bound: bool
    last_login_at: datetime | None
    invite_expires_at: datetime | None = Field(default=None, description="未使用的邀请码的有效期;已过期或已使用时为空")


class UserAccountPage(BaseModel):
    items: list[UserAccountRead]
    total: int
    page: int
    size: int


class UserUpdate(WriteModel):
    """Only the fields sent change; a role or region change revokes the account's tokens."""

    name: str | None = Field(default=None, min_length=1, max_length=40)
    role: Role | None = None
    region_id: DbId | None = None


class PasswordChange(WriteModel):
    old_password: str = Field(min_length=1, max_length=128)
    new_password: str = Field(min_length=8, max_length=128)


class InviteIssued(BaseModel):
    invite_code: str = Field(description="绑定微信用的邀请码,只显示这一次")
    invite_expires_at: datetime


class PasswordResetIssued(BaseModel):
    reset_code: str
    reset_expires_at: datetime


class PasswordResetRedeem(WriteModel):
    username: str = Field(min_length=1, max_length=40)
    reset_code: str = Field(min_length=4, max_length=32)
    new_password: str = Field(min_length=8, max_length=128)


class StreamTicketRead(BaseModel):
    ticket: str
    expires_in: int


class PasswordLogin(WriteModel):
    username: str = Field(min_length=1, max_length=40)
    password: str = Field(min_length=1, max_length=128)


class WeChatLogin(WriteModel):
    code: str = Field(min_length=1, max_length=128)
    invite_code: str | None = Field(default=None, min_length=4, max_length=32)


class TokenRead(BaseModel):
    access_token: str
    token_type: str = "bearer"
    expires_in: int
    user: UserRead


class RegionCreate(WriteModel):
    name: str = Field(min_length=1, max_length=60)
    level: RegionLevel
    parent_id: DbId | None = None


class RegionBoundaryWrite(WriteModel):
    boundary: dict[str, Any] | None = Field(description="GeoJSON Polygon 或 MultiPolygon,GCJ-02 的 [经度, 纬度];"
                                                        "null 清除边界")


class RegionRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    name: str
    level: RegionLevel
    parent_id: int | None
    boundary: dict[str, Any] | None = Field(default=None, description="区域边界(GeoJSON,GCJ-02),未设置时为空")


# -- enterprises --

class Page(BaseModel):
    total: int
    page: int
    size: int


Latitude = Annotated[Degrees, Field(ge=-90, le=90, description="纬度,GCJ-02(微信 wx.getLocation 坐标系)")]
Longitude = Annotated[Degrees, Field(ge=-180, le=180, description="经度,GCJ-02")]


class ProductionInfo(BaseModel):
    main_products: str = Field(default="", max_length=500)
    processes: str = Field(default="", max_length=500)
    hazardous_materials: list[Annotated[str, Field(min_length=1, max_length=60)]] = Field(default=[], max_length=50)
    special_equipment: list[Annotated[str, Field(min_length=1, max_length=60)]] = Field(default=[], max_length=50)
    confined_space: StrictBool = Field(default=False, description="有有限空间作业(储罐、地下池、窨井等)")
    dust_explosion: StrictBool = Field(default=False, description="涉及可燃性粉尘(粉尘涉爆)")
    hot_work: StrictBool = Field(default=False, description="有动火作业(焊接、切割等)")
    gas_use: StrictBool = Field(default=False, description="使用燃气(液化石油气、天然气)")


class EnterpriseCreate(WriteModel, ProductionInfo):
    name: str = Field(min_length=2, max_length=100)
    credit_code: str = Field(min_length=18, max_length=18, description="统一社会信用代码(GB 32100)")
    address: str = Field(min_length=1, max_length=200)
    lat: Latitude
    lng: Longitude
    region_id: DbId = Field(description="所属网格")
    industry: str = Field(min_length=1, max_length=40, description="行业字典的编码、名称或同义词,存为名称")
    category: str = Field(min_length=1, max_length=20, description="类别字典的编码、名称或同义词:规上 / 规下 / 九小场所")
    employee_count: Count | None = None
    contact_name: str = Field(min_length=1, max_length=40)
    contact_phone: str = Field(pattern=PHONE_PATTERN)


class EnterpriseUpdate(WriteModel):
    """Only the fields sent change. `version` guards against overwriting someone else's edit."""

    version: StrictInt | None = None
    name: str | None = Field(default=None, min_length=2, max_length=100)
    address: str | None = Field(default=None, min_length=1, max_length=200)
    lat: Latitude | None = None
    lng: Longitude | None = None
    region_id: DbId | None = None
    industry: str | None = Field(default=None, min_length=1, max_length=40)
    category: str | None = Field(default=None, min_length=1, max_length=20)
    employee_count: Count | None = None
    contact_name: str | None = Field(default=None, min_length=1, max_length=40)
    contact_phone: str | None = Field(default=None, pattern=PHONE_PATTERN)
    main_products: str | None = Field(default=None, max_length=500)
    processes: str | None = Field(default=None, max_length=500)
    hazardous_materials: list[Annotated[str, Field(min_length=1, max_length=60)]] | None = Field(default=None,
                                                                                               max_length=50)
    special_equipment: list[Annotated[str, Field(min_length=1, max_length=60)]] | None = Field(default=None,
                                                                                             max_length=50)
    confined_space: StrictBool | None = None
    dust_explosion: StrictBool | None = None
    hot_work: StrictBool | None = None
    gas_use: StrictBool | None = None


class RiskRead(BaseModel):
    color: RiskColor | None = Field(description="显示的颜色:人工认定期间为认定的颜色")
    score: float | None
    scored_at: datetime | None
    overridden: bool = Field(default=False, description="当前颜色为系统管理员人工认定")
    override_until: datetime | None = Field(default=None, description="人工认定的截止时间")

    @classmethod
    def of(cls, enterprise) -> "RiskRead":
        """The colour shown, flagged while a manual override holds (scoring owns these columns)."""
        until = enterprise.risk_override_until
        return cls(color=enterprise.risk_color, score=enterprise.risk_score, scored_at=enterprise.risk_scored_at,
                   overridden=until is not None, override_until=until)


class CreditCodeConflict(BaseModel):
    """Another enterprise naming the same credit code: the active one holds it, a pending one only claims it."""

    id: int
    name: str
    status: EnterpriseStatus


class EnterpriseRead(ProductionInfo):
    model_config = ConfigDict(from_attributes=True)

    id: int
    name: str
    credit_code: str
    address: str
    lat: float | None
    lng: float | None
    region_id: int
    industry: str
    category: str
    employee_count: int | None
    contact_name: str
    contact_phone: str
    status: EnterpriseStatus
    review_note: str
    version: int
    created_at: datetime
    risk: RiskRead
    credit_code_conflicts: list[CreditCodeConflict] = Field(
        default_factory=list, description="待审核的登记:其他使用同一信用代码的企业(仅工作人员可见),审核前请核实")

    @classmethod
    def of(cls, enterprise, **extra) -> "EnterpriseRead":
        risk = RiskRead.of(enterprise)
        fields = {name: getattr(enterprise, name) for name in cls.model_fields
                  if name not in ("risk", "credit_code_conflicts") and name not in extra}
        return cls(**fields, risk=risk, **extra)


class EnterpriseSummary(BaseModel):
    """What anybody may see: the public face of an enterprise."""

    id: int
    name: str
    industry: str
    category: str
    region_name: str
    color: RiskColor | None


class EnterprisePage(Page):
    items: list[EnterpriseRead]


class NearbyEnterprise(BaseModel):
    id: int
    name: str
    industry: str
    distance_m: int
    color: RiskColor | None


class DictionaryEntryRead(BaseModel):
    """One entry of the industry or category dictionary; `section` is the GB/T 4754-2017 门类 of an industry."""

    code: str
    name: str
    synonyms: list[str]
    section: str | None = None
    section_name: str | None = None


class ImportRowError(BaseModel):
    row: int
    field: str
    message: str


class ImportRead(BaseModel):
    created: int
    updated: int
    errors: list[ImportRowError]


class ReviewDecision(WriteModel):
    note: str = Field(default="", max_length=200)


# -- profile sub-resources --

class PersonCreate(WriteModel):
    name: str = Field(min_length=1, max_length=40)
    role: PersonnelRole
    phone: str = Field(default="", pattern=rf"^$|{PHONE_PATTERN}")
    certificate_type: str = Field(default="", max_length=60)
    certificate_no: str = Field(default="", max_length=60)
    certificate_expires_date: date | None = None


class PersonUpdate(WriteModel):
    name: str | None = Field(default=None, min_length=1, max_length=40)
    role: PersonnelRole | None = None
    phone: str | None = Field(default=None, pattern=rf"^$|{PHONE_PATTERN}")
    certificate_type: str | None = Field(default=None, max_length=60)
    certificate_no: str | None = Field(default=None, max_length=60)
    certificate_expires_date: date | None = None


class PersonRead(PersonCreate):
    model_config = ConfigDict(from_attributes=True)
    id: int
    enterprise_id: int


class DocumentCreate(WriteModel):
    doc_type: DocumentType
    title: str = Field(min_length=1, max_length=100)
    upload_ids: list[DbId] = Field(default=[], max_length=20)
    issued_date: date | None = None
    valid_until_date: date | None = None


class DocumentUpdate(WriteModel):
    doc_type: DocumentType | None = None
    title: str | None = Field(default=None, min_length=1, max_length=100)
    upload_ids: list[DbId] | None = Field(default=None, max_length=20)
    issued_date: date | None = None
    valid_until_date: date | None = None


class DocumentRead(DocumentCreate):
    model_config = ConfigDict(from_attributes=True)
    id: int
    enterprise_id: int
    review: DocumentReview = Field(description="unverified 待核验 / verified 已核验 / rejected 未通过核验")
    reviewed_by_id: int | None = None
    reviewed_at: datetime | None = None
    review_note: str = ""


class DocumentVerify(WriteModel):
    approved: bool
    note: str = Field(default="", max_length=200, description="核验意见;不通过时必填")


class HazardPointCreate(WriteModel):
    name: str = Field(min_length=1, max_length=60)
    place: str = Field(default="", max_length=100)
    risk_level: RiskLevel
    control_measures: list[Annotated[str, Field(min_length=1, max_length=200)]] = Field(default=[], max_length=30)
    responsible_person: str = Field(default="", max_length=40)


class HazardPointUpdate(WriteModel):
    name: str | None = Field(default=None, min_length=1, max_length=60)
    place: str | None = Field(default=None, max_length=100)
    risk_level: RiskLevel | None = None
    control_measures: list[Annotated[str, Field(min_length=1, max_length=200)]] | None = Field(default=None,
                                                                                             max_length=30)
    responsible_person: str | None = Field(default=None, max_length=40)


class HazardPointRead(HazardPointCreate):
    model_config = ConfigDict(from_attributes=True)
    id: int
    enterprise_id: int


# -- scans --

class ScanView(StrEnum):
    PUBLIC = "public"
    INSPECTOR = "inspector"
    OWNER = "owner"
    ADMIN = "admin"


class EnterpriseProfile(EnterpriseRead):
    region_name: str
    personnel: list[PersonRead]
    documents: list[DocumentRead]
    hazard_points: list[HazardPointRead]


class ScanLogRead(BaseModel):
    at: datetime
    view: ScanView = Field(description="扫码者看到的页面:public 公众 / inspector 检查员 / owner 企业本身 / admin 管理员")
    user_id: int | None = Field(description="登录的扫码者;公众扫码为空")
    user_name: str | None
    user_role: Role | None
    ip: str | None
    token_tail: str = Field(description="所扫身份码的末4位(重新生成身份码后可区分新旧码)")


class ScanLogPage(Page):
    items: list[ScanLogRead]


class ScanRead(BaseModel):
    view: ScanView
    enterprise: EnterpriseProfile | EnterpriseSummary
    risk: RiskRead
    actions: list[str]
    # Not closed hazards, for every view but the public one (filled in by the inspections package).
    open_hazards: list[Any] | None = None
    reporting_enabled: bool = Field(default=False, description="街道是否开通扫码反映问题(POST /scan/{token}/reports)")


# -- street-wide switches and public reports (docs/decisions/084) --

class StreetConfigRead(BaseModel):
    public_reports_enabled: bool = Field(description="公众扫码后可以反映问题")
    updated_at: datetime | None = Field(description="最近一次修改的时间;从未修改为 null(使用默认值)")


class StreetConfigUpdate(WriteModel):
    public_reports_enabled: StrictBool | None = None


class PublicReportCreated(BaseModel):
    id: int
    created_at: datetime
    message: str


class PublicReportRead(BaseModel):
    id: int
    enterprise_id: int
    enterprise_name: str
    region_name: str
    text: str
    contact: str
    has_photo: bool
    status: ReportStatus
    created_at: datetime
    closed_by_id: int | None
    closed_at: datetime | None
    close_note: str


class PublicReportPage(Page):
    items: list[PublicReportRead]


class PublicReportClose(WriteModel):
    note: str = Field(min_length=1, max_length=CLOSE_NOTE_MAX, description="处理情况,如 已现场核实并责令整改")
