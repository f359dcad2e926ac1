// The 评分规则 page's form: the ruleset body (scoring/ruleset.py RulesetBody) edited in place, checked here with the
// server's own limits so the clerk sees every mistake before a round trip; the server checks again
// (422 RULESET_INVALID, field by field). Kept out of the component so vitest checks it (tests/ruleset.test.js).

export const COLOR_NAMES = { green: "绿码", yellow: "黄码", red: "红码" };

// Labels of the numbers the form shows, by the body's path (the server's scoring/simulation.py PARAMETER_LABELS).
export const LABELS = {
  name: "规则名称",
  "dimensions.systems.max": "制度建立满分",
  "dimensions.inspections.max": "检查结果满分",
  "dimensions.behaviour.max": "日常行为满分",
  unverified_document_weight: "未核验文件得分比例",
  "personnel.managers_trained_points": "负责人和安全管理人员培训合格",
  "personnel.special_operators_points": "特种作业人员持证",
  "hazards.open_general": "每项未整改一般隐患扣分",
  "hazards.open_general_cap": "一般隐患扣分上限",
  "hazards.open_major": "每项未整改重大隐患扣分",
  "hazards.overdue_general": "每项逾期一般隐患扣分",
  "hazards.overdue_major": "每项逾期重大隐患扣分",
  "hazards.reinspection_failed": "每次复查不合格扣分",
  "hazards.timely_fix_window_days": "按期整改统计天数",
  "behaviour.self_inspection": "按计划自查",
  "behaviour.daily_report": "日常报送",
  "behaviour.campaign": "专项任务响应",
  "behaviour.timely_fix": "隐患按期整改",
  fact_window_days: "否决事实计入天数",
  "bands.green": "绿码分数线",
  "bands.yellow": "黄码分数线",
  "hysteresis.upgrade_after_days": "好转后保持天数",
  "hysteresis.reinspection_upgrades": "复查通过立即好转",
  "inspection_interval_days.red": "红码检查间隔(天)",
  "inspection_interval_days.yellow": "黄码检查间隔(天)",
  "inspection_interval_days.green": "绿码检查间隔(天)",
};

// The document types a ruleset may score (enterprises/models.py DocumentType), as the select shows them.
export const DOC_TYPE_LABELS = {
  responsibility: "全员安全生产责任制", appointment: "安全管理机构或安全员任命", rules: "安全生产规章制度",
  procedure: "岗位安全操作规程", training_record: "培训记录、档案", emergency_plan: "应急预案、应急处置卡",
  drill_record: "演练记录", hazard_ledger: "隐患排查治理制度和台账", investment_ledger: "安全投入台账",
  ppe_record: "劳动防护用品发放记录", fire_inspection: "消防设施检测、防火检查记录", other: "其他",
};

export const HAZARD_FIELDS = ["open_general", "open_general_cap", "open_major", "overdue_general", "overdue_major",
                              "reinspection_failed"];
export const BEHAVIOUR_FIELDS = ["self_inspection", "daily_report", "campaign", "timely_fix"];
export const DIMENSIONS = ["systems", "inspections", "behaviour"];
export const INTERVALS = ["red", "yellow", "green"];

const EPSILON = 1e-6;

/** A deep copy to edit: the form never changes the active ruleset it was opened from. */
export function draftFrom(body) {
  return JSON.parse(JSON.stringify(body));
}

const isNumber = (value) => typeof value === "number" && Number.isFinite(value);

function points(errors, field, value, { min = 0, max = 100, integer = false } = {}) {
  const label = LABELS[field] || field;
  if (!isNumber(value)) errors[field] = `请填写${label}`;
  else if (integer && !Number.isInteger(value)) errors[field] = `${label}应为整数`;
  else if (value < min) errors[field] = `${label}不能小于 ${min}`;
  else if (value > max) errors[field] = `${label}不能大于 ${max}`;
}

const sum = (values) => values.reduce((total, value) => total + (isNumber(value) ? value : 0), 0);

/** The 制度建立 points the form adds up: every document and the two personnel rules. */
export function systemsTotal(body) {
  return sum([...(body.documents || []).map((d) => d.points), body.personnel?.managers_trained_points,
              body.personnel?.special_operators_points]);
}

export function behaviourTotal(body) {
  return sum(BEHAVIOUR_FIELDS.map((key) => body.behaviour?.[key]));
}

export function dimensionsTotal(body) {
  return sum(DIMENSIONS.map((key) => body.dimensions?.[key]?.max));
}

/**
 * Field path → Chinese message for everything the server would refuse (scoring/ruleset.py); empty when the draft may
 * be simulated and saved. `vocabulary` is GET /scoring/rulesets/active's: the veto rules and document types.
 */
export function rulesetErrors(body, vocabulary = { veto_rules: [], document_types: [] }) {
  const errors = {};
  const name = (body.name || "").trim();
  if (!name) errors.name = "请填写规则名称";
  else if (name.length > 100) errors.name = "规则名称不超过100字";

  for (const key of DIMENSIONS) points(errors, `dimensions.${key}.max`, body.dimensions?.[key]?.max);
  if (Math.abs(dimensionsTotal(body) - 100) > EPSILON) {
    errors.dimensions = `三个维度的满分之和必须为 100(现为 ${fmt(dimensionsTotal(body))})`;
  }

  const documents = body.documents || [];
  if (!documents.length) errors.documents = "至少需要一项文件";
  const seen = new Set();
  documents.forEach((doc, i) => {
    if (!vocabulary.document_types.length || vocabulary.document_types.includes(doc.doc_type)) {
      if (seen.has(doc.doc_type)) errors[`documents.${i}.doc_type`] = "同一文件类型只能出现一次";
    } else {
      errors[`documents.${i}.doc_type`] = "请选择文件类型";
    }
    seen.add(doc.doc_type);
    const label = (doc.label || "").trim();
    if (!label) errors[`documents.${i}.label`] = "请填写文件名称";
    else if (label.length > 40) errors[`documents.${i}.label`] = "文件名称不超过40字";
    const field = `documents.${i}.points`;
    if (!isNumber(doc.points)) errors[field] = "请填写分值";
    else if (doc.points < 0 || doc.points > 100) errors[field] = "分值应在 0 到 100 之间";
  });
  points(errors, "unverified_document_weight", body.unverified_document_weight, { max: 1 });
  points(errors, "personnel.managers_trained_points", body.personnel?.managers_trained_points);
  points(errors, "personnel.special_operators_points", body.personnel?.special_operators_points);
  const systemsMax = body.dimensions?.systems?.max;
  if (isNumber(systemsMax) && Math.abs(systemsTotal(body) - systemsMax) > EPSILON) {
    errors.systems = `制度建立各项分值之和 ${fmt(systemsTotal(body))} 与维度满分 ${fmt(systemsMax)} 不一致`;
  }

  for (const key of HAZARD_FIELDS) points(errors, `hazards.${key}`, body.hazards?.[key]);
  points(errors, "hazards.timely_fix_window_days", body.hazards?.timely_fix_window_days,
         { min: 1, max: 3650, integer: true });

  for (const key of BEHAVIOUR_FIELDS) points(errors, `behaviour.${key}`, body.behaviour?.[key]);
  const behaviourMax = body.dimensions?.behaviour?.max;
  if (isNumber(behaviourMax) && Math.abs(behaviourTotal(body) - behaviourMax) > EPSILON) {
    errors.behaviour = `日常行为各项分值之和 ${fmt(behaviourTotal(body))} 与维度满分 ${fmt(behaviourMax)} 不一致`;
  }

  const known = Object.fromEntries((vocabulary.veto_rules || []).map((v) => [v.rule, v]));
  const rules = new Set();
  (body.vetoes || []).forEach((veto, i) => {
    const info = known[veto.rule];
    if (!info) errors[`vetoes.${i}.rule`] = "请选择否决规则";
    else if (rules.has(veto.rule)) errors[`vetoes.${i}.rule`] = "同一否决规则只需一条";
    rules.add(veto.rule);
    if (!["red", "yellow"].includes(veto.color)) errors[`vetoes.${i}.color`] = "否决颜色只能为红码或黄码";
    if (info?.needs_threshold) {
      if (!isNumber(veto.threshold)) errors[`vetoes.${i}.threshold`] = "该否决规则需要填写阈值";
      else if (veto.threshold < 0) errors[`vetoes.${i}.threshold`] = "阈值不能小于 0";
    }
  });

  points(errors, "fact_window_days", body.fact_window_days, { min: 1, max: 3650, integer: true });
  points(errors, "bands.green", body.bands?.green);
  points(errors, "bands.yellow", body.bands?.yellow);
  if (isNumber(body.bands?.green) && isNumber(body.bands?.yellow) && body.bands.green <= body.bands.yellow) {
    errors.bands = "绿码分数线必须高于黄码分数线";
  }
  points(errors, "hysteresis.upgrade_after_days", body.hysteresis?.upgrade_after_days,
         { min: 0, max: 3650, integer: true });
  for (const key of INTERVALS) {
    points(errors, `inspection_interval_days.${key}`, body.inspection_interval_days?.[key],
           { min: 1, max: 3650, integer: true });
  }
  return errors;
}

/** The body to send: names trimmed, a threshold only where the rule needs one (the server keeps it as given). */
export function rulesetBody(body, vocabulary = { veto_rules: [] }) {
  const needs = new Set((vocabulary.veto_rules || []).filter((v) => v.needs_threshold).map((v) => v.rule));
  const out = draftFrom(body);
  out.name = (out.name || "").trim();
  out.documents = out.documents.map((d) => ({ ...d, label: (d.label || "").trim() }));
  out.vetoes = out.vetoes.map((v) => {
    const veto = { rule: v.rule, color: v.color, source: (v.source || "").trim() };
    if (needs.has(v.rule) || isNumber(v.threshold)) veto.threshold = v.threshold;
    return veto;
  });
  return out;
}

/** The server's field-by-field refusal (ApiError.detail) as the same field → message map as rulesetErrors. */
export function serverErrors(error) {
  const out = {};
  for (const item of Array.isArray(error?.detail) ? error.detail : []) {
    if (item && item.field) out[item.field] = item.message;
  }
  return out;
}

/** "黄码 → 红码 3 家" lines of a simulation's summary. */
export function transitionLines(simulation) {
  return (simulation?.transitions || []).map((t) =>
    `${COLOR_NAMES[t.from_color] || "未评分"} → ${COLOR_NAMES[t.to_color] || t.to_color} ${t.count} 家`);
}

export function fmt(value) {
  if (!isNumber(value)) return "—";
  return String(Math.round(value * 100) / 100);
}

/** A parameter's before/after as the simulation lists it. */
export function showValue(value) {
  if (value === null || value === undefined) return "(无)";
  if (value === true) return "是";
  if (value === false) return "否";
  if (COLOR_NAMES[value]) return COLOR_NAMES[value];
  return String(value);
}
