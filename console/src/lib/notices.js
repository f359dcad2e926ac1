// The notice form's targets beyond industry, category and region (lib/forms.js): a circle around a point and single
// enterprises, and the attachment (docs/decisions/080). Limits mirror notify/schemas.py NoticeTarget and Near and
// POST /uploads; the server refuses the same input again with its own Chinese message.
import { noticeErrors as textErrors, noticeTarget as criteria } from "./forms.js";

export const MAX_RADIUS_M = 50_000;
export const MAX_ENTERPRISES = 500;
export const ATTACHMENT_TYPES = { "application/pdf": "PDF", "image/jpeg": "JPEG", "image/png": "PNG", "image/webp": "WebP" };
export const ATTACHMENT_MAX_BYTES = 10 * 1024 * 1024;

export function blankNotice() {
  return { title: "", body: "", industries: [], categories: [], region_ids: [], near_on: false, lat: null, lng: null,
           radius_m: 1000, enterprise_ids: [], attachment: null };
}

const isNumber = (value) => typeof value === "number" && Number.isFinite(value);

/** The circle's message, or "" when it is off or complete: a point (lat, lng) and a radius of up to 50 km. */
export function nearError(form) {
  if (!form.near_on) return "";
  if (!isNumber(form.lat) || !isNumber(form.lng)) return "请填写圆心的纬度和经度";
  if (form.lat < -90 || form.lat > 90) return "纬度须在 -90 到 90 之间";
  if (form.lng < -180 || form.lng > 180) return "经度须在 -180 到 180 之间";
  if (!isNumber(form.radius_m) || form.radius_m <= 0) return "请填写大于0的半径(米)";
  if (form.radius_m > MAX_RADIUS_M) return "半径不超过50000米";
  return "";
}

/** The body of POST /notices/preview and the `target` of POST /notices; only the criteria chosen. A circle that is
 * not complete yet is left out (the form shows its message and does not publish). */
export function noticeTarget(form) {
  const target = criteria(form);
  if (form.near_on && !nearError(form)) target.near = { lat: form.lat, lng: form.lng, radius_m: form.radius_m };
  if ((form.enterprise_ids || []).length) target.enterprise_ids = [...form.enterprise_ids];
  return target;
}

/** Field → message for the whole form; empty when it may be sent. */
export function noticeErrors(form) {
  const errors = textErrors(form);
  const near = nearError(form);
  if (near) errors.near = near;
  if ((form.enterprise_ids || []).length > MAX_ENTERPRISES) errors.enterprises = "指定企业最多500家";
  return errors;
}

/** The attachment's message before uploading: a PDF or an image of at most 10 MB (the server judges the bytes). */
export function attachmentError(file) {
  if (!file) return "";
  if (!ATTACHMENT_TYPES[file.type]) return "附件须为 PDF 或 JPEG、PNG、WebP 图片";
  if (file.size > ATTACHMENT_MAX_BYTES) return "附件不超过10MB";
  if (file.size === 0) return "附件是空文件";
  return "";
}

export function noticeBody(form) {
  const body = { title: form.title.trim(), body: form.body.trim(), target: noticeTarget(form) };
  if (form.attachment?.id) body.attachment_upload_id = form.attachment.id;
  return body;
}

/** A stored target in words, regions and enterprises named where the page knows them. */
export function targetText(target, regionNames = {}, enterpriseNames = {}) {
  const parts = [];
  if (target?.industries?.length) parts.push(`行业:${target.industries.join("、")}`);
  if (target?.categories?.length) parts.push(`类别:${target.categories.join("、")}`);
  if (target?.region_ids?.length) parts.push(`区域:${target.region_ids.map((id) => regionNames[id] || id).join("、")}`);
  if (target?.near) parts.push(`以(${target.near.lat}, ${target.near.lng})为圆心半径${target.near.radius_m}米`);
  if (target?.enterprise_ids?.length) {
    const names = target.enterprise_ids.map((id) => enterpriseNames[id]).filter(Boolean);
    parts.push(names.length === target.enterprise_ids.length && names.length <= 3
      ? `指定企业:${names.join("、")}` : `指定企业${target.enterprise_ids.length}家`);
  }
  return parts.join(";") || "辖区全部企业";
}
