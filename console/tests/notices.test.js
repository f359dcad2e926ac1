import { describe, expect, it } from "vitest";

import { attachmentError, blankNotice, nearError, noticeBody, noticeErrors, noticeTarget,
         targetText } from "../src/lib/notices.js";

const form = (changes) => ({ ...blankNotice(), title: "关于消防自查的通知", body: "请于周五前完成。", ...changes });

describe("a notice's target", () => {
  it("holds only the criteria chosen, a circle only when complete", () => {
    expect(noticeTarget(form({ industries: ["化工"] }))).toEqual({ industries: ["化工"] });
    expect(noticeTarget(form({ enterprise_ids: [7, 9] }))).toEqual({ enterprise_ids: [7, 9] });
    expect(noticeTarget(form({ near_on: true, lat: 31.1, lng: 104.4, radius_m: 800 })))
      .toEqual({ near: { lat: 31.1, lng: 104.4, radius_m: 800 } });
    expect(noticeTarget(form({ near_on: true, lat: null, lng: 104.4 }))).toEqual({});
    expect(noticeTarget(form({ near_on: false, lat: 31.1, lng: 104.4 }))).toEqual({});
    expect(noticeTarget(blankNotice())).toEqual({});
  });

  it("says what is wrong with the circle", () => {
    expect(nearError(form({ near_on: true, lat: null, lng: null }))).toBe("请填写圆心的纬度和经度");
    expect(nearError(form({ near_on: true, lat: 91, lng: 104 }))).toBe("纬度须在 -90 到 90 之间");
    expect(nearError(form({ near_on: true, lat: 31, lng: 181 }))).toBe("经度须在 -180 到 180 之间");
    expect(nearError(form({ near_on: true, lat: 31, lng: 104, radius_m: 0 }))).toBe("请填写大于0的半径(米)");
    expect(nearError(form({ near_on: true, lat: 31, lng: 104, radius_m: 50001 }))).toBe("半径不超过50000米");
    expect(nearError(form({ near_on: true, lat: 31, lng: 104, radius_m: 50000 }))).toBe("");
    expect(nearError(form({ near_on: false, lat: 999 }))).toBe("");
  });

  it("collects the form's messages", () => {
    expect(noticeErrors(form({}))).toEqual({});
    expect(noticeErrors(form({ title: "", near_on: true, radius_m: -1, lat: 1, lng: 1 })))
      .toEqual({ title: "请填写标题", near: "请填写大于0的半径(米)" });
    expect(noticeErrors(form({ enterprise_ids: Array.from({ length: 501 }, (_, i) => i + 1) })).enterprises)
      .toBe("指定企业最多500家");
  });

  it("sends the attachment's upload id", () => {
    expect(noticeBody(form({ industries: ["化工"], attachment: { id: 12, name: "通知.pdf" } }))).toEqual({
      title: "关于消防自查的通知", body: "请于周五前完成。", target: { industries: ["化工"] }, attachment_upload_id: 12 });
    expect(noticeBody(form({})).attachment_upload_id).toBeUndefined();
  });

  it("checks the attachment before uploading it", () => {
    expect(attachmentError({ type: "application/pdf", size: 1000 })).toBe("");
    expect(attachmentError({ type: "application/msword", size: 1000 })).toBe("附件须为 PDF 或 JPEG、PNG、WebP 图片");
    expect(attachmentError({ type: "image/png", size: 11 * 1024 * 1024 })).toBe("附件不超过10MB");
    expect(attachmentError(null)).toBe("");
  });

  it("reads a stored target in words", () => {
    expect(targetText({})).toBe("辖区全部企业");
    expect(targetText({ industries: ["化工"], region_ids: [3] }, { 3: "金雁湖社区" })).toBe("行业:化工;区域:金雁湖社区");
    expect(targetText({ enterprise_ids: [1, 2] }, {}, { 1: "甲厂", 2: "乙厂" })).toBe("指定企业:甲厂、乙厂");
    expect(targetText({ enterprise_ids: [1, 2] }, {}, { 1: "甲厂" })).toBe("指定企业2家");
    expect(targetText({ near: { lat: 31.1, lng: 104.4, radius_m: 500 } })).toBe("以(31.1, 104.4)为圆心半径500米");
  });
});
