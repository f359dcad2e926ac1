"""API shapes of the risk colour."""

from datetime import date, datetime
from typing import Any

from core.types import WriteModel
from pydantic import BaseModel, ConfigDict, Field


class BreakdownLine(BaseModel):
    dimension: str
    rule: str
    points: float
    reason: str


class VetoRead(BaseModel):
    rule: str
    color: str
    reason: str


class AdviceRead(BaseModel):
    action: str
    gain: float
    lifts: str = ""


class RiskRead(BaseModel):
    """The latest verdict; all null fields when the enterprise has not been scored yet."""

    model_config = ConfigDict(from_attributes=True)

    color: str | None = None
    score: float | None = None
    breakdown: list[BreakdownLine] = []
    vetoes: list[VetoRead] = []
    advice: list[AdviceRead] = []
    ruleset_version: int | None = None
    scored_at: datetime | None = None


class RiskHistoryItem(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    color: str
    score: float
    ruleset_version: int
    scored_at: datetime
    vetoes: list[VetoRead] = []


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
