// The 运维 page's words and queries: the jobs of bootstrap.worker_jobs, the audit trail's filters (GET /audit).

import { formatTime } from "./forms.js";

export const JOB_LABELS = {
  heartbeat: "后台进程心跳", outbox: "消息投递", hazard_reminders: "隐患整改提醒与逾期上报",
  campaign_reminders: "专项任务提醒", report_reminders: "日常报送提醒", rescore: "每日重新评分",
  risk_overrides: "人工认定到期恢复", outbox_purge: "清理已投递消息", draft_expiry: "清理过期检查草稿",
  dashboard_snapshot: "指挥中心每日统计快照",
};

export const PLACES = { "in-process": "本服务进程内", worker: "jinyan worker 进程" };

export const WORKER_STATES = { "in-process": "随服务进程运行", ok: "运行中", missing: "未运行" };

// The object types the audit trail records most (core/audit.py callers); others may be typed in.
export const OBJECT_TYPES = {
  enterprise: "企业", user: "账号", hazard: "隐患", inspection: "检查", scoring_ruleset: "评分规则",
  risk_fact: "否决事实", notice: "通知", campaign: "专项任务", check_item: "检查项", checklist_template: "检查表模板",
  region: "区域", safety_document: "安全文件", daily_report: "日常报送", report_form: "报送表单",
  outbox_delivery: "消息投递", upload: "上传文件", export: "导出",
};

export function intervalText(seconds) {
  if (!seconds && seconds !== 0) return "—";
  if (seconds < 60) return `每 ${seconds} 秒`;
  if (seconds < 3600) return `每 ${Math.round(seconds / 60)} 分钟`;
  return `每 ${Math.round(seconds / 3600)} 小时`;
}

/** A job's last round as the table shows it: when it finished, failed, or that this process cannot know. */
export function lastRunText(job) {
  if (job.last_error) return `失败(${job.last_error}),${formatTime(job.last_started_at)}`;
  if (job.last_run_source === "last_delivery") return `最近投递 ${formatTime(job.last_finished_at)}`;
  if (job.last_finished_at) {
    const day = job.done_for ? `(${job.done_for} 的任务)` : "";
    return `${formatTime(job.last_finished_at)}${day}`;
  }
  if (job.last_started_at) return `运行中,始于 ${formatTime(job.last_started_at)}`;
  return job.runs === "worker" ? "在 worker 进程中运行,本服务无记录" : "尚未运行";
}

/**
 * GET /audit's query from the filter form: empty fields left out, the day range as two dates, an actor id only
 * when it is a whole number. Returns {query, error}.
 */
export function auditQuery(filters, beforeSeq = null, size = 50) {
  const query = { size };
  const text = (value) => (typeof value === "string" ? value.trim() : value);
  for (const key of ["object_type", "object_id", "action"]) {
    const value = text(filters[key]);
    if (value !== undefined && value !== null && value !== "") query[key] = value;
  }
  const actor = text(filters.actor_user_id);
  if (actor !== undefined && actor !== null && actor !== "") {
    if (!/^\d+$/.test(String(actor)) || Number(actor) < 1) return { query: null, error: "操作人 ID 应为正整数" };
    query.actor_user_id = Number(actor);
  }
  const [from, to] = Array.isArray(filters.days) ? filters.days : [];
  if (from && to && from > to) return { query: null, error: "开始日期不能晚于结束日期" };
  if (from) query.date_from = from;
  if (to) query.date_to = to;
  if (beforeSeq) query.before_seq = beforeSeq;
  return { query, error: "" };
}

export function objectText(entry) {
  const kind = OBJECT_TYPES[entry.object_type] || entry.object_type;
  return entry.object_id ? `${kind} #${entry.object_id}` : kind;
}
