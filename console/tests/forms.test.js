import { describe, expect, it } from "vitest";

import { campaignPercent, enterpriseQuery, noticeBody, noticeErrors, noticeTarget, receiptRows, regionTree, rejectReasonError,
         userChange } from "../src/lib/forms.js";

describe("the enterprise filters", () => {
  it("send only what was chosen, trimmed, with overdue as true/false", () => {
    expect(enterpriseQuery({ q: "  化工 ", region_id: null, industry: "", color: "red", overdue: "yes" }, 2, 50))
      .toEqual({ page: 2, size: 50, q: "化工", color: "red", overdue: "true" });
    expect(enterpriseQuery({ overdue: "no", status: "pending", region_id: 7 })).toEqual(
      { page: 1, size: 20, status: "pending", region_id: 7, overdue: "false" });
    expect(enterpriseQuery({ q: "   ", overdue: "" })).toEqual({ page: 1, size: 20 });
  });
});

describe("a rejection", () => {
  it("needs a reason of at most 200 characters", () => {
    expect(rejectReasonError("")).toBe("请填写驳回原因");
    expect(rejectReasonError("   ")).toBe("请填写驳回原因");
    expect(rejectReasonError("字".repeat(201))).toBe("驳回原因不超过200字");
    expect(rejectReasonError("营业执照照片不清晰")).toBe("");
  });
});

describe("a notice", () => {
  const form = { title: " 关于消防自查的通知 ", body: "请于周五前完成。", industries: ["化工"], categories: [],
                 region_ids: [3, 4] };

  it("targets only the criteria chosen; none means the whole scope", () => {
    expect(noticeTarget(form)).toEqual({ industries: ["化工"], region_ids: [3, 4] });
    expect(noticeTarget({ industries: [], categories: [], region_ids: [] })).toEqual({});
    expect(noticeBody(form)).toEqual({ title: "关于消防自查的通知", body: "请于周五前完成。",
                                       target: { industries: ["化工"], region_ids: [3, 4] } });
  });

  it("needs a title and a body within the API's limits", () => {
    expect(noticeErrors(form)).toEqual({});
    expect(noticeErrors({ title: " ", body: "" })).toEqual({ title: "请填写标题", body: "请填写正文" });
    expect(noticeErrors({ title: "题".repeat(101), body: "文".repeat(5001) }))
      .toEqual({ title: "标题不超过100字", body: "正文不超过5000字" });
    expect(noticeErrors({ ...form, region_ids: Array.from({ length: 101 }, (_, i) => i + 1) }).target)
      .toBe("区域最多选100个");
  });

  it("lists the read receipts first, then the unread", () => {
    const rows = receiptRows({
      read_by_enterprises: [{ enterprise_id: 2, enterprise_name: "乙", read_at: "2026-12-07T09:00:00+08:00" }],
      unread_by_enterprises: [{ enterprise_id: 1, enterprise_name: "甲", read_at: null }],
    });
    expect(rows.map((r) => [r.enterprise_name, r.state])).toEqual([["乙", "已读"], ["甲", "未读"]]);
  });
});

describe("an account change", () => {
  const user = { id: 5, name: "张检查", role: "inspector", region_id: 3 };

  it("sends only what changed", () => {
    expect(userChange(user, { name: "张检查", role: "admin", region_id: 3 })).toEqual(
      { body: { role: "admin" }, error: "" });
    expect(userChange(user, { name: " 张三 ", role: "inspector", region_id: 4 })).toEqual(
      { body: { name: "张三", region_id: 4 }, error: "" });
  });

  it("refuses a non-staff role, a missing region or name, and no change at all", () => {
    expect(userChange(user, { name: "x", role: "enterprise", region_id: 3 }).error).toBe("请选择工作人员角色");
    expect(userChange(user, { name: "x", role: "admin", region_id: null }).error).toBe("请选择所属区域");
    expect(userChange(user, { name: " ", role: "admin", region_id: 3 }).error).toBe("请填写姓名");
    expect(userChange(user, { ...user })).toEqual({ body: null, error: "没有修改" });
  });
});

describe("the region tree", () => {
  it("nests children under their parents; leaves have no children list", () => {
    const tree = regionTree([
      { id: 1, name: "区", level: "district", parent_id: null },
      { id: 2, name: "街道", level: "street", parent_id: 1 },
      { id: 3, name: "甲社区", level: "community", parent_id: 2 },
      { id: 4, name: "乙社区", level: "community", parent_id: 2 },
    ]);
    expect(tree).toEqual([{ value: 1, label: "区", level: "district", children: [
      { value: 2, label: "街道", level: "street", children: [
        { value: 3, label: "甲社区", level: "community" }, { value: 4, label: "乙社区", level: "community" }] }] }]);
  });

  it("puts a region whose parent is out of scope at the top (a community admin sees their own subtree)", () => {
    expect(regionTree([{ id: 3, name: "甲社区", level: "community", parent_id: 2 }]))
      .toEqual([{ value: 3, label: "甲社区", level: "community" }]);
  });
});

describe("a campaign's progress", () => {
  it("is the share of targets that submitted, 0 without targets", () => {
    expect(campaignPercent({ targets: 3, submitted: 1, overdue: 0 })).toBe(33);
    expect(campaignPercent({ targets: 0, submitted: 0, overdue: 0 })).toBe(0);
    expect(campaignPercent({ targets: 2, submitted: 2, overdue: 0 })).toBe(100);
  });
});
