import { describe, expect, it } from "vitest";
import { colleagueRows, formOf, gridChoices, patchBody, registrationBody, registrationProblems, SECTIONS, sectionBody }
  from "../src/lib/profile.js";
import { menuFor } from "../src/lib/views.js";

const form = { name: "金雁测试纸箱厂", credit_code: "91370602mb0000001x", address: "金雁街道工业路 8 号", region_id: 5,
               industry: "造纸和纸制品业", category: "规下", lat: "31.23", lng: "121.47", employee_count: "12",
               contact_name: "周登记", contact_phone: "13900001111", main_products: " " };

describe("registering an enterprise", () => {
  it("says what is missing before anything is sent", () => {
    expect(registrationProblems(form)).toEqual([]);
    expect(registrationProblems({ ...form, credit_code: "123", region_id: null, lat: "", contact_phone: "12345" }))
      .toEqual(["统一社会信用代码应为 18 位", "请选择所属网格", "请定位或填写企业位置", "请填写 11 位手机号"]);
  });

  it("sends the body POST /enterprises expects: numbers as numbers, the code upper-case, blanks left out", () => {
    expect(registrationBody(form)).toEqual({ name: "金雁测试纸箱厂", credit_code: "91370602MB0000001X",
      address: "金雁街道工业路 8 号", region_id: 5, industry: "造纸和纸制品业", category: "规下", lat: 31.23, lng: 121.47,
      contact_name: "周登记", contact_phone: "13900001111", employee_count: 12 });
  });

  it("offers the grids, each named with its community", () => {
    const regions = [{ id: 1, name: "金雁街道", level: "street", parent_id: null },
                     { id: 2, name: "北社区", level: "community", parent_id: 1 },
                     { id: 5, name: "北一网格", level: "grid", parent_id: 2 }];
    expect(gridChoices(regions)).toEqual([{ id: 5, label: "北社区 · 北一网格" }]);
  });
});

describe("the profile's lists", () => {
  it("build each row's body and refuse an empty one", () => {
    expect(sectionBody("personnel", { ...SECTIONS.personnel.empty(), name: " 李安全 ", phone: "13800000000" }))
      .toEqual({ problems: [], body: { name: "李安全", role: "safety_manager", phone: "13800000000",
                                       certificate_type: "", certificate_no: "" } });
    expect(sectionBody("personnel", { ...SECTIONS.personnel.empty(), phone: "1" }).problems)
      .toEqual(["请填写姓名", "请填写 11 位手机号"]);
    expect(sectionBody("documents", { ...SECTIONS.documents.empty(), title: "应急预案", upload_ids: [3] }).body)
      .toEqual({ doc_type: "rules", title: "应急预案", upload_ids: [3] });
    expect(sectionBody("hazard-points", { ...SECTIONS["hazard-points"].empty(), name: "配电房",
                                          control_measures: "每日巡查\n\n 配灭火器 " }).body)
      .toEqual({ name: "配电房", place: "", risk_level: "yellow", control_measures: ["每日巡查", "配灭火器"],
                 responsible_person: "" });
  });

  it("read as one line each", () => {
    expect(SECTIONS.documents.line({ doc_type: "emergency_plan", title: "综合预案", upload_ids: [1, 2],
                                     review: "unverified" })).toBe("应急预案、应急处置卡:综合预案 · 附件 2 · 待核验");
    expect(SECTIONS["hazard-points"].line({ name: "配电房", place: "一楼", risk_level: "orange" }))
      .toBe("配电房(一楼) · 较大风险");
  });
});

describe("colleagues and the menus", () => {
  it("let an enterprise user remove an active colleague, never themselves", () => {
    const me = { id: 1, role: "enterprise", enterprise_id: 9 };
    const rows = colleagueRows([{ id: 1, is_active: true }, { id: 2, is_active: true }, { id: 3, is_active: false }], me);
    expect(rows.map((row) => [row.id, row.self, row.removable])).toEqual([[1, true, false], [2, false, true],
                                                                            [3, false, false]]);
  });

  it("offer registration to the public, and the profile, colleagues and self-inspection to an enterprise", () => {
    expect(menuFor({ role: "public" }).map((entry) => entry.url)).toContain("/pages/enterprise/register");
    const urls = menuFor({ role: "enterprise", enterprise_id: 9 }).map((entry) => entry.url);
    expect(urls).toEqual(expect.arrayContaining(["/pages/enterprise/profile?id=9", "/pages/enterprise/colleagues",
                                                 "/pages/inspection/self"]));
  });
});

describe("editing a profile row", () => {
  const person = { id: 7, enterprise_id: 3, name: "李安全", role: "safety_manager", phone: "13800000000",
                   certificate_type: "", certificate_no: "", certificate_expires_date: null };
  const point = { id: 9, enterprise_id: 3, name: "配电房", place: "一楼", risk_level: "yellow",
                  control_measures: ["每日巡查", "配灭火器"], responsible_person: "王电工" };
  const document = { id: 4, enterprise_id: 3, doc_type: "rules", title: "规章制度", upload_ids: [11], review: "verified" };

  it("opens the row's own values in the form", () => {
    expect(formOf("personnel", person)).toEqual({ name: "李安全", role: "safety_manager", phone: "13800000000",
                                                 certificate_type: "", certificate_no: "" });
    expect(formOf("hazard-points", point).control_measures).toBe("每日巡查\n配灭火器");
    expect(formOf("documents", document)).toEqual({ doc_type: "rules", title: "规章制度", upload_ids: [11] });
  });

  it("sends only what changed", () => {
    expect(patchBody("personnel", person, { ...formOf("personnel", person), phone: "13900001111" }))
      .toEqual({ problems: [], body: { phone: "13900001111" } });
    expect(patchBody("hazard-points", point, { ...formOf("hazard-points", point), risk_level: "orange" }).body)
      .toEqual({ risk_level: "orange" });
    expect(patchBody("hazard-points", point, formOf("hazard-points", point)).body).toEqual({});
    // A title edit keeps the files (and so the street's review); a new file is a change of upload_ids.
    expect(patchBody("documents", document, { ...formOf("documents", document), title: "规章制度汇编" }).body)
      .toEqual({ title: "规章制度汇编" });
    expect(patchBody("documents", document, { ...formOf("documents", document), upload_ids: [11, 12] }).body)
      .toEqual({ upload_ids: [11, 12] });
    expect(patchBody("personnel", person, { ...formOf("personnel", person), name: " " }).problems).toEqual(["请填写姓名"]);
  });
});
