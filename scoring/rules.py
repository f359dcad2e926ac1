"""The risk colour, pure: facts about one enterprise in, an explainable verdict out.

Every number (points, deductions, thresholds, bands, hold times) comes from the ruleset body, a plain dict validated
by scoring.ruleset. This module knows only the names of the rules. Time comes in as `now`.
Sources: domain.md §3 (制度建立 indicators) and §5 (recommended scoring model, vetoes, bands).
"""

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any, Mapping

from core.identity import RiskColor

SYSTEMS, INSPECTIONS, BEHAVIOUR = "systems", "inspections", "behaviour"
COLOR_RANK = {RiskColor.GREEN: 0, RiskColor.YELLOW: 1, RiskColor.RED: 2}


@dataclass(frozen=True)
class RecordedFact:
    """A fact staff recorded about the enterprise (scoring.facts), as its veto explains it."""

    id: int
    kind: str
    occurred_on: date
    reason: str


# The veto each kind of recorded fact sets (names of VETO_RULES below).
FACT_VETOES = {"accident": "fatal_accident_12m", "concealed_accident": "concealed_accident",
               "dishonest": "serious_dishonesty_listed", "unlicensed": "unlicensed_operation",
               "refused_inspection": "refused_inspection"}
FACT_LABELS = {"accident": "生产安全事故", "concealed_accident": "瞒报、谎报事故", "dishonest": "列入严重失信主体名单",
               "unlicensed": "无证经营", "refused_inspection": "拒绝、阻碍监督检查"}


def facts_in_force(recorded: tuple[RecordedFact, ...], today: date, window_days: int) -> tuple[RecordedFact, ...]:
    """The unrevoked facts that still count: those that occurred within the window (the last 12 months by
    default), and not in the future."""
    return tuple(f for f in recorded if today - timedelta(days=window_days) < f.occurred_on <= today)


def fact_flags(recorded: tuple[RecordedFact, ...]) -> dict[str, bool]:
    """The Facts flags the recorded facts set, e.g. an accident sets fatal_accident_12m."""
    return {FACT_VETOES[f.kind]: True for f in recorded}


@dataclass(frozen=True)
class Facts:
    """One enterprise as plain numbers and dates, gathered by scoring.service."""

    enterprise_id: int = 0
    # A document counts with an attached file, an issue date and before the day it expires; not when rejected.
    valid_documents: frozenset[str] = frozenset()      # doc types with at least one document that counts
    unverified_documents: frozenset[str] = frozenset()  # of those, types whose counting documents none verified
    expired_documents: frozenset[str] = frozenset()    # doc types present but all expired
    incomplete_documents: frozenset[str] = frozenset()  # present, not expired, but no file or date, or rejected
    managers_certified: int = 0                         # principal / safety managers with a valid certificate
    certificates_total: int = 0
    certificates_expired: int = 0
    special_work_exists: bool = False                   # special equipment or special processes declared
    special_operators_certified: int = 0
    special_operators_uncertified: int = 0              # special/equipment operators without a valid certificate
    open_general: int = 0
    open_major: int = 0
    overdue_general: int = 0
    overdue_major: int = 0
    max_overdue_days: int = 0
    overdue_hazard_ids: tuple[int, ...] = ()
    open_major_hazard_ids: tuple[int, ...] = ()
    reinspections_failed: int = 0
    closed_on_time: int = 0                             # in the ruleset's timely-fix window
    closed_late: int = 0
    self_inspections_due: int = 0
    self_inspections_done: int = 0
    daily_reports_due: int = 0
    daily_reports_filed: int = 0
    campaign_tasks_due: int = 0
    campaign_tasks_answered: int = 0
    days_since_last_inspection: int | None = None
    # Flags from the facts staff record (recorded_facts, fact_flags); penalties are not gathered yet.
    recorded_facts: tuple[RecordedFact, ...] = ()
    fatal_accident_12m: bool = False
    concealed_accident: bool = False
    serious_dishonesty_listed: bool = False
    unlicensed_operation: bool = False
    refused_inspection: bool = False
    uncertified_operator_found_12m: bool = False
    administrative_penalties_12m: int = 0
    # Hysteresis state, from the last stored verdict.
    previous_color: str | None = None
    previous_color_since: datetime | None = None
    improving_since: datetime | None = None
    verified_reinspection_since: bool = False


@dataclass(frozen=True)
class Line:
    dimension: str
    rule: str
    points: float
    reason: str


@dataclass(frozen=True)
class Veto:
    rule: str
    color: str
    reason: str
    source: str = ""                          # the regulation or document the ruleset cites for it
    facts: tuple[RecordedFact, ...] = ()      # the recorded facts that set it, if any


@dataclass(frozen=True)
class Advice:
    action: str
    gain: float        # points it would add
    lifts: str = ""    # the veto colour it would lift, if any
    rule: str = ""     # the breakdown line or veto it answers (every rule that costs points has advice)


@dataclass
class Verdict:
    score: float
    color: str
    raw_color: str                       # the colour before hysteresis
    improving_since: datetime | None     # carried forward for the next evaluation
    breakdown: list[Line] = field(default_factory=list)
    vetoes: list[Veto] = field(default_factory=list)
    advice: list[Advice] = field(default_factory=list)
    held_back: bool = False              # a better colour is being held back by hysteresis


def _ratio(done: int, due: int) -> float:
    return 1.0 if due <= 0 else max(0.0, min(1.0, done / due))


# -- 制度建立 (systems) --

def rule_documents(facts: Facts, ruleset: Mapping[str, Any]) -> tuple[list[Line], list[Advice]]:
    """Each typed safety document with its file, its date and in its validity earns its points, a document the
    street has not verified yet the ruleset's share of them (domain.md §3 indicators 1-4, 6, 8-12,
    安全生产法 第二十一条, 陕西条例 第十二条)."""
    weight = ruleset["unverified_document_weight"]
    lines, advice = [], []
    for item in ruleset["documents"]:
        doc_type, label, pts = item["doc_type"], item["label"], item["points"]
        rule = f"document.{doc_type}"
        if doc_type in facts.valid_documents and doc_type not in facts.unverified_documents:
            lines.append(Line(SYSTEMS, rule, pts, f"{label}在有效期内，已核验"))
            continue
        if doc_type in facts.valid_documents:
            earned = round(pts * weight, 2)
            lines.append(Line(SYSTEMS, rule, earned, f"{label}在有效期内，待街道核验"))
            if earned < pts:
                advice.append(Advice(f"请街道核验{label} +{pts - earned:g}", round(pts - earned, 2), rule=rule))
            continue
        if doc_type in facts.expired_documents:
            reason = f"{label}已过期"
        elif doc_type in facts.incomplete_documents:
            reason = f"{label}缺少附件或日期，或未通过核验"
        else:
            reason = f"未上传{label}"
        lines.append(Line(SYSTEMS, rule, 0, reason))
        advice.append(Advice(f"上传有效期内的{label} +{pts:g}", pts, rule=rule))
    return lines, advice


def rule_managers_trained(facts: Facts, ruleset: Mapping[str, Any]) -> tuple[list[Line], list[Advice]]:
    """主要负责人和安全管理人员培训合格 (domain.md §3 indicator 5, 《生产经营单位安全培训规定》)."""
    pts = ruleset["personnel"]["managers_trained_points"]
    if facts.managers_certified > 0:
        return [Line(SYSTEMS, "personnel.managers_trained", pts, "主要负责人或安全管理人员持有效培训证书")], []
    return ([Line(SYSTEMS, "personnel.managers_trained", 0, "无主要负责人或安全管理人员的有效培训证书")],
            [Advice(f"上传主要负责人或安全管理人员的有效培训合格证书 +{pts:g}", pts,
                    rule="personnel.managers_trained")])


def rule_special_operators(facts: Facts, ruleset: Mapping[str, Any]) -> tuple[list[Line], list[Advice]]:
    """特种作业/特种设备作业人员持证在有效期 (domain.md §3 indicator 7, 安全生产法 第三十条). Enterprises without
    special work earn the points."""
    pts = ruleset["personnel"]["special_operators_points"]
    if not facts.special_work_exists:
        return [Line(SYSTEMS, "personnel.special_operators", pts, "无特种作业或特种设备")], []
    if facts.special_operators_certified > 0 and facts.special_operators_uncertified == 0:
        return [Line(SYSTEMS, "personnel.special_operators", pts, "特种作业人员均持有效证件")], []
    reason = (f"{facts.special_operators_uncertified}名特种作业人员无有效证件" if facts.special_operators_uncertified
              else "有特种设备或特种作业但未登记持证人员")
    return ([Line(SYSTEMS, "personnel.special_operators", 0, reason)],
            [Advice(f"为特种作业人员取得并上传有效操作证 +{pts:g}", pts, rule="personnel.special_operators")])


# -- 检查结果 (inspections and hazards) --

def rule_hazard_deductions(facts: Facts, ruleset: Mapping[str, Any]) -> tuple[list[Line], list[Advice]]:
    """Start at the dimension maximum and deduct per open hazard by severity, per overdue hazard and per failed
    re-inspection, floored at 0 (domain.md §5 检查结果: 一般 −2 each capped, 逾期 −5, 复查不合格 −3)."""
    h = ruleset["hazards"]
    top = ruleset["dimensions"][INSPECTIONS]["max"]
    lines = [Line(INSPECTIONS, "hazards.base", top, "检查结果基础分")]
    general = min(facts.open_general * h["open_general"], h["open_general_cap"])
    items = [("hazards.open_general", general, f"{facts.open_general}项一般隐患未整改"),
             ("hazards.open_major", facts.open_major * h["open_major"], f"{facts.open_major}项重大隐患未整改"),
             ("hazards.overdue_general", facts.overdue_general * h["overdue_general"],
              f"{facts.overdue_general}项一般隐患逾期未整改"),
             ("hazards.overdue_major", facts.overdue_major * h["overdue_major"],
              f"{facts.overdue_major}项重大隐患逾期未整改"),
             ("hazards.reinspection_failed", facts.reinspections_failed * h["reinspection_failed"],
              f"{facts.reinspections_failed}次复查不合格")]
    remaining, taken_by = top, {}
    for rule, deduction, reason in items:
        taken = min(deduction, remaining)  # the dimension never goes below zero
        if taken > 0:
            lines.append(Line(INSPECTIONS, rule, -taken, reason))
            remaining -= taken
            taken_by[rule] = taken
    return lines, _hazard_advice(facts, h, taken_by)


def _hazard_advice(facts: Facts, h: Mapping[str, Any], taken_by: dict[str, float]) -> list[Advice]:
    """What wins back each deduction: the overdue and major hazards by number, the rest as a count."""
    advice = [Advice(f"整改逾期隐患 #{hid} +{h['overdue_general']:g}", h["overdue_general"],
                     rule="hazards.overdue_general")
              for hid in facts.overdue_hazard_ids if hid not in facts.open_major_hazard_ids]
    advice += [Advice(f"整改重大隐患 #{hid} +{h['open_major']:g}", h["open_major"], rule="hazards.open_major")
               for hid in facts.open_major_hazard_ids]
    if "hazards.open_general" in taken_by:
        gain = taken_by["hazards.open_general"]
        advice.append(Advice(f"完成{facts.open_general}项一般隐患的整改并通过复查 +{gain:g}", gain,
                             rule="hazards.open_general"))
    if "hazards.overdue_major" in taken_by:
        gain = taken_by["hazards.overdue_major"]
        advice.append(Advice(f"整改{facts.overdue_major}项逾期的重大隐患 +{gain:g}", gain, rule="hazards.overdue_major"))
    if "hazards.reinspection_failed" in taken_by:
        advice.append(Advice(f"整改到位后再提交复查：近期{facts.reinspections_failed}次复查不合格，期满后不再扣分", 0,
                             rule="hazards.reinspection_failed"))
    return advice


# -- 日常行为 (daily behaviour) --

def rule_behaviour(facts: Facts, ruleset: Mapping[str, Any]) -> tuple[list[Line], list[Advice]]:
    """Points in proportion to what was done on schedule: self-inspections, daily reports, campaign answers and
    hazards closed by their deadline; nothing due earns full points (domain.md §5 日常行为 10/5/5/5)."""
    b = ruleset["behaviour"]
    closed = facts.closed_on_time + facts.closed_late
    parts = [("behaviour.self_inspection", b["self_inspection"], facts.self_inspections_done,
              facts.self_inspections_due, "按计划自查", "按时完成自查"),
             ("behaviour.daily_report", b["daily_report"], facts.daily_reports_filed, facts.daily_reports_due,
              "日常报送", "按时提交日常报送"),
             ("behaviour.campaign", b["campaign"], facts.campaign_tasks_answered, facts.campaign_tasks_due,
              "专项任务响应", "答复专项任务"),
             ("behaviour.timely_fix", b["timely_fix"], facts.closed_on_time, closed, "隐患按期整改",
              "在整改期限内提交整改")]
    lines, advice = [], []
    for rule, pts, done, due, label, action in parts:
        earned = round(pts * _ratio(done, due), 2)
        lines.append(Line(BEHAVIOUR, rule, earned, f"{label} {done}/{due}" if due else f"{label}：无应完成项"))
        if action and earned < pts:
            advice.append(Advice(f"{action}（{done}/{due}） +{pts - earned:g}", round(pts - earned, 2), rule=rule))
    return lines, advice


SCORE_RULES = (rule_documents, rule_managers_trained, rule_special_operators, rule_hazard_deductions, rule_behaviour)


# -- vetoes: each returns a reason when it fires (names referenced by ruleset["vetoes"][*]["rule"]) --

def veto_open_major_hazard(facts: Facts, spec: Mapping[str, Any]) -> str | None:
    """An open 重大事故隐患 makes the enterprise red (domain.md §5, 10号令)."""
    return f"存在{facts.open_major}项未整改的重大隐患" if facts.open_major > 0 else None


def veto_hazard_overdue_long(facts: Facts, spec: Mapping[str, Any]) -> str | None:
    """Any hazard overdue by more than the threshold days (domain.md §5: >30 days → red)."""
    limit = spec["threshold"]
    return f"隐患逾期超过{limit:g}天" if facts.max_overdue_days > limit else None


def veto_overdue_hazard(facts: Facts, spec: Mapping[str, Any]) -> str | None:
    """Any overdue hazard caps the colour (domain.md §5 forced yellow: 一般隐患逾期)."""
    overdue = facts.overdue_general + facts.overdue_major
    return f"{overdue}项隐患逾期未整改" if overdue > 0 else None


def veto_uncertified_special_operator(facts: Facts, spec: Mapping[str, Any]) -> str | None:
    """特种作业人员未持证上岗 is a 重大事故隐患 (domain.md §3 indicator 7, 10号令 第三条)."""
    if facts.special_work_exists and facts.special_operators_uncertified > 0:
        return f"{facts.special_operators_uncertified}名特种作业人员无有效证件"
    return None


def veto_uncertified_found_12m(facts: Facts, spec: Mapping[str, Any]) -> str | None:
    """特种作业无证 found in the last 12 months, even if fixed (domain.md §5 forced yellow)."""
    return "12个月内发现特种作业人员无证上岗" if facts.uncertified_operator_found_12m else None


def veto_administrative_penalties(facts: Facts, spec: Mapping[str, Any]) -> str | None:
    """Repeated administrative penalties in 12 months (domain.md §5 forced yellow: ≥2 行政处罚)."""
    limit = spec["threshold"]
    n = facts.administrative_penalties_12m
    return f"12个月内受到{n}次行政处罚" if n >= limit else None


def _flag(attr: str, reason: str):
    """A veto set by a flag; when recorded facts set it, the reason names them (date and reason)."""
    def check(facts: Facts, spec: Mapping[str, Any]) -> str | None:
        if not getattr(facts, attr):
            return None
        named = [f"{f.occurred_on.isoformat()} {f.reason}" for f in facts.recorded_facts if FACT_VETOES[f.kind] == attr]
        return f"{reason}（{'；'.join(named)}）" if named else reason
    check.__doc__ = f"{reason} (domain.md §5 一票否决, 应急管理部令第11号)."
    return check


VETO_RULES = {
    "open_major_hazard": veto_open_major_hazard,
    "hazard_overdue_long": veto_hazard_overdue_long,
    "overdue_hazard": veto_overdue_hazard,
    "uncertified_special_operator": veto_uncertified_special_operator,
    "uncertified_found_12m": veto_uncertified_found_12m,
    "administrative_penalties": veto_administrative_penalties,
    "fatal_accident_12m": _flag("fatal_accident_12m", "12个月内发生生产安全事故"),
    "concealed_accident": _flag("concealed_accident", "瞒报、谎报事故"),
    "serious_dishonesty_listed": _flag("serious_dishonesty_listed", "列入安全生产严重失信主体名单"),
    "unlicensed_operation": _flag("unlicensed_operation", "无证或许可暂扣期间生产经营"),
    "refused_inspection": _flag("refused_inspection", "拒绝、阻碍监督检查"),
}
# What each veto is called where a person chooses or reads one (the console's form, the simulation's reasons).
VETO_LABELS = {
    "open_major_hazard": "存在未整改的重大隐患",
    "hazard_overdue_long": "隐患逾期超过阈值天数",
    "overdue_hazard": "有逾期未整改的隐患",
    "uncertified_special_operator": "特种作业人员无有效证件",
    "uncertified_found_12m": "12个月内发现特种作业无证上岗",
    "administrative_penalties": "12个月内行政处罚达到阈值次数",
    "fatal_accident_12m": "12个月内发生生产安全事故",
    "concealed_accident": "瞒报、谎报事故",
    "serious_dishonesty_listed": "列入安全生产严重失信主体名单",
    "unlicensed_operation": "无证或许可暂扣期间生产经营",
    "refused_inspection": "拒绝、阻碍监督检查",
}
VETO_NEEDS_THRESHOLD = frozenset({"hazard_overdue_long", "administrative_penalties"})


def band(score: float, ruleset: Mapping[str, Any]) -> str:
    """Bands from the ruleset (domain.md §5: green ≥ 85, yellow 70–84, red below)."""
    bands = ruleset["bands"]
    if score >= bands["green"]:
        return RiskColor.GREEN
    return RiskColor.YELLOW if score >= bands["yellow"] else RiskColor.RED


def worse(a: str, b: str) -> str:
    return a if COLOR_RANK[a] >= COLOR_RANK[b] else b


def apply_hysteresis(raw: str, facts: Facts, ruleset: Mapping[str, Any], now: datetime) -> tuple[str, datetime | None]:
    """A colour gets worse at once; it gets better only after the better colour has held for the configured days,
    or at once after a verified re-inspection (domain.md §5: downgrade immediately, upgrade after ≥3 months clean).
    Returns the colour to show and since when a better colour has been pending."""
    previous = facts.previous_color
    if previous is None or COLOR_RANK[raw] >= COLOR_RANK[previous]:
        return raw, None
    hold = ruleset["hysteresis"]
    if hold["reinspection_upgrades"] and facts.verified_reinspection_since:
        return raw, None
    since = facts.improving_since or now
    if (now - since).total_seconds() >= hold["upgrade_after_days"] * 86400:
        return raw, None
    return previous, since


def evaluate(facts: Facts, ruleset: Mapping[str, Any], now: datetime) -> Verdict:
    """Score the three dimensions, fire the vetoes, band the score, then apply the hysteresis (domain.md §5)."""
    breakdown: list[Line] = []
    advice: list[Advice] = []
    for rule in SCORE_RULES:
        lines, more = rule(facts, ruleset)
        breakdown += lines
        advice += more
    score = round(max(0.0, min(100.0, sum(line.points for line in breakdown))), 2)
    vetoes = []
    for spec in ruleset["vetoes"]:
        reason = VETO_RULES[spec["rule"]](facts, spec)
        if reason:
            evidence = tuple(f for f in facts.recorded_facts if FACT_VETOES[f.kind] == spec["rule"])
            vetoes.append(Veto(spec["rule"], RiskColor(spec["color"]), reason, spec.get("source", ""), evidence))
    raw = band(score, ruleset)
    for veto in vetoes:
        raw = worse(raw, veto.color)
    color, improving_since = apply_hysteresis(raw, facts, ruleset, now)
    advice = _veto_advice(facts, vetoes, ruleset) + sorted(advice, key=lambda a: -a.gain)
    return Verdict(score=score, color=color, raw_color=raw, improving_since=improving_since, breakdown=breakdown,
                   vetoes=vetoes, advice=advice, held_back=color != raw)


_LIFT_NAMES = {RiskColor.RED: "解除红码", RiskColor.YELLOW: "解除黄码限制"}


def _veto_advice(facts: Facts, vetoes: list[Veto], ruleset: Mapping[str, Any]) -> list[Advice]:
    """Actions that lift a veto come first, red before yellow, naming the hazards when the facts carry them."""
    out = []
    for veto in sorted(vetoes, key=lambda v: -COLOR_RANK[v.color]):
        lift = _LIFT_NAMES.get(veto.color, "")
        if veto.rule == "open_major_hazard" and facts.open_major_hazard_ids:
            out += [Advice(f"整改重大隐患 #{hid} {lift}", 0, veto.color, veto.rule) for hid in facts.open_major_hazard_ids]
        elif veto.rule in ("overdue_hazard", "hazard_overdue_long") and facts.overdue_hazard_ids:
            out += [Advice(f"整改逾期隐患 #{hid} {lift}", 0, veto.color, veto.rule) for hid in facts.overdue_hazard_ids]
        elif veto.rule == "uncertified_special_operator":
            out.append(Advice(f"为特种作业人员取得有效操作证 {lift}", 0, veto.color, veto.rule))
        elif veto.facts:
            window = timedelta(days=ruleset["fact_window_days"])
            out += [Advice(f"{FACT_LABELS[f.kind]}记录 #{f.id}（{f.occurred_on.isoformat()}）自"
                           f"{(f.occurred_on + window).isoformat()}起不再计入，记录有误可请街道撤销 {lift}", 0, veto.color,
                           veto.rule)
                    for f in veto.facts]
        else:
            out.append(Advice(f"消除：{veto.reason}", 0, veto.color, veto.rule))
    seen, unique = set(), []
    for item in out:
        if item.action not in seen:
            seen.add(item.action)
            unique.append(item)
    return unique

