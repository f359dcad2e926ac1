"""What the command center reads."""

from datetime import date, datetime

from pydantic import BaseModel, Field


class Colors(BaseModel):
    green: int
    yellow: int
    red: int
    unrated: int = Field(description="尚未评分的企业")


class HazardFigures(BaseModel):
    total: int = Field(description="期内街道检查发现并推送的隐患(企业自查发现的另计)")
    open: int = Field(description="其中尚未闭环")
    overdue: int = Field(description="其中待整改且已过整改期限(待复查的不算逾期)")
    closed: int = Field(description="其中已闭环")


class SelfHazardFigures(BaseModel):
    total: int = Field(description="期内企业自查发现的隐患")
    closed: int = Field(description="其中已闭环")


class PeriodRead(BaseModel):
    from_: date = Field(alias="from", serialization_alias="from")
    to: date

    model_config = {"populate_by_name": True}


class PeriodFigures(BaseModel):
    inspections: int = Field(description="期内提交的街道检查(不含企业自查)")
    hazards: HazardFigures
    rectification_rate: float | None = Field(description="整改率 = 期内街道推送且已闭环 / 期内街道推送;无隐患时为空")
    self_hazards: SelfHazardFigures = Field(description="企业自查发现的隐患,与街道的数字并列、不计入其中")
    inspection_coverage: float | None = Field(description="按风险码频次(红月/黄季/绿半年)在期内仍处于检查有效期的企业占比")
    self_inspection_rate: float | None = Field(description="期内完成自查的企业占比")
    daily_report_rate: float | None = Field(description="日常报送份数 / (企业数 × 期内已过天数)")


class PreviousFigures(PeriodFigures):
    period: PeriodRead


class HazardChange(BaseModel):
    total: int | None
    open: int | None
    overdue: int | None
    closed: int | None


class FiguresChange(BaseModel):
    inspections: int | None
    hazards: HazardChange
    rectification_rate: float | None
    inspection_coverage: float | None
    self_inspection_rate: float | None
    daily_report_rate: float | None


class VerificationQueue(BaseModel):
    count: int = Field(description="待复查:企业已提交整改、等待街道复查的隐患")
    past_deadline: int = Field(description="其中已过整改期限(街道的积压,不算企业逾期)")
    oldest_days: int | None = Field(description="等待最久的已等天数;队列为空时为空")


class SummaryRead(PeriodFigures):
    enterprises: int = Field(description="在册企业数")
    verification_queue: VerificationQueue
    colors: Colors
    period: PeriodRead
    previous: PreviousFigures = Field(description="上一个等长周期")
    change: FiguresChange = Field(description="与上一周期相比的变化")


class PointGeometry(BaseModel):
    type: str = "Point"
    coordinates: list[float] = Field(description="[经度, 纬度],GCJ-02")


class MapProperties(BaseModel):
    id: int
    name: str
    color: str | None
    score: float | None
    industry: str
    category: str
    grid: str


class MapFeature(BaseModel):
    type: str = "Feature"
    geometry: PointGeometry
    properties: MapProperties


class MapRead(BaseModel):
    type: str = "FeatureCollection"
    features: list[MapFeature]
    without_location: int = Field(description="没有坐标、未上图的企业数")


class TrendDay(BaseModel):
    date: date
    opened: int = Field(description="当天发现的隐患")
    closed: int = Field(description="当天闭环的隐患")


class TrendRead(BaseModel):
    period: PeriodRead
    days: list[TrendDay] = Field(description="周期内每天一行,截至今天")


class OverdueHazard(BaseModel):
    id: int
    title: str
    severity: str
    status: str
    deadline: date
    days_overdue: int
    enterprise_id: int
    enterprise_name: str
    grid: str


class AwaitingVerification(BaseModel):
    id: int
    title: str
    severity: str
    status: str
    status_label: str = Field(description="待复查")
    deadline: date
    submitted_at: datetime = Field(description="企业提交整改的时间")
    waiting_days: int = Field(description="已等待复查的天数")
    submitted_in_time: bool = Field(description="整改是否在期限内提交")
    enterprise_id: int
    enterprise_name: str
    grid: str
    inspector_id: int | None


class AwaitingVerificationPage(BaseModel):
    items: list[AwaitingVerification] = Field(description="待复查的隐患,等待最久的在前")
    total: int
    page: int
    size: int


class OverduePage(BaseModel):
    items: list[OverdueHazard] = Field(description="逾期未闭环的隐患,逾期最久的在前")
    total: int
    page: int
    size: int


class BreakdownRow(BaseModel):
    key: str = Field(description="区域 id、行业或类别")
    name: str
    enterprises: int
    colors: Colors
    hazards_open: int = Field(description="未闭环隐患")
    hazards_overdue: int = Field(description="其中已逾期")


class BreakdownRead(BaseModel):
    by: str
    items: list[BreakdownRow]


class RankedEnterprise(BaseModel):
    enterprise_id: int
    name: str
    grid: str
    color_start: str
    score_start: float
    color_end: str
    score_end: float
    change: float = Field(description="期末分 − 期初分")


class RankingRead(BaseModel):
    period: PeriodRead
    compared: int = Field(description="期初已有评分、可以比较的企业数")
    improved: list[RankedEnterprise] = Field(description="进步最大")
    worsened: list[RankedEnterprise] = Field(description="退步最大")
    stays_red: list[RankedEnterprise] = Field(description="期初期末均为红码")


class BoardCommunity(BaseModel):
    region_id: int
    name: str
    turned_green: list[RankedEnterprise] = Field(description="本月转为绿码")
    improved_most: list[RankedEnterprise] = Field(description="本月进步最大(得分提高最多)")
    stayed_green: list[RankedEnterprise] = Field(description="本月始终保持绿码")


class BoardRead(BaseModel):
    month: str = Field(description="YYYY-MM")
    period: PeriodRead
    communities: list[BoardCommunity] = Field(description="按社区的比学赶超榜")


class WorseningEnterprise(BaseModel):
    enterprise_id: int
    name: str
    grid: str
    color: str
    score: float
    projected_color: str
    projected_score: float
    reasons: list[str] = Field(description="到期的隐患、证照等原因")


class WorseningRead(BaseModel):
    days: int
    items: list[WorseningEnterprise]
