// What the pages show, as plain functions (tested without a page): labels, colours, what a role may do.

export const COLORS = { green: "绿码", yellow: "黄码", red: "红码" };
export const RESULT_LABELS = { pass: "合格", fail: "不合格", na: "不适用" };
export const STATUS_LABELS = { open: "待整改", submitted: "待复查", closed: "已销号" };
export const SEVERITY_LABELS = { general: "一般隐患", major: "重大隐患" };
export const ROLE_LABELS = { admin: "街道管理员", inspector: "检查员", command: "指挥中心", enterprise: "企业安全员",
                             public: "公众" };

export const colorLabel = (color) => COLORS[color] || "未评定";
export const colorClass = (color) => `color-${COLORS[color] ? color : "none"}`;

/** The inbox's `page` (a mini-program path such as `pages/hazard/detail?id=3`) as a navigable url, or null. */
export function pageUrl(page) {
  if (!page || !/^pages\/[\w/-]+(\?[\w=&%-]*)?$/.test(page)) return null;
  return `/${page}`;
}

/** What the caller may do to a hazard on its detail page. */
export function hazardActions(user, hazard) {
  if (!user || !hazard) return [];
  const staff = user.role === "inspector" || user.role === "admin";
  const owner = user.role === "enterprise" && user.enterprise_id === hazard.enterprise_id;
  const actions = [];
  if (owner && hazard.status === "open") actions.push("rectify", "extend");
  if (staff && hazard.status === "submitted") actions.push("verify");
  return actions;
}

/** Whether a hazard has been verified (closed, or a fix rejected): its inspection's review opinion can be signed. */
export function wasVerified(hazard) {
  if (!hazard) return false;
  return hazard.status === "closed"
    || (hazard.timeline || []).some((entry) => entry.from === "submitted" && entry.to === "open");
}

/** The home page's entries for a role. */
export function menuFor(user) {
  if (!user) return [];
  const scan = { label: "扫码", url: "/pages/scan/index" };
  const inbox = { label: "消息", url: "/pages/inbox/index" };
  switch (user.role) {
    case "inspector":
    case "admin":
      return [{ label: "扫码检查", url: "/pages/scan/index" }, { label: "应检企业", url: "/pages/inspection/due" },
              { label: "待复查隐患", url: "/pages/hazard/list?status=submitted" },
              { label: "全部隐患", url: "/pages/hazard/list" }, { label: "群众反映", url: "/pages/public-report/list" },
              inbox];
    case "enterprise":
      return [{ label: "我的隐患", url: "/pages/hazard/list" },
              { label: "风险码", url: `/pages/enterprise/risk?id=${user.enterprise_id}` },
              { label: "专项任务", url: "/pages/campaign/list" }, { label: "企业自查", url: "/pages/inspection/self" },
              { label: "日常报送", url: "/pages/report/index" },
              { label: "企业档案", url: `/pages/enterprise/profile?id=${user.enterprise_id}` },
              { label: "同事账号", url: "/pages/enterprise/colleagues" }, inbox,
              { label: "消息提醒", url: "/pages/notify/subscribe" }];
    default:
      return [scan, { label: "登记企业", url: "/pages/enterprise/register" }, inbox];
  }
}

/** Due inspections: overdue first, then red, yellow, green, unrated; each by due date. */
export function sortDue(rows) {
  const rank = { red: 0, yellow: 1, green: 2 };
  return [...rows].sort((a, b) => (b.overdue - a.overdue) || ((rank[a.color] ?? 3) - (rank[b.color] ?? 3))
    || String(a.due_on).localeCompare(String(b.due_on)));
}

/** A date `days` from today as YYYY-MM-DD (the extension form's earliest choice). */
export function isoDate(days, from = new Date()) {
  const date = new Date(from.getTime() + days * 86400000);
  const pad = (n) => String(n).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

export function shortTime(iso) {
  return iso ? String(iso).replace("T", " ").slice(0, 16) : "";
}

export const TASKS = { pending: "待完成", in_progress: "进行中", submitted: "已提交", overdue: "已逾期" };

/** What is missing in a daily report before it can be sent. */
export function reportProblems(questions, answers) {
  return questions.filter((q) => q.required && (answers[q.key] === undefined || answers[q.key] === ""))
    .map((q) => `请回答:${q.label}`);
}
