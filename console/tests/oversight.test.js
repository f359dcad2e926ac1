import { describe, expect, it } from "vitest";

import { apiPath, beijingToday, extensionDecision, hazardQuery, inspectionQuery, mayDecide, reasonError,
         timelineTitle, verifyDecision, waited } from "../src/lib/oversight.js";

describe("the lists' queries", () => {
  it("sends only the filters chosen, the day range as date_from/date_to", () => {
    expect(inspectionQuery({ days: ["2026-11-01", "2026-11-30"], region_id: 3, status: "", kind: "campaign" }, 2, 50))
      .toEqual({ page: 2, size: 50, region_id: 3, kind: "campaign", date_from: "2026-11-01", date_to: "2026-11-30" });
    expect(inspectionQuery({ days: null, region_id: null, status: "submitted", kind: "" }))
      .toEqual({ status: "submitted" });
    expect(hazardQuery({ days: [], severity: "major", overdue: "yes", status: "open", kind: "self" }, 1, 20))
      .toEqual({ page: 1, size: 20, status: "open", severity: "major", kind: "self", overdue: "true" });
    expect(hazardQuery({ overdue: "no", extension_pending: true })).toEqual({ overdue: "false", extension_pending: "true" });
  });
});

describe("a refusal's reason", () => {
  it("is required, and not longer than the API takes", () => {
    expect(reasonError("  ")).toBe("请填写原因");
    expect(reasonError("x".repeat(501))).toBe("原因不超过500字");
    expect(reasonError("", { required: false })).toBe("");
    expect(reasonError("配件已到货", { what: "不批准的原因" })).toBe("");
  });
});

describe("deciding an extension", () => {
  const extension = { previous_deadline: "2026-12-10", requested_deadline: "2026-12-20" };
  const today = "2026-12-07";

  it("approves as asked, or another date later than the current deadline and not before today", () => {
    expect(extensionDecision({ approved: true, deadline: "2026-12-20", note: "" }, extension, today))
      .toEqual({ body: { approved: true, note: "" }, errors: {} });
    expect(extensionDecision({ approved: true, deadline: "2026-12-15", note: " 先延五天 " }, extension, today).body)
      .toEqual({ approved: true, note: "先延五天", deadline: "2026-12-15" });
    expect(extensionDecision({ approved: true, deadline: "2026-12-10" }, extension, today).errors)
      .toEqual({ deadline: "须晚于当前整改期限 2026-12-10" });
    const overdue = { previous_deadline: "2026-12-01", requested_deadline: "2026-12-20" };
    expect(extensionDecision({ approved: true, deadline: "2026-12-05" }, overdue, today).errors)
      .toEqual({ deadline: "不能早于今天" });
  });

  it("refuses only with a reason", () => {
    const refused = extensionDecision({ approved: false, deadline: "", note: "" }, extension, today);
    expect(refused).toEqual({ body: null, errors: { note: "请填写不批准的原因" } });
    expect(extensionDecision({ approved: false, note: "期限内可以完成" }, extension, today).body)
      .toEqual({ approved: false, note: "期限内可以完成" });
    expect(extensionDecision({ approved: false, note: "长".repeat(501) }, extension, today).errors.note)
      .toBe("不批准的原因不超过500字");
  });
});

describe("verifying a fix", () => {
  it("accepts without a note, rejects only with a reason", () => {
    expect(verifyDecision({ approved: true, note: "" })).toEqual({ body: { approved: true, note: "" }, error: "" });
    expect(verifyDecision({ approved: false, note: " " })).toEqual({ body: null, error: "请填写驳回原因" });
    expect(verifyDecision({ approved: false, note: "灭火器仍未检验" }).body)
      .toEqual({ approved: false, note: "灭火器仍未检验" });
    expect(verifyDecision({ approved: false, note: "字".repeat(1001) }).error).toBe("驳回原因不超过1000字");
  });

  it("only inspectors and admins decide", () => {
    expect([mayDecide({ role: "admin" }), mayDecide({ role: "inspector" }), mayDecide({ role: "command" }),
            mayDecide(null)]).toEqual([true, true, false, false]);
  });
});

describe("the small things", () => {
  it("says how long a fix has waited", () => {
    const now = new Date("2026-12-07T10:00:00+08:00");
    expect(waited("2026-12-07T09:30:00+08:00", 0, now)).toBe("不到1小时");
    expect(waited("2026-12-07T05:00:00+08:00", 0, now)).toBe("5小时");
    expect(waited("2026-12-04T05:00:00+08:00", 3, now)).toBe("3天");
    // Submitted last night: one Beijing day, as the reminders and the command page count it, though 11 hours.
    expect(waited("2026-12-06T23:00:00+08:00", 1, now)).toBe("1天");
  });

  it("names the timeline's steps and Beijing's day", () => {
    expect(timelineTitle({ kind: "status", from: null, to: "open" })).toBe("发现隐患");
    expect(timelineTitle({ kind: "status", from: "submitted", to: "open" })).toBe("复查驳回,退回整改");
    expect(timelineTitle({ kind: "extension_approved", from: "open", to: "open" })).toBe("批准延期");
    expect(beijingToday(new Date("2026-12-06T17:30:00Z"))).toBe("2026-12-07");
    expect(apiPath("/api/v1/inspections/7/record.pdf")).toBe("/inspections/7/record.pdf");
  });
});
