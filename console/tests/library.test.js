import { describe, expect, it } from "vitest";

import { audienceText, beijingToday, campaignBody, campaignErrors, campaignForm, checkItemBody, checkItemChange,
         checkItemErrors, checkItemForm, deadlineText, mayConfigureStreet, moved, newQuestionKey, reportFormBody,
         reportFormErrors, templateChange, templateErrors, templateForm } from "../src/lib/library.js";

const REGIONS = [{ id: 1, parent_id: null }, { id: 2, parent_id: 1 }, { id: 3, parent_id: 2 }];

describe("who configures the street", () => {
  it("is an admin at the top of the tree, or without a region", () => {
    expect(mayConfigureStreet({ role: "admin", region_id: 1 }, REGIONS)).toBe(true);
    expect(mayConfigureStreet({ role: "admin", region_id: null }, REGIONS)).toBe(true);
    expect(mayConfigureStreet({ role: "admin", region_id: 3 }, REGIONS)).toBe(false);  // a community's admin
    expect(mayConfigureStreet({ role: "inspector", region_id: 1 }, REGIONS)).toBe(false);
    expect(mayConfigureStreet({ role: "admin", region_id: 2 }, [])).toBe(false);  // regions not loaded yet
    expect(mayConfigureStreet(null, REGIONS)).toBe(false);
  });
});

describe("a check item", () => {
  const valid = { ...checkItemForm(), code: "JY-01", category: "消防安全", text: "疏散通道畅通" };

  it("needs a code, a category and wording within the API's limits", () => {
    expect(checkItemErrors(valid, { creating: true })).toEqual({});
    expect(checkItemErrors(checkItemForm(), { creating: true })).toEqual(
      { code: "请填写编号", category: "请选择或填写类别", text: "请填写检查内容" });
    expect(checkItemErrors({ ...valid, code: "消防1" }, { creating: true }).code)
      .toBe("编号为2到20位字母、数字、下划线或连字符");
    expect(checkItemErrors({ ...valid, code: "jy-01" }, { creating: true, takenCodes: ["JY-01"] }).code)
      .toBe("该编号已存在,请换一个");
    expect(checkItemErrors({ ...valid, text: "安" }).text).toBe("检查内容至少2个字");
    expect(checkItemErrors({ ...valid, text: "字".repeat(301) }).text).toBe("检查内容不超过300字");
    expect(checkItemErrors({ ...valid, basis: "依".repeat(201) }).basis).toBe("依据不超过200字");
    expect(checkItemErrors({ ...valid, category: "类".repeat(21) }).category).toBe("类别不超过20字");
    expect(checkItemErrors({ ...valid, industries: Array.from({ length: 31 }, (_, i) => `行业${i}`) }).industries)
      .toBe("最多选30项");
  });

  it("has a deadline of 0 to 365 whole days, or the treatment plan's", () => {
    for (const days of [-1, 366, 1.5, "", null]) {
      expect(checkItemErrors({ ...valid, deadline_days: days }).deadline_days).toBeTruthy();
    }
    expect(checkItemErrors({ ...valid, deadline_days: null, deadline_mode: "plan" })).toEqual({});
    expect(checkItemBody({ ...valid, deadline_mode: "plan" }).deadline_days).toBeNull();
    expect(checkItemBody({ ...valid, deadline_days: 0 }).deadline_days).toBe(0);
    expect([deadlineText(null), deadlineText(0), deadlineText(3)]).toEqual(["按治理方案", "立即整改", "3 天"]);
  });

  it("is created with every field, trimmed; the major condition only for a major one", () => {
    expect(checkItemBody({ ...valid, text: "  疏散通道畅通 ", major_condition: "x", industries: ["餐饮"] })).toEqual({
      code: "JY-01", category: "消防安全", text: "疏散通道畅通", basis: "", severity: "general", major_condition: "",
      deadline_days: 7, hazard_type: "thing", photo_required: true, industries: ["餐饮"], categories: [],
      features: [] });
  });

  const item = { id: 9, code: "JY-01", category: "消防安全", text: "疏散通道畅通", basis: "", severity: "general",
                 major_condition: "", deadline_days: 7, hazard_type: "thing", photo_required: true,
                 industries: [], categories: [], features: [], preset: false, retired_at: null };

  it("is edited by sending only what changed", () => {
    const form = checkItemForm(item);
    expect(checkItemChange(item, form)).toEqual({ body: null, error: "没有修改" });
    expect(checkItemChange(item, { ...form, text: "疏散通道、安全出口畅通 ", deadline_mode: "plan" })).toEqual(
      { body: { text: "疏散通道、安全出口畅通", deadline_days: null }, error: "" });
    expect(checkItemChange(item, { ...form, industries: ["餐饮"], photo_required: false })).toEqual(
      { body: { photo_required: false, industries: ["餐饮"] }, error: "" });
  });

  it("keeps a preset's audience (the shipped library owns it)", () => {
    const preset = { ...item, preset: true, industries: ["化工"] };
    const form = { ...checkItemForm(preset), industries: ["餐饮"], basis: "《消防法》第二十八条" };
    expect(checkItemChange(preset, form)).toEqual({ body: { basis: "《消防法》第二十八条" }, error: "" });
    expect(audienceText({ industries: ["化工"], features: ["gas_use"] })).toBe("行业:化工;特征:使用燃气");
    expect(audienceText({})).toBe("不限");
  });
});

describe("a template", () => {
  const library = { 1: { id: 1, code: "A" }, 2: { id: 2, code: "B" }, 3: { id: 3, code: "C", retired_at: "2026-01-01" } };

  it("needs a name and current items, each once", () => {
    expect(templateErrors({ ...templateForm(), name: "餐饮检查", item_ids: [2, 1] }, library)).toEqual({});
    expect(templateErrors(templateForm(), library)).toEqual({ name: "请填写模板名称", item_ids: "请至少选择一个检查项" });
    expect(templateErrors({ ...templateForm(), name: "名".repeat(61), item_ids: [1, 1] }, library)).toEqual(
      { name: "模板名称不超过60字", item_ids: "检查项不能重复" });
    expect(templateErrors({ ...templateForm(), name: "x", item_ids: [1, 3] }, library).item_ids)
      .toBe("请移除已停用的检查项:C");
  });

  it("is edited by sending only what changed, the item list whole, never a preset's audience", () => {
    const template = { id: 4, key: null, name: "餐饮检查", industries: ["餐饮"], categories: [], features: [],
                       item_ids: [1, 2] };
    const form = templateForm(template);
    expect(templateChange(template, form)).toEqual({ body: null, error: "没有修改" });
    expect(templateChange(template, { ...form, item_ids: moved(form.item_ids, 0, 1) })).toEqual(
      { body: { item_ids: [2, 1] }, error: "" });
    const preset = { ...template, key: "restaurant" };
    expect(templateChange(preset, { ...form, name: "餐饮场所检查", industries: [] })).toEqual(
      { body: { name: "餐饮场所检查" }, error: "" });
    expect(moved([1, 2, 3], 0, -1)).toEqual([1, 2, 3]);
    expect(moved([1, 2, 3], 2, -1)).toEqual([1, 3, 2]);
  });
});

describe("a campaign", () => {
  const form = { ...campaignForm(), title: " 燃气专项 ", template_id: 5, deadline: "2026-12-10",
                 industries: ["餐饮"], enterprise_ids: [7, 8] };

  it("needs a title, a template and a deadline from today on", () => {
    expect(campaignErrors(form, "2026-12-07")).toEqual({});
    expect(campaignErrors(campaignForm(), "2026-12-07")).toEqual(
      { title: "请填写任务名称", template_id: "请选择检查表模板", deadline: "请选择截止日期" });
    expect(campaignErrors({ ...form, deadline: "2026-12-06" }, "2026-12-07").deadline).toBe("截止日期不能早于今天");
    expect(campaignErrors({ ...form, deadline: "2026-12-07" }, "2026-12-07")).toEqual({});
    expect(campaignErrors({ ...form, title: "题".repeat(101) }, "2026-12-07").title).toBe("任务名称不超过100字");
    expect(campaignErrors({ ...form, region_ids: Array.from({ length: 51 }, (_, i) => i + 1) }, "2026-12-07").target)
      .toBe("区域最多选50个");
  });

  it("targets only the criteria chosen", () => {
    expect(campaignBody(form)).toEqual({ title: "燃气专项", template_id: 5, deadline: "2026-12-10",
                                         target: { industries: ["餐饮"], enterprise_ids: [7, 8] } });
    expect(campaignBody({ ...form, industries: [], enterprise_ids: [] }).target).toEqual({});
  });

  it("counts today in Beijing, whatever the browser's zone", () => {
    expect(beijingToday(new Date("2026-12-06T16:30:00Z"))).toBe("2026-12-07");
    expect(beijingToday(new Date("2026-12-06T15:59:00Z"))).toBe("2026-12-06");
  });
});

describe("the daily report form", () => {
  const questions = [{ key: "daily_check_done", label: "今日是否开展安全检查", kind: "bool", required: true },
                     { key: "notes", label: "今日安全检查情况", kind: "text", required: false }];

  it("needs at least one question, each written once within 60 characters", () => {
    expect(reportFormErrors(questions)).toEqual([]);
    expect(reportFormErrors([])).toEqual(["报送表至少要有一个问题"]);
    expect(reportFormErrors([...questions, { key: "q3", label: " ", kind: "bool", required: true },
                             { key: "q4", label: "今日安全检查情况", kind: "bool", required: true },
                             { key: "q5", label: "问".repeat(61), kind: "text", required: true }])).toEqual(
      ["第3题:请填写问题", "第4题与第2题重复", "第5题:问题不超过60字"]);
    const many = Array.from({ length: 21 }, (_, i) => ({ key: `q${i}`, label: `问题${i}`, kind: "bool", required: true }));
    expect(reportFormErrors(many)).toEqual(["报送表最多20个问题"]);
  });

  it("keeps the old keys and gives a new question a free one", () => {
    expect(newQuestionKey(questions)).toBe("q3");
    expect(newQuestionKey([...questions, { key: "q3" }])).toBe("q4");
    expect(reportFormBody([{ ...questions[0], label: " 今日是否巡查 " }])).toEqual(
      { questions: [{ key: "daily_check_done", label: "今日是否巡查", kind: "bool", required: true }] });
  });
});
