// The inspector's checklist lives on the phone first (docs/decisions/047): every tap is saved locally, "提交" queues the
// whole checklist, and the queue sends it in one request with one Idempotency-Key when there is a signal: photos first
// (each uploaded once, its id kept), then findings off the list, then POST /inspections/{id}/submit with every answer.
// A draft survives closing the app; until it is sent it shows as "未上传".
import { ApiError, newKey } from "./api.js";

export const DRAFTS_KEY = "jinyan.drafts";
export const RESULTS = ["pass", "fail", "na"];

/** @param {{get:(k:string)=>any,set:(k:string,v:any)=>void}} storage
 *  @param {(drafts:object)=>void} [onChange] told after every change (pages showing a draft reload it) */
export function createDrafts(storage, onChange = () => {}) {
  const all = () => storage.get(DRAFTS_KEY) || {};
  const save = (drafts) => {
    storage.set(DRAFTS_KEY, drafts);
    onChange(drafts);
  };
  const put = (draft) => {
    const drafts = all();
    drafts[draft.inspectionId] = { ...draft, savedAt: new Date().toISOString() };
    save(drafts);
    return drafts[draft.inspectionId];
  };
  return {
    all,
    get: (inspectionId) => all()[inspectionId] || null,
    put,
    remove(inspectionId) {
      const drafts = all();
      delete drafts[inspectionId];
      save(drafts);
    },
    /** Drafts the server has not yet accepted: queued, being sent, or refused (shown with the reason). */
    unsent: () => Object.values(all()).filter((draft) => draft.status !== "sent" && draft.status !== "editing"),
  };
}

/** A new draft from the checklist POST /inspections answered (the only step that needs a signal). */
export function draftOf(checklist) {
  const answers = {};
  for (const item of checklist.items) {
    if (item.result) answers[item.id] = { result: item.result, note: item.note || "", photos: [] };
  }
  return {
    inspectionId: checklist.id,
    kind: checklist.kind || "routine",
    enterprise: { id: checklist.enterprise.id, name: checklist.enterprise.name },
    items: checklist.items.map(itemOf),
    answers,
    findings: [],
    status: "editing",
    idempotencyKey: null,
    error: null,
  };
}

function itemOf(item) {
  return { id: item.id, category: item.category, text: item.text, basis: item.basis || "", severity: item.severity,
           photo_required: Boolean(item.photo_required), off_list: Boolean(item.off_list) };
}

/** Library items added on the server (POST /inspections/{id}/items) join the draft; answers stay. */
export function mergeItems(draft, checklist) {
  const known = new Set(draft.items.map((item) => item.id));
  const added = checklist.items.filter((item) => !known.has(item.id) && !item.off_list).map(itemOf);
  return { ...draft, items: [...draft.items, ...added] };
}

/** The checklist grouped by category, in the server's order. */
export function groupByCategory(items) {
  const groups = new Map();
  for (const item of items) {
    if (item.off_list) continue;
    if (!groups.has(item.category)) groups.set(item.category, []);
    groups.get(item.category).push(item);
  }
  return [...groups].map(([category, list]) => ({ category, items: list }));
}

export function answer(draft, itemId, change) {
  const previous = draft.answers[itemId] || { result: null, note: "", photos: [] };
  return { ...draft, answers: { ...draft.answers, [itemId]: { ...previous, ...change } } };
}

export function addFinding(draft, { text, severity = "general", photos = [] }) {
  const finding = { key: newKey(), text: text.trim(), severity, photos, posted: false };
  return { ...draft, findings: [...draft.findings, finding] };
}

/** What is missing before the checklist can go: unanswered items, failures without the photo they require. */
export function problems(draft) {
  const found = [];
  const listed = draft.items.filter((item) => !item.off_list);
  const unanswered = listed.filter((item) => !draft.answers[item.id]?.result);
  if (unanswered.length) found.push(`还有 ${unanswered.length} 项未填写`);
  for (const item of listed) {
    const given = draft.answers[item.id];
    if (given?.result === "fail" && item.photo_required && !(given.photos || []).length) {
      found.push(`「${item.text}」不合格须拍照`);
    }
  }
  return found;
}

export function counts(draft) {
  const tally = { pass: 0, fail: 0, na: 0, open: 0 };
  for (const item of draft.items) {
    if (item.off_list) continue;
    const result = draft.answers[item.id]?.result;
    tally[result || "open"] += 1;
  }
  return { ...tally, findings: draft.findings.length };
}

/** Mark the checklist as to be sent; its Idempotency-Key is made here once and kept through every retry. */
export function queue(draft) {
  return { ...draft, status: "queued", idempotencyKey: draft.idempotencyKey || newKey(), error: null };
}

export function submitBody(draft) {
  const answers = draft.items.filter((item) => !item.off_list && draft.answers[item.id]?.result).map((item) => {
    const given = draft.answers[item.id];
    const body = { item_id: item.id, result: given.result, note: given.note || "",
                   photo_ids: (given.photos || []).map((photo) => photo.uploadId) };
    if (given.result === "fail" && given.severity) body.severity = given.severity;
    return body;
  });
  return { answers };
}

/**
 * Send one queued draft. `photos.upload(photo)` → upload id (POST /uploads). Progress is saved after each step, so a
 * signal lost half-way resumes where it stopped and nothing already on the server is sent twice.
 * @returns {Promise<object>} the draft as it now stands
 */
export async function send(api, drafts, draft, photos) {
  let current = { ...draft, status: "sending", error: null };
  drafts.put(current);
  const persist = (next) => { current = next; drafts.put(current); };
  try {
    for (const [itemId, given] of Object.entries(current.answers)) {
      for (let n = 0; n < (given.photos || []).length; n += 1) {
        if (current.answers[itemId].photos[n].uploadId) continue;
        const uploadId = await photos.upload(current.answers[itemId].photos[n]);
        const list = current.answers[itemId].photos.map((p, i) => (i === n ? { ...p, uploadId } : p));
        persist(answer(current, itemId, { photos: list }));
      }
    }
    for (let f = 0; f < current.findings.length; f += 1) {
      for (let n = 0; n < current.findings[f].photos.length; n += 1) {
        if (current.findings[f].photos[n].uploadId) continue;
        const uploadId = await photos.upload(current.findings[f].photos[n]);
        persist(withFinding(current, f, (finding) => ({
          ...finding, photos: finding.photos.map((p, i) => (i === n ? { ...p, uploadId } : p)) })));
      }
    }
    if (current.findings.some((finding) => !finding.posted)) {
      // A finding whose answer was lost on the way may already be on the server: look before posting it again.
      const onServer = await api.get(`/inspections/${current.inspectionId}`);
      const texts = new Set(onServer.items.filter((item) => item.off_list).map((item) => item.text));
      for (let f = 0; f < current.findings.length; f += 1) {
        const finding = current.findings[f];
        if (finding.posted) continue;
        if (!texts.has(finding.text)) {
          await api.post(`/inspections/${current.inspectionId}/findings`, {
            text: finding.text, severity: finding.severity, photo_ids: finding.photos.map((p) => p.uploadId) });
        }
        persist(withFinding(current, f, (same) => ({ ...same, posted: true })));
      }
    }
    const result = await api.post(`/inspections/${current.inspectionId}/submit`, submitBody(current),
                                  { idempotencyKey: current.idempotencyKey });
    persist({ ...current, status: "sent", error: null,
              result: { hazards: result.hazards.length, submitted_at: result.inspection.submitted_at } });
    await Promise.all(allPhotos(current).map((photo) => photos.remove?.(photo)));
  } catch (error) {
    const waiting = error instanceof ApiError && (error.offline || error.status === 429 || error.status >= 500);
    persist({ ...current, status: waiting ? "queued" : "failed", error: error.message || String(error) });
  }
  return current;
}

function withFinding(draft, index, change) {
  return { ...draft, findings: draft.findings.map((finding, i) => (i === index ? change(finding) : finding)) };
}

function allPhotos(draft) {
  return [...Object.values(draft.answers).flatMap((given) => given.photos || []),
          ...draft.findings.flatMap((finding) => finding.photos)];
}

let draining = null;

/** Send every queued draft, one at a time; a second call while one runs waits for the same run. */
export function drainWith(api, drafts, photos) {
  if (draining) return draining;
  const run = (async () => {
    await null; // (so that `draining` is set before the run can finish and clear it)
    try {
      for (const draft of Object.values(drafts.all())) {
        if (draft.status === "queued" || draft.status === "sending") {
          const after = await send(api, drafts, draft, photos);
          if (after.status === "queued") break; // still no signal: try again later
        }
      }
    } finally {
      draining = null;
    }
  })();
  draining = run;
  return run;
}
