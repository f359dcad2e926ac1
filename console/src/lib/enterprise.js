// The enterprise page and the posters page: labels, who may do what (the same rules as core/access.py, so the
// console does not offer what the server refuses), the forms' checks and the request bodies they make. The limits
// mirror the API's (enterprises/schemas.py DocumentVerify, scoring/schemas.py FactCreate / FactRevoke,
// records/service.py POSTERS_MAX); the server refuses the same input again with its own Chinese message.

import { beijingToday } from "./library.js";

export const PERSONNEL_ROLES = { principal: "主要负责人", safety_manager: "安全管理人员", special_operator: "特种作业人员",
                                 equipment_operator: "特种设备作业人员", other: "其他" };
export const DOCUMENT_TYPES = {
  responsibility: "安全生产责任制", appointment: "安全管理机构及人员任命", rules: "安全管理制度", procedure: "安全操作规程",
  training_record: "教育培训记录", emergency_plan: "应急预案", drill_record: "应急演练记录", hazard_ledger: "隐患排查台账",
  investment_ledger: "安全投入台账", ppe_record: "劳动防护用品发放记录", fire_inspection: "消防检查记录", other: "其他",
};
export const REVIEWS = { unverified: "待核验", verified: "已核验", rejected: "未通过" };
export const POINT_LEVELS = { red: "重大风险", orange: "较大风险", yellow: "一般风险", blue: "低风险" };
export const FACT_KINDS = { accident: "生产安全事故", concealed_accident: "瞒报事故", dishonest: "失信记录",
                            unlicensed: "无证经营", refused_inspection: "拒绝检查" };
export const HAZARD_STATUSES = { open: "待整改", submitted: "待复查", closed: "已销号" };
export const INSPECTION_STATUSES = { draft: "填写中", submitted: "已提交", cancelled: "已作废" };
export const INSPECTION_KINDS = { routine: "日常检查", self: "企业自查", campaign: "专项检查" };
export const SCAN_VIEWS = { public: "公众", inspector: "检查员", owner: "企业本身", admin: "管理员" };

export const DIMENSION_LABELS = { systems: "制度建立", inspections: "检查结果", behaviour: "日常行为" };
const COLOR_NAMES = { green: "绿码", yellow: "黄码", red: "红码" };

export const POSTERS_MAX = 60;

/** One step of the path back to green as shown: "可提升 4 分", "解除红码", or both. */
export function adviceGain(step) {
  const parts = [];
  if (step.gain > 0) parts.push(`可提升 ${step.gain} 分`);
  if (step.lifts) parts.push(`解除${COLOR_NAMES[step.lifts] || step.lifts}`);
  return parts.join(",");
}

/** The ruleset a verdict was judged by: version 0 is the factory default. */
export const rulesetText = (version) => (version ? `规则第 ${version} 版` : "出厂默认规则");

/**
 * What the signed-in user may do on an enterprise page they can open (the server scopes the page itself: outside
 * their subtree it answers 404). Admins and inspectors review the record (verify documents, record and revoke
 * facts: core/access.py may_review_enterprise); only admins reissue the code and decide a registration (AdminUser);
 * every staff member reads
 * the scan log (may_see_scan_log); command-center staff only read.
 */
export function enterpriseActions(user) {
  const role = user?.role;
  const staff = ["admin", "inspector", "command"].includes(role);
  const admin = role === "admin";
  return { review: admin || role === "inspector", reissue: admin, approve: admin, scans: staff };
}

const text = (value) => (typeof value === "string" ? value.trim() : "");

/** Verifying a document: approved needs nothing; a rejection needs its reason (at most 200 characters). */
export function documentReviewError(approved, note) {
  const reason = text(note);
  if (reason.length > 200) return "核验意见不超过200字";
  if (!approved && !reason) return "请填写不通过的原因";
  return "";
}

export function factForm() {
  return { kind: "", occurred_on: "", reason: "" };
}

/** Field → message for a new fact; `today` is Beijing's "YYYY-MM-DD" (the server's clock decides again). */
export function factErrors(form, today = beijingToday()) {
  const errors = {};
  if (!FACT_KINDS[form.kind]) errors.kind = "请选择事实种类";
  if (!/^\d{4}-\d{2}-\d{2}$/.test(form.occurred_on || "")) errors.occurred_on = "请选择发生日期";
  else if (form.occurred_on > today) errors.occurred_on = "发生日期不能晚于今天";
  const reason = text(form.reason);
  if (!reason) errors.reason = "请填写事由";
  else if (reason.length > 500) errors.reason = "事由不超过500字";
  return errors;
}

export function factBody(form) {
  return { kind: form.kind, occurred_on: form.occurred_on, reason: text(form.reason) };
}

/** Revoking a fact needs a reason (1–500 characters). */
export function revokeReasonError(reason) {
  const value = text(reason);
  if (!value) return "请填写撤销原因";
  if (value.length > 500) return "撤销原因不超过500字";
  return "";
}

/** A fact in force is one not revoked. */
export const factInForce = (fact) => !fact.revoked_at;

/**
 * The query of GET /posters.pdf for a choice: the chosen enterprises' ids (1 to POSTERS_MAX), or else a whole region
 * whose active enterprises number `regionCount` (at most POSTERS_MAX). Returns {query, error}.
 */
export function postersQuery({ ids = [], regionId = null, regionCount = 0 } = {}) {
  if (ids.length) {
    if (ids.length > POSTERS_MAX) {
      return { query: null, error: `一次最多打印 ${POSTERS_MAX} 家企业的海报,已选 ${ids.length} 家,请分批打印` };
    }
    return { query: { enterprise_ids: ids.join(",") }, error: "" };
  }
  if (regionId === null || regionId === undefined || regionId === "") {
    return { query: null, error: "请选择网格或区域,或在表格中勾选企业" };
  }
  if (regionCount === 0) return { query: null, error: "该区域没有正常营业的企业" };
  if (regionCount > POSTERS_MAX) {
    return { query: null, error: `该区域有 ${regionCount} 家企业,一次最多打印 ${POSTERS_MAX} 家,请选择下级网格或勾选企业` };
  }
  return { query: { region_id: regionId }, error: "" };
}

/** Sheets of A4 the posters take: two A5 posters a page. */
export const posterPages = (count) => Math.ceil(count / 2);

/** A risk score as shown: rounded, or a dash when not scored. */
export const scoreText = (score) => (score === null || score === undefined ? "—" : String(Math.round(score)));
