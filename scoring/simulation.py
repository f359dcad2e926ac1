"""Why a draft ruleset would recolour an enterprise, pure: two verdicts on the same facts in, Chinese reasons out.

The simulation (scoring.service.simulate) evaluates each enterprise twice, under the active ruleset and under the
draft, and compares the draft's colour with the colour the enterprise shows now. These functions say why they
differ: the score lines whose points moved, the bands, the vetoes that fire or stop firing, the hysteresis, and,
when the draft is not the cause, that the facts changed since the last scoring or a manual colour holds
(docs/decisions/074-simulation-explains-each-change.md). Also which parameters the draft changes.
"""

from dataclasses import dataclass
from typing import Any, Mapping

from scoring import rules
from scoring.rules import Verdict

COLOR_NAMES = {"green": "绿码", "yellow": "黄码", "red": "红码", None: "未评分"}

# Names of the ruleset's parameters as the console and the reasons show them.
PARAMETER_LABELS = {
    "name": "规则名称",
    "dimensions.systems.max": "制度建立满分", "dimensions.inspections.max": "检查结果满分",
    "dimensions.behaviour.max": "日常行为满分",
    "dimensions.systems.label": "制度建立维度名称", "dimensions.inspections.label": "检查结果维度名称",
    "dimensions.behaviour.label": "日常行为维度名称",
    "unverified_document_weight": "未核验文件得分比例",
    "personnel.managers_trained_points": "负责人和安全管理人员培训合格分值",
    "personnel.special_operators_points": "特种作业人员持证分值",
    "hazards.open_general": "每项未整改一般隐患扣分", "hazards.open_general_cap": "一般隐患扣分上限",
    "hazards.open_major": "每项未整改重大隐患扣分", "hazards.overdue_general": "每项逾期一般隐患扣分",
    "hazards.overdue_major": "每项逾期重大隐患扣分", "hazards.reinspection_failed": "每次复查不合格扣分",
    "hazards.timely_fix_window_days": "按期整改统计天数",
    "behaviour.self_inspection": "按计划自查分值", "behaviour.daily_report": "日常报送分值",
    "behaviour.campaign": "专项任务响应分值", "behaviour.timely_fix": "隐患按期整改分值",
    "fact_window_days": "否决事实计入天数",
    "bands.green": "绿码分数线", "bands.yellow": "黄码分数线",
    "hysteresis.upgrade_after_days": "好转后保持天数", "hysteresis.reinspection_upgrades": "复查通过立即好转",
    "inspection_interval_days.red": "红码检查间隔天数", "inspection_interval_days.yellow": "黄码检查间隔天数",
    "inspection_interval_days.green": "绿码检查间隔天数",
}
VETO_FIELD_LABELS = {"color": "颜色", "threshold": "阈值", "source": "依据"}


@dataclass(frozen=True)
class Reason:
    rule: str      # the breakdown line, veto or parameter it is about: "document.rules", "veto.overdue_hazard",
                   # "bands", "hysteresis", "facts", "override"
    text: str


def _color(value: str | None) -> str:
    return COLOR_NAMES.get(value, str(value))


def _bands_text(ruleset: Mapping[str, Any]) -> str:
    bands = ruleset["bands"]
    return f"绿码≥{bands['green']:g}、黄码≥{bands['yellow']:g}"


def _line_changes(current: Verdict, draft: Verdict) -> list[Reason]:
    before = {line.rule: line for line in current.breakdown}
    after = {line.rule: line for line in draft.breakdown}
    order = [line.rule for line in draft.breakdown] + [r for r in before if r not in after]
    reasons = []
    for rule in order:
        old, new = before.get(rule), after.get(rule)
        old_points, new_points = (old.points if old else 0), (new.points if new else 0)
        if abs(old_points - new_points) < 1e-9:
            continue
        label = (new or old).reason
        reasons.append(Reason(rule, f"{label}:{old_points:g} → {new_points:g} 分"))
    return reasons


def _veto_changes(current: Verdict, draft: Verdict) -> list[Reason]:
    before = {veto.rule: veto for veto in current.vetoes}
    after = {veto.rule: veto for veto in draft.vetoes}
    reasons = []
    for rule, veto in after.items():
        if rule not in before:
            reasons.append(Reason(f"veto.{rule}", f"否决项生效:{veto.reason}(至少{_color(veto.color)})"))
        elif before[rule].color != veto.color:
            reasons.append(Reason(f"veto.{rule}", f"否决项「{veto.reason}」由{_color(before[rule].color)}改为"
                                                  f"{_color(veto.color)}"))
    for rule, veto in before.items():
        if rule not in after:
            reasons.append(Reason(f"veto.{rule}", f"否决项不再适用:{veto.reason}"))
    return reasons


def explain(shown: str | None, overridden: bool, current: Verdict, draft: Verdict,
            current_rules: Mapping[str, Any], draft_rules: Mapping[str, Any]) -> list[Reason]:
    """Why the draft's colour (`draft.raw_color`) differs from the colour the enterprise shows (`shown`), given its
    verdict under the active ruleset (`current`) on the same facts, at the same moment."""
    reasons: list[Reason] = []
    if current.raw_color != draft.raw_color:
        if abs(current.score - draft.score) >= 1e-9:
            reasons.append(Reason("score", f"得分 {current.score:g} → {draft.score:g}"))
            reasons += _line_changes(current, draft)
        if current_rules["bands"] != draft_rules["bands"]:
            reasons.append(Reason("bands", f"分数线 {_bands_text(current_rules)} → {_bands_text(draft_rules)},"
                                           f"得分 {draft.score:g} 为{_color(rules.band(draft.score, draft_rules))}"))
        reasons += _veto_changes(current, draft)
    else:
        # The draft colours it as the active ruleset would today: what differs is the colour it shows now.
        if overridden:
            reasons.append(Reason("override", f"现为人工认定的{_color(shown)},认定到期后按规则显示"))
        elif shown is None:
            reasons.append(Reason("facts", f"尚未评分:按现行规则也为{_color(current.raw_color)}"))
        elif current.held_back:
            reasons.append(Reason("hysteresis", f"现行规则下也为{_color(current.raw_color)},"
                                                f"因好转需保持一段时间(防抖)仍显示{_color(shown)}"))
        else:
            reasons.append(Reason("facts", f"现行规则下重新评分也为{_color(current.raw_color)}:"
                                           f"上次评分后企业情况已有变化,下次评分即更新"))
    if draft.held_back and not any(r.rule in ("hysteresis", "override") for r in reasons):
        days = draft_rules["hysteresis"]["upgrade_after_days"]
        reasons.append(Reason("hysteresis", f"好转需保持 {days:g} 天才生效(防抖),启用后暂仍显示{_color(draft.color)}"))
    if overridden and not any(r.rule == "override" for r in reasons):
        reasons.append(Reason("override", f"人工认定的{_color(shown)}到期前,显示颜色不变"))
    return reasons


# -- what the draft changes --

def _flatten(ruleset: Mapping[str, Any]) -> dict[str, Any]:
    """Parameter path → value. Documents are keyed by their type, vetoes by their rule, so reordering is no change."""
    flat: dict[str, Any] = {}

    def walk(prefix: str, value: Any) -> None:
        if isinstance(value, Mapping):
            for key, inner in value.items():
                walk(f"{prefix}.{key}" if prefix else str(key), inner)
        else:
            flat[prefix] = value

    for key, value in ruleset.items():
        if key == "documents":
            for doc in value:
                flat[f"documents.{doc['doc_type']}.label"] = doc["label"]
                flat[f"documents.{doc['doc_type']}.points"] = doc["points"]
        elif key == "vetoes":
            for veto in value:
                for part in ("color", "threshold", "source"):
                    flat[f"vetoes.{veto['rule']}.{part}"] = veto.get(part)
        else:
            walk(key, value)
    return flat


def parameter_label(path: str, current: Mapping[str, Any], draft: Mapping[str, Any]) -> str:
    if path in PARAMETER_LABELS:
        return PARAMETER_LABELS[path]
    parts = path.split(".")
    if parts[0] == "documents":
        labels = {d["doc_type"]: d["label"] for d in [*current.get("documents", []), *draft.get("documents", [])]}
        return f"{labels.get(parts[1], parts[1])}{'名称' if parts[2] == 'label' else '分值'}"
    if parts[0] == "vetoes":
        return f"否决项「{rules.VETO_LABELS.get(parts[1], parts[1])}」{VETO_FIELD_LABELS.get(parts[2], parts[2])}"
    return path


def parameter_changes(current: Mapping[str, Any], draft: Mapping[str, Any]) -> list[dict]:
    """Every parameter whose value differs, in the draft's order: {field, label, before, after} (None where a
    document or veto exists on one side only)."""
    before, after = _flatten(current), _flatten(draft)
    order = list(after) + [path for path in before if path not in after]
    return [{"field": path, "label": parameter_label(path, current, draft), "before": before.get(path),
             "after": after.get(path)}
            for path in order if before.get(path) != after.get(path)]
