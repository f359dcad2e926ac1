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
    created_by_name: str | None = Field(default=None, description="保存此版本的人")
    created_at: datetime | None = None
    active: bool
    activated_at: datetime | None = Field(default=None, description="最近一次启用的时间")
    activated_by_id: int | None = None
    activated_by_name: str | None = Field(default=None, description="最近一次启用此版本的人")

    @classmethod
    def of(cls, row) -> "RulesetRead":
        """A row read with its created_by and activated_by (scoring.service loads them)."""
        return cls(version=row.version, body=row.body, created_by_id=row.created_by_id,
                   created_by_name=row.created_by.name if row.created_by_id else None, created_at=row.created_at,
                   active=row.active, activated_at=row.activated_at, activated_by_id=row.activated_by_id,
                   activated_by_name=row.activated_by.name if row.activated_by_id else None)


class VetoRuleInfo(BaseModel):
    rule: str
    label: str
    needs_threshold: bool = Field(description="是否需要阈值(threshold)")


class RulesetVocabulary(BaseModel):
    """What a ruleset may name: the veto rules the engine knows, the document types the profile stores."""

    veto_rules: list[VetoRuleInfo]
    document_types: list[str]


class ActiveRulesetRead(BaseModel):
    """Version 0 is the shipped default, in force until an admin activates a stored version."""

    version: int
    body: dict[str, Any]
    may_edit: bool = Field(default=False, description="当前用户能否修改全街道的评分规则(顶层区域的管理员)")
    vocabulary: RulesetVocabulary | None = None


class SimulateRequest(WriteModel):
    ruleset: dict[str, Any] = Field(description="评分规则草案（与 POST /scoring/rulesets 的请求体相同）")


class ChangeReason(BaseModel):
    rule: str = Field(description="涉及的评分项、否决项或原因类别(score、bands、veto.*、hysteresis、facts、override)")
    text: str


class ColorChange(BaseModel):
    enterprise_id: int
    name: str = Field(default="", description="企业名称")
    from_color: str | None = Field(description="企业现在显示的颜色")
    to_color: str = Field(description="按草案评定的颜色(防抖之前)")
    score: float = Field(description="按草案的得分")
    current_score: float | None = Field(default=None, description="按现行规则此刻的得分")
    current_rule_color: str | None = Field(default=None, description="按现行规则此刻评定的颜色(防抖之前)")
    held_back: bool = Field(description="改善会因防抖规则暂缓生效")
    overridden: bool = Field(default=False, description="正处于人工认定期间,显示颜色暂不变")
    by_rules: bool = Field(default=True, description="变化是否由草案引起(否则按现行规则重新评分也会变)")
    reasons: list[ChangeReason] = Field(default=[], description="变化的原因")


class ColorTransition(BaseModel):
    from_color: str | None
    to_color: str
    count: int


class ParameterChange(BaseModel):
    field: str
    label: str
    before: Any = None
    after: Any = None


class SimulateRead(BaseModel):
    against_version: int = Field(default=0, description="对比的现行规则版本(0 为出厂默认)")
    total: int = Field(description="试算的企业数(辖区内正常状态的企业)")
    changed: int = Field(description="颜色会变化的企业数")
    changed_by_rules: int = Field(default=0, description="其中由草案引起的(现行规则下不会变的)")
    transitions: list[ColorTransition] = Field(default=[], description="按“原颜色→新颜色”汇总")
    parameters: list[ParameterChange] = Field(default=[], description="草案相对现行规则修改的参数")
    changes: list[ColorChange] = Field(description="变化的企业(最多 limit 家)")


class InspectionDueRead(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    enterprise_id: int
    name: str
    color: str | None
    last_inspected_on: date | None
    interval_days: int
    due_on: date
    overdue: bool
