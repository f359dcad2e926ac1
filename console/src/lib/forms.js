// The console's form rules and the request bodies they make, kept out of the components so vitest checks them.
// Limits mirror the API's (enterprises/schemas.py ReviewDecision, notify/schemas.py NoticeCreate, users): the server
// refuses the same input again with its own Chinese message; the form only spares the round trip.

export const COLORS = { green: "绿码", yellow: "黄码", red: "红码" };
export const STATUSES = { pending: "待审核", active: "正常", rejected: "已驳回" };
export const ROLES = { admin: "管理员", inspector: "检查员", command: "指挥中心", enterprise: "企业用户", public: "公众" };
export const STAFF_ROLE_CHOICES = ["admin", "inspector", "command"];
export const LEVELS = { district: "区", street: "街道", community: "社区", grid: "网格" };

/** Query parameters of GET /enterprises from the filter form: empty fields are left out, overdue is true/false. */
export function enterpriseQuery(filters, page = 1, size = 20) {
  const query = { page, size };
  for (const key of ["q", "region_id", "industry", "category", "color", "status"]) {
    const value = filters[key];
    if (value !== undefined && value !== null && String(value).trim() !== "") {
      query[key] = typeof value === "string" ? value.trim() : value;
    }
  }
  if (filters.overdue === "yes") query.overdue = "true";
  if (filters.overdue === "no") query.overdue = "false";
  return query;
}

/** A rejection needs a reason (the server says so too: REVIEW_NOTE_REQUIRED), at most 200 characters. */
export function rejectReasonError(note) {
  const text = (note || "").trim();
  if (!text) return "请填写驳回原因";
  if (text.length > 200) return "驳回原因不超过200字";
  return "";
}

/** The body of POST /notices/preview and the `target` of POST /notices: only the criteria chosen. */
export function noticeTarget(form) {
  const target = {};
  for (const key of ["industries", "categories", "region_ids"]) {
    if (Array.isArray(form[key]) && form[key].length) target[key] = [...form[key]];
  }
  return target;
}

/** Field → message for the notice form; empty when it may be sent. */
export function noticeErrors(form) {
  const errors = {};
  const title = (form.title || "").trim();
  const body = (form.body || "").trim();
  if (!title) errors.title = "请填写标题";
  else if (title.length > 100) errors.title = "标题不超过100字";
  if (!body) errors.body = "请填写正文";
  else if (body.length > 5000) errors.body = "正文不超过5000字";
  if ((form.industries || []).length > 50 || (form.categories || []).length > 50) errors.target = "行业或类别最多选50项";
  if ((form.region_ids || []).length > 100) errors.target = "区域最多选100个";
  return errors;
}

export function noticeBody(form) {
  return { title: form.title.trim(), body: form.body.trim(), target: noticeTarget(form) };
}

/** PATCH /users/{id}: only what changed; a staff role needs a region. Returns {body, error}. */
export function userChange(user, form) {
  if (!STAFF_ROLE_CHOICES.includes(form.role)) return { body: null, error: "请选择工作人员角色" };
  if (form.region_id === null || form.region_id === undefined || form.region_id === "") {
    return { body: null, error: "请选择所属区域" };
  }
  const name = (form.name || "").trim();
  if (!name) return { body: null, error: "请填写姓名" };
  const body = {};
  if (name !== user.name) body.name = name;
  if (form.role !== user.role) body.role = form.role;
  if (form.region_id !== user.region_id) body.region_id = form.region_id;
  return { body: Object.keys(body).length ? body : null, error: Object.keys(body).length ? "" : "没有修改" };
}

/** Regions as the nested options of an el-tree-select / el-cascader: [{value, label, children}]. */
export function regionTree(regions) {
  const nodes = new Map(regions.map((r) => [r.id, { value: r.id, label: r.name, level: r.level, children: [] }]));
  const roots = [];
  for (const region of regions) {
    const node = nodes.get(region.id);
    const parent = region.parent_id === null ? undefined : nodes.get(region.parent_id);
    (parent ? parent.children : roots).push(node);
  }
  const prune = (node) => {
    if (!node.children.length) delete node.children;
    else node.children.forEach(prune);
    return node;
  };
  return roots.map(prune);
}

/** Who a notice reached and who has read it, as one table: read ones first, then the unread. */
export function receiptRows(detail) {
  const read = (detail.read_by_enterprises || []).map((r) => ({ ...r, state: "已读" }));
  const unread = (detail.unread_by_enterprises || []).map((r) => ({ ...r, state: "未读" }));
  return [...read, ...unread];
}

export function formatTime(value) {
  if (!value) return "";
  return String(value).replace("T", " ").slice(0, 16);
}

/** A campaign's share of targets that submitted, 0–100 (0 when it has no targets). */
export function campaignPercent(progress) {
  if (!progress || !progress.targets) return 0;
  return Math.min(100, Math.round((100 * progress.submitted) / progress.targets));
}
