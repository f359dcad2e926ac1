import { describe, expect, it } from "vitest";

import { POSTERS_MAX, adviceGain, documentReviewError, rulesetText, enterpriseActions, factBody, factErrors, factForm, posterPages,
         postersQuery, revokeReasonError, scoreText } from "../src/lib/enterprise.js";

describe("who may do what on an enterprise page", () => {
  it("follows core/access.py: admins and inspectors review, only admins reissue, all staff read the scans", () => {
    const none = { review: false, reissue: false, approve: false, scans: false };
    expect(enterpriseActions({ role: "admin" })).toEqual({ review: true, reissue: true, approve: true, scans: true });
    expect(enterpriseActions({ role: "inspector" })).toEqual({ ...none, review: true, scans: true });
    expect(enterpriseActions({ role: "command" })).toEqual({ ...none, scans: true });
    expect(enterpriseActions({ role: "enterprise" })).toEqual(none);
    expect(enterpriseActions(null)).toEqual(none);
  });
});

describe("verifying a document", () => {
  it("needs a reason to reject, none to approve, at most 200 characters", () => {
    expect(documentReviewError(true, "")).toBe("");
    expect(documentReviewError(false, "  ")).toBe("请填写不通过的原因");
    expect(documentReviewError(false, "应急预案已过期")).toBe("");
    expect(documentReviewError(true, "字".repeat(201))).toBe("核验意见不超过200字");
  });
});

describe("a veto fact", () => {
  const valid = { kind: "accident", occurred_on: "2026-03-01", reason: "车间起火,一人轻伤" };

  it("needs a kind, a date no later than Beijing's today and a reason", () => {
    expect(factErrors(valid, "2026-03-01")).toEqual({});
    expect(factErrors(factForm(), "2026-03-01")).toEqual(
      { kind: "请选择事实种类", occurred_on: "请选择发生日期", reason: "请填写事由" });
    expect(factErrors({ ...valid, kind: "rumour" }, "2026-03-01").kind).toBe("请选择事实种类");
    expect(factErrors({ ...valid, occurred_on: "2026-03-02" }, "2026-03-01").occurred_on).toBe("发生日期不能晚于今天");
    expect(factErrors({ ...valid, reason: "字".repeat(501) }, "2026-03-01").reason).toBe("事由不超过500字");
  });

  it("is sent trimmed, and a revocation needs its reason", () => {
    expect(factBody({ ...valid, reason: "  起火 " })).toEqual({ ...valid, reason: "起火" });
    expect(revokeReasonError("")).toBe("请填写撤销原因");
    expect(revokeReasonError("记录有误")).toBe("");
    expect(revokeReasonError("字".repeat(501))).toBe("撤销原因不超过500字");
  });
});

describe("posters in bulk", () => {
  it("prints the ticked enterprises, up to the server's limit", () => {
    expect(postersQuery({ ids: [3, 1, 2] })).toEqual({ query: { enterprise_ids: "3,1,2" }, error: "" });
    const many = Array.from({ length: POSTERS_MAX + 1 }, (_, i) => i + 1);
    expect(postersQuery({ ids: many }).error).toBe("一次最多打印 60 家企业的海报,已选 61 家,请分批打印");
    expect(postersQuery({ ids: many.slice(0, 60) }).query.enterprise_ids.split(",")).toHaveLength(60);
  });

  it("or a whole region when nothing is ticked, if it holds 1 to 60 enterprises", () => {
    expect(postersQuery({ regionId: 7, regionCount: 12 })).toEqual({ query: { region_id: 7 }, error: "" });
    expect(postersQuery({ regionId: 7, regionCount: 61 }).error)
      .toBe("该区域有 61 家企业,一次最多打印 60 家,请选择下级网格或勾选企业");
    expect(postersQuery({ regionId: 7, regionCount: 0 }).error).toBe("该区域没有正常营业的企业");
    expect(postersQuery({}).error).toBe("请选择网格或区域,或在表格中勾选企业");
  });

  it("takes one A4 page per two posters", () => {
    expect([1, 2, 3, 60].map(posterPages)).toEqual([1, 1, 2, 30]);
    expect([null, 71.6].map(scoreText)).toEqual(["—", "72"]);
  });
});

describe("the risk explanation", () => {
  it("says what a step gains and which colour it lifts", () => {
    expect(adviceGain({ action: "上传应急预案", gain: 2, lifts: "" })).toBe("可提升 2 分");
    expect(adviceGain({ action: "事故记录满一年", gain: 0, lifts: "red" })).toBe("解除红码");
    expect(adviceGain({ action: "整改隐患", gain: 5, lifts: "yellow" })).toBe("可提升 5 分,解除黄码");
    expect([0, 3].map(rulesetText)).toEqual(["出厂默认规则", "规则第 3 版"]);
  });
});
