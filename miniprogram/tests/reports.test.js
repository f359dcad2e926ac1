import { describe, expect, it } from "vitest";
import { formEncoded, mayClose, offersReport, reportBody, reportProblems } from "../src/lib/reports.js";
import { menuFor } from "../src/lib/views.js";

describe("a public report", () => {
  it("is checked on the phone as the server checks it", () => {
    expect(reportProblems({ text: " 后门消防通道堵塞 ", contact: "" })).toEqual([]);
    expect(reportProblems({ text: "   " })).toEqual(["请描述发现的问题(至少 2 个字)"]);
    expect(reportProblems({ text: "很".repeat(501) })).toEqual(["问题描述不能超过 500 个字"]);
    expect(reportProblems({ text: "有人\u0000抽烟", contact: "139\n0000" }))
      .toEqual(["问题描述含有不可见的控制字符", "联系方式含有不可见的控制字符或换行"]);
    expect(reportProblems({ text: "有人抽烟", contact: "1".repeat(41) })).toEqual(["联系方式不能超过 40 个字"]);
    // Line breaks are the text's own.
    expect(reportProblems({ text: "第一行\r\n第二行" })).toEqual([]);
  });

  it("goes up trimmed, urlencoded when it has no photo", () => {
    expect(reportBody({ text: " 有人抽烟\r\n仓库 ", contact: " 王先生 " })).toEqual({ text: "有人抽烟\n仓库", contact: "王先生" });
    expect(formEncoded({ text: "有人 抽烟", contact: "" })).toBe("text=%E6%9C%89%E4%BA%BA%20%E6%8A%BD%E7%83%9F");
  });

  it("is offered on the public card only while the street has it on", () => {
    expect(offersReport({ view: "public", reporting_enabled: true })).toBe(true);
    expect(offersReport({ view: "public", reporting_enabled: false })).toBe(false);
    expect(offersReport({ view: "inspector", reporting_enabled: true })).toBe(false);
    expect(offersReport(null)).toBe(false);
  });

  it("is closed by inspectors and admins while open; staff find the list on their home page", () => {
    expect(mayClose({ role: "inspector" }, { status: "open" })).toBe(true);
    expect(mayClose({ role: "admin" }, { status: "closed" })).toBe(false);
    expect(mayClose({ role: "command" }, { status: "open" })).toBe(false);
    expect(menuFor({ role: "inspector" }).map((m) => m.url)).toContain("/pages/public-report/list");
    expect(menuFor({ role: "enterprise", enterprise_id: 3 }).map((m) => m.url)).not.toContain("/pages/public-report/list");
  });
});
