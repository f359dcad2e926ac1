import { describe, expect, it } from "vitest";
import { createApi } from "../src/lib/api.js";
import { createSignatures, createStrokes, documentRows, drainSignatures, queueSignature, sidesOf, signatureBody,
         signatureProblems } from "../src/lib/signatures.js";
import { wasVerified } from "../src/lib/views.js";
import { fakeServer, memoryStorage } from "./memory.js";

/** A server that keeps signatures once per side and stage, and can be told the inspection is not yet submitted. */
function street() {
  const state = { uploads: 0, signed: [], submitted: true, loseNextAnswer: false };
  const server = fakeServer({
    "POST /uploads": () => ({ statusCode: 201, data: { id: 200 + ++state.uploads } }),
    "POST /inspections/7/signatures": (request) => {
      if (!state.submitted) {
        return { statusCode: 409, data: { code: "INSPECTION_NOT_SUBMITTED", message: "检查提交后才能签字" } };
      }
      const body = request.data;
      if (state.signed.some((s) => s.stage === body.stage && s.signer_role === body.signer_role)) {
        return { statusCode: 409, data: { code: "SIGNATURE_EXISTS", message: "这一方已经在该文书上签字(或已记录拒签)" } };
      }
      state.signed.push(body);
      if (state.loseNextAnswer) {
        state.loseNextAnswer = false;
        throw { errMsg: "request:fail timeout" };
      }
      return { statusCode: 201, data: { id: state.signed.length, ...body } };
    },
  });
  return { state, server };
}

function phone(server, storage = memoryStorage()) {
  const api = createApi({ base: "https://aq.example.cn/api/v1", transport: server.transport, storage });
  const signatures = createSignatures(storage);
  const removed = [];
  const images = { upload: async () => (await api.request("POST", "/uploads", {})).id,
                   remove: (image) => removed.push(image.key) };
  return { api, signatures, images, removed, storage };
}

const inspector = () => queueSignature({ inspectionId: 7, stage: "inspection", role: "inspector", name: "王检查",
                                        image: { key: "s1", src: "data:image/png;base64," }, at: { lat: 31.2, lng: 121.4 } });
const officer = () => queueSignature({ inspectionId: 7, stage: "inspection", role: "enterprise", name: " 李安全 ",
                                      title: "负责人", image: { key: "s2" } });

describe("the signature pad", () => {
  it("measures the ink drawn, and a tap or nothing is not a signature", () => {
    const strokes = createStrokes();
    expect(strokes.move(1, 1)).toBe(null);
    strokes.start(10, 10);
    expect(signatureProblems({ role: "inspector", ink: strokes.ink() })).toEqual(["请在签字框内手写签名"]);
    expect(strokes.move(40, 50)).toEqual({ x: 10, y: 10 });
    strokes.start(0, 0);
    strokes.move(0, 30);
    expect(strokes.ink()).toBe(80);
    expect(strokes.count).toBe(2);
    expect(signatureProblems({ role: "inspector", ink: strokes.ink() })).toEqual([]);
    strokes.clear();
    expect(strokes.ink()).toBe(0);
  });

  it("asks the enterprise's person for a name, and a refusal for a witness (only that side may refuse)", () => {
    expect(signatureProblems({ role: "enterprise", name: " ", ink: 100 })).toEqual(["请填写签字人姓名"]);
    expect(signatureProblems({ role: "enterprise", refused: true, witness: "" })).toEqual(["拒签须填写见证人姓名"]);
    expect(signatureProblems({ role: "enterprise", refused: true, witness: "张见证" })).toEqual([]);
    expect(signatureProblems({ role: "inspector", refused: true, witness: "张见证" }))
      .toEqual(["只有被检查单位一方可以拒签"]);
  });

  it("posts what decision 052 asks: the inspector by account, the enterprise by name, a refusal without image", () => {
    expect(signatureBody({ ...inspector(), uploadId: 5 })).toEqual({ stage: "inspection", signer_role: "inspector",
                                                                    upload_id: 5, lat: 31.2, lng: 121.4 });
    expect(signatureBody({ ...officer(), uploadId: 6 })).toEqual({ stage: "inspection", signer_role: "enterprise",
      signer_name: "李安全", signer_title: "负责人", upload_id: 6 });
    const refusal = queueSignature({ inspectionId: 7, stage: "review", role: "enterprise", name: "", refused: true,
                                     witness: "张见证 " });
    expect(signatureBody(refusal)).toEqual({ stage: "review", signer_role: "enterprise", signer_name: "",
                                             signer_title: "", refused: true, witness_name: "张见证" });
  });
});

describe("signatures queue on the phone like the checklist", () => {
  it("waits offline, then uploads each image once and posts each side once", async () => {
    const { state, server } = street();
    const mine = phone(server);
    mine.signatures.put(inspector());
    mine.signatures.put(officer());
    server.offline = true;
    await drainSignatures(mine.api, mine.signatures, mine.images);
    expect(mine.signatures.unsent().map((s) => s.status)).toEqual(["queued", "queued"]);
    expect(sidesOf([], mine.signatures.forInspection(7), "inspection").map((s) => s.state)).toEqual(["queued", "queued"]);

    server.offline = false;
    state.loseNextAnswer = true; // the inspector's signature is written, its answer lost
    await drainSignatures(mine.api, mine.signatures, mine.images);
    expect(mine.signatures.get("7:inspection:inspector").status).toBe("queued");
    await drainSignatures(mine.api, mine.signatures, mine.images);
    expect(mine.signatures.unsent()).toEqual([]);
    expect(state.uploads).toBe(2); // the image was not uploaded again after the lost answer
    expect(state.signed.map((s) => s.signer_role)).toEqual(["inspector", "enterprise"]);
    expect(mine.removed).toEqual(["s1", "s2"]);
  });

  it("holds a signature while its checklist is still queued, and until the server has it submitted", async () => {
    const { state, server } = street();
    const mine = phone(server);
    mine.signatures.put(inspector());
    await drainSignatures(mine.api, mine.signatures, mine.images, new Set([7]));
    expect(server.calls).toEqual([]);
    state.submitted = false;
    await drainSignatures(mine.api, mine.signatures, mine.images);
    expect(mine.signatures.get("7:inspection:inspector")).toMatchObject({ status: "queued",
                                                                          errorCode: "INSPECTION_NOT_SUBMITTED" });
    state.submitted = true;
    await drainSignatures(mine.api, mine.signatures, mine.images);
    expect(mine.signatures.get("7:inspection:inspector").status).toBe("sent");
    expect(state.uploads).toBe(1);
  });

  it("takes a side already signed (on another phone) as done, and stops on any other refusal", async () => {
    const { state, server } = street();
    state.signed.push({ stage: "inspection", signer_role: "enterprise" });
    const mine = phone(server);
    mine.signatures.put(officer());
    await drainSignatures(mine.api, mine.signatures, mine.images);
    expect(mine.signatures.get("7:inspection:enterprise").status).toBe("sent");

    const other = phone(fakeServer({ "POST /uploads": () => ({ statusCode: 201, data: { id: 9 } }),
      "POST /inspections/7/signatures": () => ({ statusCode: 422,
        data: { code: "SIGNATURE_INVALID", message: "签名图片无法识别", detail: { field: "upload_id" } } }) }));
    other.signatures.put(inspector());
    await drainSignatures(other.api, other.signatures, other.images);
    expect(other.signatures.get("7:inspection:inspector")).toMatchObject({ status: "failed", error: "签名图片无法识别" });
    expect(sidesOf([], other.signatures.forInspection(7), "inspection")[0].state).toBe("failed");
  });

  it("shows each side from the server first, then the phone", () => {
    const server = [{ stage: "inspection", signer_role: "enterprise", signer_name: "", refused: true,
                      witness_name: "张见证" }];
    const sides = sidesOf(server, [{ ...inspector() }], "inspection");
    expect(sides).toEqual([{ role: "inspector", state: "queued", name: "王检查", refused: false, witness: "",
                             error: null },
                           { role: "enterprise", state: "signed", name: "", refused: true, witness: "张见证" }]);
    expect(sidesOf(server, [], "review").map((s) => s.state)).toEqual(["open", "open"]);
  });
});

describe("the documents on the inspection and hazard pages", () => {
  it("link to the API's PDFs and say which cannot be printed yet", () => {
    const rows = documentRows([
      { kind: "record", title: "现场检查记录", available: true, url: "/api/v1/inspections/7/record.pdf",
        number: "金雁安检〔2026〕第0082号" },
      { kind: "review", title: "整改复查意见书", available: false, url: "/api/v1/inspections/7/review.pdf", number: null },
    ], "https://aq.example.cn/api/v1");
    expect(rows.map((r) => [r.href, r.label])).toEqual([
      ["https://aq.example.cn/api/v1/inspections/7/record.pdf", "现场检查记录(金雁安检〔2026〕第0082号)"],
      ["https://aq.example.cn/api/v1/inspections/7/review.pdf", "整改复查意见书(尚不能出具)"]]);
  });

  it("offer the review signature once a hazard was verified, approved or rejected", () => {
    expect(wasVerified({ status: "submitted", timeline: [{ from: "open", to: "submitted" }] })).toBe(false);
    expect(wasVerified({ status: "closed", timeline: [] })).toBe(true);
    expect(wasVerified({ status: "open", timeline: [{ from: "submitted", to: "open" }] })).toBe(true);
  });
});
