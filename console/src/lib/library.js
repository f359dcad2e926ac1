// The forms of the library pages (检查项库, 检查模板), 专项任务's publishing and 日常报送's form: their Chinese
// validation messages and the request bodies they make, kept out of the components so vitest checks them. Limits
// mirror the API's (inspections/schemas.py CheckItemCreate/Update, TemplateCreate/Update, CampaignCreate,
// ReportFormWrite); the server refuses the same input again with its own message, the form spares the round trip.

export const SEVERITIES = { general: "一般隐患", major: "重大隐患" };
export const HAZARD_TYPES = { thing: "物的不安全状态", person: "人的不安全行为", management: "管理上的缺陷" };
// inspections/checklist.py FEATURE_LABELS.
export const FEATURES = {
  hazardous_chemicals: "危险化学品", special_equipment: "特种设备", pressure_equipment: "承压特种设备",
  elevator: "电梯", gas_cylinders: "工业气瓶", confined_space: "有限空间作业", dust_explosion: "粉尘涉爆",
  hot_work: "动火作业", gas_use: "使用燃气",
};
export const TASK_STATUSES = { open: "进行中", done: "已完成", overdue: "逾期未交" };
const AUDIENCE = ["industries", "categories", "features"];
const CODE_PATTERN = /^[A-Za-z0-9_-]{2,20}$/;

/** Street-wide configuration (the library, templates, the report form) is for admins at the top of the tree only:
 * an admin without a region, or of a region without a parent (core/access.py may_configure_street). */
export function mayConfigureStreet(user, regions) {
  if (!user || user.role !== "admin") return false;
  if (user.region_id === null || user.region_id === undefined) return true;
  const own = (regions || []).find((r) => r.id === user.region_id);
  return Boolean(own) && own.parent_id === null;
}

/** Whom an item or template is for, in words ("不限" when nobody is singled out). */
export function audienceText(row) {
  const parts = [];
  if (row?.industries?.length) parts.push(`行业:${row.industries.join("、")}`);
  if (row?.categories?.length) parts.push(`类别:${row.categories.join("、")}`);
  if (row?.features?.length) parts.push(`特征:${row.features.map((f) => FEATURES[f] || f).join("、")}`);
  return parts.join(";") || "不限";
}

export function deadlineText(days) {
  if (days === null || days === undefined) return "按治理方案";
  if (days === 0) return "立即整改";
  return `${days} 天`;
}

const trimmed = (value) => (typeof value === "string" ? value.trim() : "");

// -- check items --

/** The form's fields from an item (or empty for a new one). deadline_mode: "days" or "plan" (null: the plan's). */
export function checkItemForm(item = null) {
  return {
    code: item?.code ?? "", category: item?.category ?? "", text: item?.text ?? "", basis: item?.basis ?? "",
    severity: item?.severity ?? "general", major_condition: item?.major_condition ?? "",
    deadline_mode: item && item.deadline_days === null ? "plan" : "days",
    deadline_days: item ? (item.deadline_days ?? 7) : 7,
    hazard_type: item?.hazard_type ?? "thing", photo_required: item?.photo_required ?? true,
    industries: [...(item?.industries ?? [])], categories: [...(item?.categories ?? [])],
    features: [...(item?.features ?? [])],
  };
}

/** Field → message; empty when it may be sent. `takenCodes` are the library's codes (a code is unique for ever). */
export function checkItemErrors(form, { creating = false, takenCodes = [] } = {}) {
  const errors = {};
  if (creating) {
    const code = trimmed(form.code);
    if (!code) errors.code = "请填写编号";
    else if (!CODE_PATTERN.test(code)) errors.code = "编号为2到20位字母、数字、下划线或连字符";
    else if (takenCodes.some((c) => c.toLowerCase() === code.toLowerCase())) errors.code = "该编号已存在,请换一个";
  }
  const category = trimmed(form.category);
  if (!category) errors.category = "请选择或填写类别";
  else if (category.length > 20) errors.category = "类别不超过20字";
  const text = trimmed(form.text);
  if (!text) errors.text = "请填写检查内容";
  else if (text.length < 2) errors.text = "检查内容至少2个字";
  else if (text.length > 300) errors.text = "检查内容不超过300字";
  if (trimmed(form.basis).length > 200) errors.basis = "依据不超过200字";
  if (trimmed(form.major_condition).length > 200) errors.major_condition = "重大隐患判定条件不超过200字";
  if (form.deadline_mode !== "plan") {
    const days = form.deadline_days;
    if (days === null || days === undefined || days === "") errors.deadline_days = "请填写整改期限";
    else if (!Number.isInteger(Number(days)) || Number(days) < 0 || Number(days) > 365 || typeof days === "boolean") {
      errors.deadline_days = "整改期限为0到365天的整数";
    }
  }
  for (const key of ["industries", "categories"]) {
    if ((form[key] || []).length > 30) errors[key] = "最多选30项";
  }
  return errors;
}

function itemValues(form) {
  return {
    category: trimmed(form.category), text: trimmed(form.text), basis: trimmed(form.basis), severity: form.severity,
    major_condition: form.severity === "major" ? trimmed(form.major_condition) : "",
    deadline_days: form.deadline_mode === "plan" ? null : Number(form.deadline_days),
    hazard_type: form.hazard_type, photo_required: Boolean(form.photo_required),
    industries: [...(form.industries || [])], categories: [...(form.categories || [])],
    features: [...(form.features || [])],
  };
}

/** The body of POST /check-items. */
export function checkItemBody(form) {
  return { code: trimmed(form.code), ...itemValues(form) };
}

const same = (a, b) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** PATCH /check-items/{id}: only what changed; a preset's audience is not the street's to change (it follows the
 * shipped library), so it is never sent. Returns {body, error}. */
export function checkItemChange(item, form) {
  const values = itemValues(form);
  const body = {};
  for (const [key, value] of Object.entries(values)) {
    if (item.preset && AUDIENCE.includes(key)) continue;
    if (!same(value, item[key])) body[key] = value;
  }
  return Object.keys(body).length ? { body, error: "" } : { body: null, error: "没有修改" };
}

// -- templates --

export function templateForm(template = null) {
  return {
    name: template?.name ?? "", industries: [...(template?.industries ?? [])],
    categories: [...(template?.categories ?? [])], features: [...(template?.features ?? [])],
    item_ids: [...(template?.item_ids ?? [])],
  };
}

/** Field → message. `items` maps an id to its library item (retired ones have `retired_at`). */
export function templateErrors(form, items = {}) {
  const errors = {};
  const name = trimmed(form.name);
  if (!name) errors.name = "请填写模板名称";
  else if (name.length > 60) errors.name = "模板名称不超过60字";
  const ids = form.item_ids || [];
  if (!ids.length) errors.item_ids = "请至少选择一个检查项";
  else if (ids.length > 300) errors.item_ids = "检查项最多300个";
  else if (new Set(ids).size !== ids.length) errors.item_ids = "检查项不能重复";
  else {
    const retired = ids.filter((id) => !items[id] || items[id].retired_at);
    if (retired.length) {
      errors.item_ids = `请移除已停用的检查项:${retired.map((id) => items[id]?.code || `#${id}`).join("、")}`;
    }
  }
  for (const key of ["industries", "categories"]) {
    if ((form[key] || []).length > 30) errors[key] = "最多选30项";
  }
  return errors;
}

export function templateBody(form) {
  return { name: trimmed(form.name), industries: [...form.industries], categories: [...form.categories],
           features: [...form.features], item_ids: [...form.item_ids] };
}

/** PATCH /templates/{id}: only what changed (the item list whole when its order or members changed); a preset
 * template's audience is never sent. Returns {body, error}. */
export function templateChange(template, form) {
  const values = templateBody(form);
  const body = {};
  for (const [key, value] of Object.entries(values)) {
    if (template.key && AUDIENCE.includes(key)) continue;
    if (!same(value, template[key])) body[key] = value;
  }
  return Object.keys(body).length ? { body, error: "" } : { body: null, error: "没有修改" };
}

/** Move the item at `index` by `step` (-1 up, +1 down) in a copy of the list. */
export function moved(list, index, step) {
  const to = index + step;
  if (to < 0 || to >= list.length) return [...list];
  const copy = [...list];
  [copy[index], copy[to]] = [copy[to], copy[index]];
  return copy;
}

// -- campaigns --

export function campaignForm() {
  return { title: "", template_id: null, industries: [], categories: [], region_ids: [], enterprise_ids: [],
           deadline: "" };
}

/** Field → message. `today` is "YYYY-MM-DD" in Beijing time (the server's clock decides again). */
export function campaignErrors(form, today) {
  const errors = {};
  const title = trimmed(form.title);
  if (!title) errors.title = "请填写任务名称";
  else if (title.length > 100) errors.title = "任务名称不超过100字";
  if (!form.template_id) errors.template_id = "请选择检查表模板";
  if (!form.deadline) errors.deadline = "请选择截止日期";
  else if (!/^\d{4}-\d{2}-\d{2}$/.test(form.deadline)) errors.deadline = "截止日期格式不正确";
  else if (today && form.deadline < today) errors.deadline = "截止日期不能早于今天";
  if ((form.industries || []).length > 30 || (form.categories || []).length > 30) errors.target = "行业或类别最多选30项";
  else if ((form.region_ids || []).length > 50) errors.target = "区域最多选50个";
  else if ((form.enterprise_ids || []).length > 500) errors.target = "指定企业最多500家";
  return errors;
}

export function campaignBody(form) {
  const target = {};
  for (const key of ["industries", "categories", "region_ids", "enterprise_ids"]) {
    if (Array.isArray(form[key]) && form[key].length) target[key] = [...form[key]];
  }
  return { title: trimmed(form.title), template_id: form.template_id, target, deadline: form.deadline };
}

/** Today in Beijing time as "YYYY-MM-DD", whatever the browser's zone. */
export function beijingToday(now = new Date()) {
  return new Date(now.getTime() + 8 * 3600 * 1000).toISOString().slice(0, 10);
}

// -- the daily report form --

/** A key for a new question, unique among the form's (the answers already given are stored under the old keys). */
export function newQuestionKey(questions) {
  const taken = new Set((questions || []).map((q) => q.key));
  let n = (questions || []).length + 1;
  while (taken.has(`q${n}`)) n += 1;
  return `q${n}`;
}

/** A list of messages (the form is a list of rows); empty when it may be sent. */
export function reportFormErrors(questions) {
  const list = questions || [];
  if (!list.length) return ["报送表至少要有一个问题"];
  const errors = [];
  if (list.length > 20) errors.push("报送表最多20个问题");
  const seen = new Map();
  list.forEach((q, index) => {
    const label = trimmed(q.label);
    const n = index + 1;
    if (!label) errors.push(`第${n}题:请填写问题`);
    else if (label.length > 60) errors.push(`第${n}题:问题不超过60字`);
    else if (seen.has(label)) errors.push(`第${n}题与第${seen.get(label)}题重复`);
    else seen.set(label, n);
    if (!["bool", "text"].includes(q.kind)) errors.push(`第${n}题:请选择题型`);
  });
  return errors;
}

export function reportFormBody(questions) {
  return { questions: questions.map((q) => ({ key: q.key, label: trimmed(q.label), kind: q.kind,
                                              required: Boolean(q.required) })) };
}

/** An answer as the report list shows it. */
export function answerText(value) {
  if (value === true) return "是";
  if (value === false) return "否";
  if (value === null || value === undefined || value === "") return "—";
  return String(value);
}
