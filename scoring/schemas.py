"""API shapes of the risk colour."""

from datetime import date, datetime
from typing import Any

from core.identity import RiskColor
from core.types import DbId, WriteModel
from scoring.models import FactKind
from pydantic import BaseModel, ConfigDict, Field


class BreakdownLine(BaseModel):
    dimension: str
    rule: str
    points: float
    reason: str


class FactRef(BaseModel):
    id: int
    kind: str
    occurred_on: date
    reason: str


class VetoRead(BaseModel):
    rule: str
    color: str
    reason: str
    source: str = Field(default="", description="评分规则引用的依据")
    facts: list[FactRef] = Field(default=[], description="触发该否决项的事实记录")


class AdviceRead(BaseModel):
    action: str
    gain: float
    lifts: str = ""
    rule: str = Field(default="", description="对应的评分项或否决项")


class OverrideRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    color: str
    reason: str
    until: datetime
    set_by_id: int | None = None
    set_at: datetime


class RiskRead(BaseModel):
    """The latest verdict; all null fields when the enterprise has not been scored yet."""

    model_config = ConfigDict(from_attributes=True)

    color: str | None = Field(default=None, description="显示的颜色:人工认定期间为认定的颜色")
    computed_color: str | None = Field(default=None, description="按评分规则得出的颜色")
    overridden: bool = False
    override: OverrideRead | None = Field(default=None, description="正在生效的人工认定")
    score: float | None = None
    breakdown: list[BreakdownLine] = []
    vetoes: list[VetoRead] = []
    advice: list[AdviceRead] = []
    ruleset_version: int | None = None
    scored_at: datetime | None = None

    @classmethod
    def of(cls, latest, now: datetime) -> "RiskRead":
        """The verdict with the override that holds at `now` (one past its time no longer shows, even before the
        worker has ended it)."""
        override = latest.override
        if override and datetime.fromisoformat(override["until"]) <= now:
            override = None
        return cls(color=override["color"] if override else str(latest.color), computed_color=str(latest.color),
                   overridden=override is not None, override=override, score=latest.score,
                   breakdown=latest.breakdown, vetoes=latest.vetoes, advice=latest.advice,
                   ruleset_version=latest.ruleset_version, scored_at=latest.scored_at)


class FactCreate(WriteModel):
    kind: FactKind = Field(description="accident 事故 / concealed_accident 瞒报 / dishonest 失信 / "
                                       "unlicensed 无证经营 / refused_inspection 拒绝检查")
    occurred_on: date = Field(description="发生日期,不能晚于今天")
    reason: str = Field(min_length=1, max_length=500, description="事由")
    evidence_upload_ids: list[DbId] = Field(default=[], max_length=20, description="证据文件(POST /uploads)")


class FactRevoke(WriteModel):
    reason: str = Field(min_length=1, max_length=500, description="撤销原因(如记录有误)")


class FactRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    enterprise_id: int
    kind: FactKind
    occurred_on: date
    reason: str
    evidence_upload_ids: list[int]
    recorded_by_id: int | None
    recorded_at: datetime
    revoked_at: datetime | None
    revoked_by_id: int | None
    revoke_reason: str


class OverrideCreate(WriteModel):
    color: RiskColor
    reason: str = Field(min_length=1, max_length=500)
    until: datetime = Field(description="截止时间,须晚于现在且不超过一年;不带时区按北京时间")



class RiskHistoryItem(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    color: str
    score: float
    ruleset_version: int
    scored_at: datetime
    vetoes: list[VetoRead] = []
    effective_color: str | None = Field(default=None, description="显示的颜色(人工认定期间为认定颜色)")
    override: OverrideRead | None = None


class RulesetRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    version: int
    body: dict[str, Any]
    created_by_id: int | None = None
    created_at: datetime | None = None
    active: bool
    activated_at: datetime | None = None


class ActiveRulesetRead(BaseModel):
    """Version 0 is the shipped default, in force until an admin activates a stored version."""

    version: int
    body: dict[str, Any]


class SimulateRequest(WriteModel):
    ruleset: dict[str, Any] = Field(description="评分规则草案（与 POST /scoring/rulesets 的请求体相同）")


class ColorChange(BaseModel):
    enterprise_id: int
    from_color: str | None
    to_color: str
    score: float
    held_back: bool = Field(description="改善会因防抖规则暂缓生效")


class SimulateRead(BaseModel):
    total: int
    changed: int
    changes: list[ColorChange]


class InspectionDueRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    enterprise_id: int
    name: str
    color: str | None
    last_inspected_on: date | None
    interval_days: int
    due_on: date
    overdue: bool
