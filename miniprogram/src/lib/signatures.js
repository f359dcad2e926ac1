// Signatures on the inspection's documents (docs/decisions/052): the handwritten image is an upload, then
// POST /inspections/{id}/signatures binds it with who signed and where. Like the checklist (047) a signature lives on
// the phone first: "确认" queues it, and the queue uploads the PNG once (its id kept) and posts it when there is a
// signal, after the inspection's own checklist has gone up. Once per side and stage: a 409 SIGNATURE_EXISTS after a
// lost answer means it is already there.
import { ApiError } from "./api.js";

export const SIGNATURES_KEY = "jinyan.signatures";
export const STAGES = { inspection: "现场检查记录 · 整改通知书", review: "整改复查意见书" };
export const SIGNER_LABELS = { inspector: "检查人员", enterprise: "被检查单位" };
export const TITLES = ["负责人", "安全管理员", "在场人员"];

/** The side's slot: one per inspection, stage and side. */
export const slotOf = (inspectionId, stage, role) => `${inspectionId}:${stage}:${role}`;

/** Strokes drawn on the pad, as lists of points; a signature needs some ink, not a tap. */
export function createStrokes() {
  const strokes = [];
  return {
    start(x, y) { strokes.push([{ x, y }]); },
    move(x, y) {
      if (!strokes.length) return null;
      const line = strokes[strokes.length - 1];
      const from = line[line.length - 1];
      line.push({ x, y });
      return from;
    },
    clear() { strokes.length = 0; },
    /** The length of ink drawn, in pixels. */
    ink() {
      let total = 0;
      for (const line of strokes) {
        for (let n = 1; n < line.length; n += 1) total += Math.hypot(line[n].x - line[n - 1].x, line[n].y - line[n - 1].y);
      }
      return total;
    },
    get count() { return strokes.length; },
  };
}

export const MIN_INK = 30;

/** What is missing before a signature can be confirmed (Chinese, shown as is). */
export function signatureProblems({ role, name, refused, witness, ink }) {
  const found = [];
  if (refused) {
    if (role !== "enterprise") found.push("只有被检查单位一方可以拒签");
    if (!String(witness || "").trim()) found.push("拒签须填写见证人姓名");
    return found;
  }
  if (role === "enterprise" && !String(name || "").trim()) found.push("请填写签字人姓名");
  if ((ink || 0) < MIN_INK) found.push("请在签字框内手写签名");
  return found;
}

/** The body of POST /inspections/{id}/signatures for a queued signature (its image already uploaded). */
export function signatureBody(entry) {
  const body = { stage: entry.stage, signer_role: entry.role };
  if (entry.role === "enterprise") {
    body.signer_name = entry.name.trim();
    body.signer_title = (entry.title || "").trim();
  }
  if (entry.refused) {
    body.refused = true;
    body.witness_name = entry.witness.trim();
  } else {
    body.upload_id = entry.uploadId;
  }
  if (entry.at) {
    body.lat = entry.at.lat;
    body.lng = entry.at.lng;
  }
  return body;
}

export function createSignatures(storage, onChange = () => {}) {
  const all = () => storage.get(SIGNATURES_KEY) || {};
  const save = (entries) => {
    storage.set(SIGNATURES_KEY, entries);
    onChange(entries);
  };
  const put = (entry) => {
    const entries = all();
    entries[entry.slot] = { ...entry, savedAt: new Date().toISOString() };
    save(entries);
    return entries[entry.slot];
  };
  return {
    all,
    put,
    get: (slot) => all()[slot] || null,
    forInspection: (inspectionId) => Object.values(all()).filter((entry) => entry.inspectionId === inspectionId),
    unsent: () => Object.values(all()).filter((entry) => entry.status !== "sent"),
  };
}

/** A signature confirmed on the pad, queued. `image` is what the platform keeps on the phone ({key, src}). */
export function queueSignature({ inspectionId, stage, role, name = "", title = "", refused = false, witness = "",
                                 image = null, at = null }) {
  return { slot: slotOf(inspectionId, stage, role), inspectionId, stage, role, name, title, refused, witness, image,
           at, uploadId: null, status: "queued", error: null };
}

/**
 * Send one queued signature: the image (once), then the POST. `images.upload(image)` → upload id.
 * @returns {Promise<object>} the entry as it now stands
 */
export async function sendSignature(api, signatures, entry, images) {
  let current = { ...entry, status: "sending", error: null };
  signatures.put(current);
  const persist = (next) => { current = next; signatures.put(current); };
  try {
    if (!current.refused && !current.uploadId) persist({ ...current, uploadId: await images.upload(current.image) });
    await api.post(`/inspections/${current.inspectionId}/signatures`, signatureBody(current));
    persist({ ...current, status: "sent", error: null, errorCode: null });
    if (current.image) await images.remove?.(current.image);
  } catch (error) {
    if (error instanceof ApiError && error.code === "SIGNATURE_EXISTS") {
      // The answer was lost on the way (or this side signed on another phone): it is on the server.
      persist({ ...current, status: "sent", error: null, errorCode: null });
      if (current.image) await images.remove?.(current.image);
    } else {
      // No signal, or the checklist itself not yet up (409 INSPECTION_NOT_SUBMITTED): wait and try again.
      const waiting = error instanceof ApiError && (error.offline || error.status === 429 || error.status >= 500
        || error.code === "INSPECTION_NOT_SUBMITTED");
      persist({ ...current, status: waiting ? "queued" : "failed", error: error.message || String(error),
                errorCode: error.code || null });
    }
  }
  return current;
}

/** Send every queued signature whose inspection's checklist is not still waiting on this phone. */
export async function drainSignatures(api, signatures, images, waitingInspections = new Set()) {
  for (const entry of Object.values(signatures.all())) {
    if (entry.status !== "queued" && entry.status !== "sending") continue;
    if (waitingInspections.has(entry.inspectionId)) continue;
    const after = await sendSignature(api, signatures, entry, images);
    if (after.status === "queued" && after.errorCode !== "INSPECTION_NOT_SUBMITTED") break; // still no signal
  }
}

/** Each side's state for the sign page: signed on the server, queued on the phone, or still to sign. */
export function sidesOf(serverRows, queued, stage) {
  return ["inspector", "enterprise"].map((role) => {
    const row = serverRows.find((s) => s.stage === stage && s.signer_role === role);
    if (row) return { role, state: "signed", name: row.signer_name, refused: row.refused, witness: row.witness_name };
    const local = queued.find((s) => s.stage === stage && s.role === role);
    if (local) return { role, state: local.status === "failed" ? "failed" : local.status === "sent" ? "signed" : "queued",
                        name: local.name, refused: local.refused, witness: local.witness, error: local.error };
    return { role, state: "open" };
  });
}

/** The documents an inspection offers (GET /inspections/{id}/documents), as the pages list them. */
export function documentRows(documents, base) {
  const origin = base.replace(/\/api\/v1$/, "");
  return documents.map((doc) => ({ ...doc, href: doc.url.startsWith("/") ? origin + doc.url : doc.url,
                                   label: doc.available ? (doc.number ? `${doc.title}(${doc.number})` : doc.title)
                                     : `${doc.title}(尚不能出具)` }));
}
