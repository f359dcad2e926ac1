// The 检查记录 and 隐患 pages' rules, kept out of the components so vitest checks them (docs/decisions/079). Limits
// mirror the API's (inspections/schemas.py VerifyWrite, ExtensionDecisionWrite; inspections/corrections.py): the
// server refuses the same input again with its own Chinese message; the form only spares the round trip.

export const INSPECTION_KINDS = { routine: "日常检查", self: "企业自查", campaign: "专项检查" };
export const INSPECTION_STATUSES = { draft: "填写中", submitted: "已提交", cancelled: "已作废" };
export const PRESENCE = { near: "现场", far: "远离企业", unknown: "位置未知" };
export const HAZARD_STATUSES = { open: "待整改", submitted: "待复查", closed: "已销号" };
export const SEVERITIES = { general: "一般隐患", major: "重大隐患" };
export const EXTENSION_STATUSES = { pending: "待审批", approved: "已批准", refused: "未批准" };
export const TIMELINE_KINDS = {
  extension_requested: "申请延期", extension_approved: "批准延期", extension_refused: "不批准延期", revised: "修改隐患",
};
const STEP_LABELS = { open: "发现隐患", submitted: "提交整改", closed: "复查通过,销号" };

/** Inspectors and admins decide extensions and verify fixes; 指挥中心 watches (the server answers 403). */
export function mayDecide(user) {
  return user?.role === "inspector" || user?.role === "admin";
}

function put(query, key, value) {
  if (value !== undefined && value !== null && String(value).trim() !== "") query[key] = value;
}

/** GET /inspections (and its export) from the filter form: `days` is [from, to] as YYYY-MM-DD or empty. */
export function inspectionQuery(filters, page, size) {
  const query = {};
  if (page !== undefined) Object.assign(query, { page, size });
  for (const key of ["region_id", "status", "kind"]) put(query, key, filters[key]);
  if (Array.isArray(filters.days) && filters.days.length === 2) {
    put(query, "date_from", filters.days[0]);
    put(query, "date_to", filters.days[1]);
  }
  return query;
}

/** GET /hazards (and hazards.xlsx): the inspection's filters plus severity and overdue (yes/no → true/false). */
export function hazardQuery(filters, page, size) {
  const query = {};
  if (page !== undefined) Object.assign(query, { page, size });
  for (const key of ["region_id", "status", "severity", "kind", "enterprise_id", "inspection_id"]) {
    put(query, key, filters[key]);
  }
  if (Array.isArray(filters.days) && filters.days.length === 2) {
    put(query, "date_from", filters.days[0]);
    put(query, "date_to", filters.days[1]);
  }
  if (filters.overdue === "yes") query.overdue = "true";
  if (filters.overdue === "no") query.overdue = "false";
  if (filters.extension_pending) query.extension_pending = "true";
  return query;
}

/** A reason for a refusal or a rejection: required, at most `max` characters. */
export function reasonError(note, { required = true, max = 500, what = "原因" } = {}) {
  const text = (note || "").trim();
  if (required && !text) return `请填写${what}`;
  if (text.length > max) return `${what}不超过${max}字`;
  return "";
}

/**
 * POST /hazards/{id}/extensions/{eid}/decide from the dialog: approve (as asked, or another date later than the
 * current deadline and not before today) or refuse with a reason. Returns {body, errors}.
 * @param {{approved:boolean, deadline?:string, note?:string}} form
 * @param {{previous_deadline:string, requested_deadline:string}} extension
 * @param {string} today YYYY-MM-DD, Beijing's
 */
export function extensionDecision(form, extension, today) {
  const errors = {};
  const note = (form.note || "").trim();
  const body = { approved: !!form.approved, note };
  if (form.approved) {
    const deadline = form.deadline || "";
    if (deadline && deadline !== extension.requested_deadline) {
      if (deadline <= extension.previous_deadline) errors.deadline = `须晚于当前整改期限 ${extension.previous_deadline}`;
      else if (deadline < today) errors.deadline = "不能早于今天";
      else body.deadline = deadline;
    }
    const tooLong = reasonError(note, { required: false, what: "说明" });
    if (tooLong) errors.note = tooLong;
  } else {
    const missing = reasonError(note, { what: "不批准的原因" });
    if (missing) errors.note = missing;
  }
  return { body: Object.keys(errors).length ? null : body, errors };
}

/** POST /hazards/{id}/verify: a rejection needs its reason (REJECT_REASON_REQUIRED), at most 1000 characters. */
export function verifyDecision(form) {
  const note = (form.note || "").trim();
  const error = form.approved ? reasonError(note, { required: false, max: 1000, what: "复查意见" })
    : reasonError(note, { max: 1000, what: "驳回原因" });
  return { body: error ? null : { approved: !!form.approved, note }, error };
}

/**
 * How long a fix has waited for verification: the server's Beijing days (`waiting_days`, the days the street's
 * reminders and the command page count) once it is a day or more, else the hours since its submission: 3天, 5小时,
 * 不到1小时.
 */
export function waited(submittedAt, waitingDays, now = new Date()) {
  if (waitingDays >= 1) return `${waitingDays}天`;
  const hours = Math.floor((new Date(now) - new Date(submittedAt)) / 3_600_000);
  return hours >= 1 ? `${hours}小时` : "不到1小时";
}

/** One line of a hazard's timeline as the drawer shows it. */
export function timelineTitle(entry) {
  if (entry.kind && entry.kind !== "status") return TIMELINE_KINDS[entry.kind] || entry.kind;
  if (entry.from === "submitted" && entry.to === "open") return "复查驳回,退回整改";
  return STEP_LABELS[entry.to] || entry.to;
}

/** Beijing's today as YYYY-MM-DD, whatever the browser's zone. */
export function beijingToday(now = new Date()) {
  return new Date(new Date(now).getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
}

/** A document's URL as the API gives it (under /api/v1) → the path the client requests. */
export function apiPath(url) {
  return String(url || "").replace(/^https?:\/\/[^/]+/, "").replace(/^\/api\/v1/, "");
}
