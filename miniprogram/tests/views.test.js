import { describe, expect, it } from "vitest";
import { colorLabel, hazardActions, isoDate, menuFor, pageUrl, sortDue } from "../src/lib/views.js";
import { tokenOf } from "../src/lib/platform-token.js";

describe("page logic", () => {
  it("names colours in Chinese", () => {
    expect([colorLabel("green"), colorLabel("red"), colorLabel(null)]).toEqual(["绿码", "红码", "未评定"]);
  });

  it("lets the owner fix an open hazard and staff verify a submitted one", () => {
    const owner = { role: "enterprise", enterprise_id: 3 };
    const inspector = { role: "inspector", enterprise_id: null };
    expect(hazardActions(owner, { enterprise_id: 3, status: "open" })).toEqual(["rectify", "extend"]);
    expect(hazardActions({ ...owner, enterprise_id: 4 }, { enterprise_id: 3, status: "open" })).toEqual([]);
    expect(hazardActions(inspector, { enterprise_id: 3, status: "submitted" })).toEqual(["verify"]);
    expect(hazardActions(inspector, { enterprise_id: 3, status: "open" })).toEqual([]);
  });

  it("opens the pages our messages link to, and nothing else", () => {
    expect(pageUrl("pages/hazard/detail?id=3")).toBe("/pages/hazard/detail?id=3");
    expect(pageUrl("pages/public-report/detail?id=5")).toBe("/pages/public-report/detail?id=5");
    expect(pageUrl("https://evil.example/x")).toBeNull();
    expect(pageUrl("")).toBeNull();
  });

  it("menus follow the role", () => {
    expect(menuFor({ role: "enterprise", enterprise_id: 5 }).map((m) => m.url))
      .toContain("/pages/enterprise/risk?id=5");
    expect(menuFor({ role: "inspector" })[0].url).toBe("/pages/scan/index");
  });

  it("lists due inspections overdue first, then by colour", () => {
    const rows = [{ name: "a", color: "green", overdue: false, due_on: "2026-12-01" },
                  { name: "b", color: "red", overdue: false, due_on: "2026-12-09" },
                  { name: "c", color: "yellow", overdue: true, due_on: "2026-12-10" }];
    expect(sortDue(rows).map((r) => r.name)).toEqual(["c", "b", "a"]);
  });

  it("reads the token from every way the identity link arrives", () => {
    expect(tokenOf("https://aq.example.cn/q/AbC-123_x")).toBe("AbC-123_x");
    expect(tokenOf(encodeURIComponent("https://aq.example.cn/q/tok1"))).toBe("tok1");
    expect(tokenOf("pages/scan/index?scene=tok2")).toBe("tok2");
    expect(tokenOf("tok3")).toBe("tok3");
    expect(tokenOf("https://other.example/some/page")).toBeNull();
  });

  it("dates for the extension picker", () => {
    expect(isoDate(1, new Date(2026, 11, 31, 12))).toBe("2027-01-01");
  });
});

describe("the daily report", () => {
  it("names each required question left unanswered", async () => {
    const { reportProblems } = await import("../src/lib/views.js");
    const questions = [{ key: "patrol", label: "今日是否开展安全巡查", kind: "bool", required: true },
                       { key: "note", label: "备注", kind: "text", required: false }];
    expect(reportProblems(questions, {})).toEqual(["请回答:今日是否开展安全巡查"]);
    expect(reportProblems(questions, { patrol: false })).toEqual([]);
  });
});
