import { describe, expect, it } from "vitest";
import { createApi } from "../src/lib/api.js";
import { addFinding, answer, counts, createDrafts, draftOf, drainWith, groupByCategory, mergeItems, problems, queue,
         submitBody } from "../src/lib/drafts.js";
import { fakeServer, memoryStorage } from "./memory.js";

const checklist = {
  id: 7, enterprise: { id: 3, name: "金雁测试餐馆" },
  items: [
    { id: 1, category: "消防安全", text: "灭火器压力正常", severity: "general", photo_required: true, result: null },
    { id: 2, category: "消防安全", text: "疏散通道畅通", severity: "general", photo_required: false, result: null },
    { id: 3, category: "用电安全", text: "无私拉乱接电线", severity: "general", photo_required: false, result: null },
  ],
};

/** A server that keeps what it was sent: uploads, findings, and submissions by Idempotency-Key. */
function street() {
  const state = { uploads: 0, findings: [], submissions: new Map(), loseNextFindingAnswer: false };
  const server = fakeServer({
    "POST /uploads": () => ({ statusCode: 201, data: { id: 100 + ++state.uploads } }),
    "GET /inspections/7": () => ({ statusCode: 200, data: { ...checklist, items: [
      ...checklist.items, ...state.findings.map((f, n) => ({ id: 50 + n, off_list: true, text: f.text }))] } }),
    "POST /inspections/7/findings": (request) => {
      state.findings.push(request.data);
      if (state.loseNextFindingAnswer) {
        state.loseNextFindingAnswer = false;
        throw { errMsg: "request:fail timeout" }; // written on the server, the answer lost on the way back
      }
      return { statusCode: 200, data: checklist };
    },
    "POST /inspections/7/submit": (request) => {
      const key = request.header["Idempotency-Key"];
      if (!state.submissions.has(key)) state.submissions.set(key, request.data);
      const hazards = request.data.answers.filter((a) => a.result === "fail").map((a) => ({ id: a.item_id }));
      return { statusCode: 200, data: { inspection: { id: 7, submitted_at: "2026-12-07T09:00:00+08:00" },
                                        hazards: [...hazards, ...state.findings] } };
    },
  });
  return { state, server };
}

function phone(server, storage = memoryStorage()) {
  const api = createApi({ base: "https://aq.example.cn/api/v1", transport: server.transport, storage });
  const drafts = createDrafts(storage);
  const uploaded = [];
  const photos = { upload: async (photo) => { const id = await api.request("POST", "/uploads", {});
                                              uploaded.push(photo.key); return id.id; },
                   remove: () => {} };
  return { api, drafts, photos, storage, uploaded };
}

function filled() {
  let draft = draftOf(checklist);
  draft = answer(draft, 1, { result: "fail", note: "压力不足", photos: [{ key: "p1", src: "data:" }] });
  draft = answer(draft, 2, { result: "pass" });
  draft = answer(draft, 3, { result: "fail", severity: "major", photos: [{ key: "p2" }] });
  return addFinding(draft, { text: "后厨燃气管老化", photos: [{ key: "p3" }] });
}

describe("the checklist on the phone", () => {
  it("groups by category and says what is still missing", () => {
    const draft = draftOf(checklist);
    expect(groupByCategory(draft.items).map((g) => [g.category, g.items.length])).toEqual([["消防安全", 2], ["用电安全", 1]]);
    expect(problems(draft)).toEqual(["还有 3 项未填写"]);
    const failedWithoutPhoto = answer(answer(answer(draft, 1, { result: "fail" }), 2, { result: "na" }), 3,
                                      { result: "pass" });
    expect(problems(failedWithoutPhoto)).toEqual(["「灭火器压力正常」不合格须拍照"]);
    expect(counts(filled())).toEqual({ pass: 1, fail: 2, na: 0, open: 0, findings: 1 });
  });

  it("library items join without losing answers", () => {
    const draft = answer(draftOf(checklist), 1, { result: "pass" });
    const more = mergeItems(draft, { items: [...checklist.items, { id: 9, category: "燃气安全", text: "燃气报警器" }] });
    expect(more.items.map((i) => i.id)).toEqual([1, 2, 3, 9]);
    expect(more.answers[1].result).toBe("pass");
  });

  it("the submission names every answer with its uploaded photos", () => {
    const draft = filled();
    draft.answers[1].photos[0].uploadId = 101;
    draft.answers[3].photos[0].uploadId = 102;
    expect(submitBody(draft).answers).toEqual([
      { item_id: 1, result: "fail", note: "压力不足", photo_ids: [101] },
      { item_id: 2, result: "pass", note: "", photo_ids: [] },
      { item_id: 3, result: "fail", note: "", photo_ids: [102], severity: "major" }]);
  });
});

describe("the offline queue", () => {
  it("keeps a checklist filled without signal as 未上传, across a restart, and sends it once when the signal returns",
    async () => {
      const { state, server } = street();
      const first = phone(server);
      server.offline = true;
      first.drafts.put(queue(filled()));
      await drainWith(first.api, first.drafts, first.photos);
      expect(first.drafts.unsent().map((d) => d.status)).toEqual(["queued"]);
      expect(first.drafts.get(7).error).toContain("网络不可用");

      // The app is closed and opened again: the draft is still there, with its key.
      const again = phone(server, first.storage);
      const key = again.drafts.get(7).idempotencyKey;
      expect(key).toBeTruthy();
      server.offline = false;
      await drainWith(again.api, again.drafts, again.photos);
      await drainWith(again.api, again.drafts, again.photos); // a second drain finds nothing to send
      expect(again.drafts.get(7).status).toBe("sent");
      expect(again.drafts.get(7).result.hazards).toBe(3);
      expect([...state.submissions.keys()]).toEqual([key]);
      expect(state.uploads).toBe(3);
      expect(state.findings.map((f) => [f.text, f.photo_ids])).toEqual([["后厨燃气管老化", [103]]]);
      expect(server.calls.filter((c) => c.url.endsWith("/submit")).length).toBe(1);
    });

  it("a signal lost half-way resumes without uploading a photo or posting a finding twice", async () => {
    const { state, server } = street();
    const device = phone(server);
    device.drafts.put(queue(filled()));
    state.loseNextFindingAnswer = true;
    await drainWith(device.api, device.drafts, device.photos);
    expect(device.drafts.get(7).status).toBe("queued");
    expect(state.uploads).toBe(3);
    await drainWith(device.api, device.drafts, device.photos);
    expect(device.drafts.get(7).status).toBe("sent");
    expect(state.uploads).toBe(3);
    expect(state.findings.length).toBe(1);
    expect(state.submissions.size).toBe(1);
  });

  it("a refusal (4xx) stops the draft as failed with the server's reason", async () => {
    const server = fakeServer({ "POST /inspections/7/submit": () => ({
      statusCode: 409, data: { code: "INSPECTION_NOT_DRAFT", message: "检查已提交或已作废" } }) });
    const device = phone(server);
    device.drafts.put(queue(answer(draftOf({ ...checklist, items: [checklist.items[1]] }), 2, { result: "pass" })));
    await drainWith(device.api, device.drafts, device.photos);
    expect(device.drafts.get(7).status).toBe("failed");
    expect(device.drafts.get(7).error).toBe("检查已提交或已作废");
    expect(device.drafts.unsent().length).toBe(1);
  });
});
