"""Presence of a street inspection: was the inspector's phone at the enterprise when the checklist was opened?

Pure (the standard library and core.errors). The policy is a setting (INSPECTION_PRESENCE_POLICY): `record` only
stores the distance and the verdict, `warn` also tells the inspector, `refuse` will not open the checklist
(docs/decisions/029-presence-policy.md)."""

from dataclasses import dataclass
from enum import StrEnum

from core.errors import InvalidInput


class Presence(StrEnum):
    NEAR = "near"
    FAR = "far"  # farther than the rule's max distance from the registered location
    UNKNOWN = "unknown"  # the phone sent no location, or the enterprise has none registered


class PresencePolicy(StrEnum):
    RECORD = "record"
    WARN = "warn"
    REFUSE = "refuse"


@dataclass(frozen=True)
class PresenceRule:
    policy: PresencePolicy = PresencePolicy.WARN
    max_distance_m: float = 500.0


def judge(rule: PresenceRule, phone_located: bool, distance_m: float | None) -> Presence:
    """The verdict for a street inspection; under `refuse`, a start from afar or without a location is 422.
    An enterprise without a registered location cannot be judged: unknown whatever the policy."""
    if not phone_located:
        if rule.policy == PresencePolicy.REFUSE:
            raise InvalidInput("请开启定位后在企业现场发起检查", code="LOCATION_REQUIRED",
                               detail=[{"field": "lat", "message": "必填"}, {"field": "lng", "message": "必填"}])
        return Presence.UNKNOWN
    if distance_m is None:
        return Presence.UNKNOWN
    if distance_m <= rule.max_distance_m:
        return Presence.NEAR
    if rule.policy == PresencePolicy.REFUSE:
        raise InvalidInput(f"当前位置距企业登记位置约 {round(distance_m)} 米,超过 {round(rule.max_distance_m)} 米,"
                           "请到企业现场发起检查", code="TOO_FAR_FROM_ENTERPRISE",
                           detail=[{"field": "lat", "distance_m": round(distance_m),
                                    "max_distance_m": rule.max_distance_m}])
    return Presence.FAR


def warning(rule: PresenceRule, presence: Presence | None, distance_m: float | None) -> str | None:
    """What the answer tells the inspector under `warn`; nothing otherwise."""
    if rule.policy != PresencePolicy.WARN:
        return None
    if presence == Presence.FAR:
        return f"当前位置距企业登记位置约 {round(distance_m)} 米,本次检查已记为“远离企业”"
    if presence == Presence.UNKNOWN:
        return "未能确认检查位置,本次检查已记为“位置未知”"
    return None
