"""The ruleset schema: a ruleset is versioned JSON data, validated here before it is stored or simulated."""

import json
from functools import cache
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from core.errors import VALIDATION_MESSAGES, InvalidInput
from enterprises.models import DocumentType
from scoring import rules
from scoring.simulation import PARAMETER_LABELS

Color = Literal["red", "yellow", "green"]
Points = Field(ge=0, le=100)
_DEFAULT = Path(__file__).with_name("default_ruleset.json")


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Dimension(_Strict):
    label: str = Field(min_length=1, max_length=20)
    max: float = Points


class Dimensions(_Strict):
    systems: Dimension
    inspections: Dimension
    behaviour: Dimension


class DocumentRule(_Strict):
    doc_type: DocumentType
    label: str = Field(min_length=1, max_length=40)
    points: float = Points


class PersonnelRules(_Strict):
    managers_trained_points: float = Points
    special_operators_points: float = Points


class HazardRules(_Strict):
    open_general: float = Points
    open_general_cap: float = Points
    open_major: float = Points
    overdue_general: float = Points
    overdue_major: float = Points
    reinspection_failed: float = Points
    timely_fix_window_days: int = Field(ge=1, le=3650)


class BehaviourRules(_Strict):
    self_inspection: float = Points
    daily_report: float = Points
    campaign: float = Points
    timely_fix: float = Points


class VetoRule(_Strict):
    rule: str
    color: Literal["red", "yellow"]
    threshold: float | None = Field(default=None, ge=0)
    source: str = ""

    @model_validator(mode="after")
    def known_rule(self):
        if self.rule not in rules.VETO_RULES:
            raise ValueError(f"未知的否决规则 {self.rule}，可用：{', '.join(sorted(rules.VETO_RULES))}")
        if self.rule in rules.VETO_NEEDS_THRESHOLD and self.threshold is None:
            raise ValueError(f"否决规则 {self.rule} 需要 threshold")
        return self


class Bands(_Strict):
    green: float = Points
    yellow: float = Points

    @model_validator(mode="after")
    def ordered(self):
        if self.green <= self.yellow:
            raise ValueError("绿码分数线必须高于黄码分数线")
        return self


class Hysteresis(_Strict):
    upgrade_after_days: int = Field(ge=0, le=3650)
    reinspection_upgrades: bool


class InspectionIntervals(_Strict):
    red: int = Field(ge=1, le=3650)
    yellow: int = Field(ge=1, le=3650)
    green: int = Field(ge=1, le=3650)


class RulesetBody(_Strict):
    name: str = Field(min_length=1, max_length=100)
    dimensions: Dimensions
    documents: list[DocumentRule] = Field(min_length=1)
    # A document the street has not verified earns this share of its points (added later: stored rulesets
    # without it take the default).
    unverified_document_weight: float = Field(default=0.5, ge=0, le=1)
    personnel: PersonnelRules
    hazards: HazardRules
    behaviour: BehaviourRules
    vetoes: list[VetoRule]
    # How long a recorded fact (an accident, a refused inspection...) sets its veto after it occurred.
    fact_window_days: int = Field(default=365, ge=1, le=3650)
    bands: Bands
    hysteresis: Hysteresis
    inspection_interval_days: InspectionIntervals

    @model_validator(mode="after")
    def totals_add_up(self):
        """The dimensions add to 100 and each dimension's parts add to its maximum (domain.md §5 30/45/25)."""
        dims = self.dimensions
        if abs(dims.systems.max + dims.inspections.max + dims.behaviour.max - 100) > 1e-6:
            raise ValueError("三个维度的满分之和必须为 100")
        systems = sum(d.points for d in self.documents) + self.personnel.managers_trained_points \
            + self.personnel.special_operators_points
        if abs(systems - dims.systems.max) > 1e-6:
            raise ValueError(f"制度建立各项分值之和 {systems:g} 与维度满分 {dims.systems.max:g} 不一致")
        b = self.behaviour
        if abs(b.self_inspection + b.daily_report + b.campaign + b.timely_fix - dims.behaviour.max) > 1e-6:
            raise ValueError("日常行为各项分值之和与维度满分不一致")
        types = [d.doc_type for d in self.documents]
        if len(types) != len(set(types)):
            raise ValueError("同一文件类型只能出现一次")
        return self


def _message(err: dict) -> str:
    """A Chinese message for one validation error: our own rules' text, the bound that was crossed, or the
    shared table of core.errors."""
    kind, ctx = err["type"], err.get("ctx") or {}
    if kind == "value_error":
        return str(ctx.get("error", err["msg"])).removeprefix("Value error, ")
    bounds = {"greater_than_equal": ("ge", "不能小于"), "less_than_equal": ("le", "不能大于"),
              "greater_than": ("gt", "须大于"), "less_than": ("lt", "须小于")}
    if kind in bounds and bounds[kind][0] in ctx:
        key, words = bounds[kind]
        bound = ctx[key]
        return f"{words} {bound:g}" if isinstance(bound, int | float) else f"{words} {bound}"
    if kind == "too_short" and "min_length" in ctx:
        return f"至少需要 {ctx['min_length']} 项"
    if kind == "string_too_short":
        return "不能为空"
    if kind == "string_too_long" and "max_length" in ctx:
        return f"不超过 {ctx['max_length']} 个字"
    if kind in ("literal_error", "enum"):
        return "取值不在允许范围内"
    return VALIDATION_MESSAGES.get(kind, "格式不正确")


def validate_body(body: Any) -> dict:
    """Validate a ruleset body; bad ones are InvalidInput (422) listing the fields at fault, in Chinese."""
    try:
        return RulesetBody.model_validate(body).model_dump(mode="json")
    except ValidationError as exc:
        fields = [{"field": ".".join(str(p) for p in err["loc"]) or "body", "message": _message(err)}
                  for err in exc.errors()]
        first = fields[0]
        label = "" if first["field"] == "body" else PARAMETER_LABELS.get(first["field"], first["field"]) + " "
        raise InvalidInput(f"评分规则不合法:{label}{first['message']}" if len(fields) == 1
                           else f"评分规则不合法:{len(fields)} 处需要修改", code="RULESET_INVALID",
                           detail=fields) from None


@cache
def _default_text() -> str:
    return _DEFAULT.read_text(encoding="utf-8")


def default_body() -> dict:
    """The shipped default ruleset (domain.md §3 and §5), validated."""
    return validate_body(json.loads(_default_text()))


def vocabulary() -> dict:
    """What a ruleset may name, for the console's form: each veto rule with its label and whether it needs a
    threshold, and the document types (the form's choices; validate_body refuses anything else)."""
    return {"veto_rules": [{"rule": rule, "label": rules.VETO_LABELS.get(rule, rule),
                            "needs_threshold": rule in rules.VETO_NEEDS_THRESHOLD} for rule in rules.VETO_RULES],
            "document_types": [t.value for t in DocumentType]}
