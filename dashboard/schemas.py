"""What the command center reads."""

from datetime import date

from pydantic import BaseModel, Field


class Colors(BaseModel):
    green: int
    yellow: int
    red: int
    unrated: int = Field(description="尚未评分的企业")


class HazardFigures(BaseModel):
    total: int = Field(description="期内发现的隐患")
    open: int = Field(description="其中尚未闭环")
    overdue: int = Field(description="其中未闭环且已过整改期限")
    closed: int = Field(description="其中已闭环")


class PeriodRead(BaseModel):
    from_: date = Field(alias="from", serialization_alias="from")
    to: date

    model_config = {"populate_by_name": True}


class PeriodFigures(BaseModel):
    inspections: int = Field(description="期内提交的街道检查(不含企业自查)")
    hazards: HazardFigures
    rectification_rate: float | None = Field(description="整改率 = 期内发现且已闭环 / 期内发现;无隐患时为空")
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


class SummaryRead(PeriodFigures):
    enterprises: int = Field(description="在册企业数")
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
