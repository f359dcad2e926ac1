// Public reports (问题反映, docs/decisions/084) as plain functions: what the phone checks before sending (the server
// checks it again: api's enterprises/public_report_rules.py), the form body, and the staff's list labels.

export const TEXT_MIN = 2;
export const TEXT_MAX = 500;
export const CONTACT_MAX = 40;
export const REPORT_STATUS = { open: "待处理", closed: "已处理" };

const CONTROL_IN_TEXT = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]/; // eslint-disable-line no-control-regex
const CONTROL_IN_LINE = /[\x00-\x1f\x7f]/; // eslint-disable-line no-control-regex

/** The report as sent: blanks around the text and the contact dropped. */
export function reportBody(form) {
  return { text: String(form.text || "").replace(/\r\n?/g, "\n").trim(), contact: String(form.contact || "").trim() };
}

/** What is wrong before anything is sent, in the words the server uses. */
export function reportProblems(form) {
  const { text, contact } = reportBody(form);
  const found = [];
  if (CONTROL_IN_TEXT.test(text)) found.push("问题描述含有不可见的控制字符");
  else if (text.length < TEXT_MIN) found.push(`请描述发现的问题(至少 ${TEXT_MIN} 个字)`);
  else if (text.length > TEXT_MAX) found.push(`问题描述不能超过 ${TEXT_MAX} 个字`);
  if (CONTROL_IN_LINE.test(contact)) found.push("联系方式含有不可见的控制字符或换行");
  else if (contact.length > CONTACT_MAX) found.push(`联系方式不能超过 ${CONTACT_MAX} 个字`);
  return found;
}

/** A report body urlencoded, as `uni.request` sends a form without a file. */
export function formEncoded(body) {
  return Object.entries(body).filter(([, value]) => value !== "" && value !== undefined && value !== null)
    .map(([key, value]) => `${encodeURIComponent(key)}=${encodeURIComponent(value)}`).join("&");
}

/** Whether the scanned card offers the report form: the street has it on and the caller sees the public card. */
export function offersReport(scanned) {
  return Boolean(scanned && scanned.reporting_enabled && scanned.view === "public");
}

/** Who may close a report on its page (the server decides again): inspectors and admins, while it is open. */
export function mayClose(user, report) {
  return Boolean(user && report && report.status === "open" && (user.role === "inspector" || user.role === "admin"));
}
