import { describe, expect, it } from "vitest";

import { behaviourTotal, draftFrom, rulesetBody, rulesetErrors, serverErrors, showValue, systemsTotal,
         transitionLines } from "../src/lib/ruleset-form.js";
import SHIPPED from "../../scoring/default_ruleset.json";

// The shipped default (scoring/default_ruleset.json): what GET /scoring/rulesets/active answers on a new street.
const DEFAULT = draftFrom(SHIPPED);
const VOCABULARY = {
  veto_rules: [
    { rule: "open_major_hazard", label: "存在未整改的重大隐患", needs_threshold: false },
    { rule: "hazard_overdue_long", label: "隐患逾期超过阈值天数", needs_threshold: true },
    { rule: "uncertified_special_operator", label: "特种作业人员无有效证件", needs_threshold: false },
    { rule: "fatal_accident_12m", label: "12个月内发生生产安全事故", needs_threshold: false },
    { rule: "concealed_accident", label: "瞒报、谎报事故", needs_threshold: false },
    { rule: "serious_dishonesty_listed", label: "列入安全生产严重失信主体名单", needs_threshold: false },
    { rule: "unlicensed_operation", label: "无证或许可暂扣期间生产经营", needs_threshold: false },
    { rule: "refused_inspection", label: "拒绝、阻碍监督检查", needs_threshold: false },
    { rule: "overdue_hazard", label: "有逾期未整改的隐患", needs_threshold: false },
    { rule: "uncertified_found_12m", label: "12个月内发现特种作业无证上岗", needs_threshold: false },
    { rule: "administrative_penalties", label: "12个月内行政处罚达到阈值次数", needs_threshold: true },
  ],
  document_types: ["responsibility", "appointment", "rules", "procedure", "training_record", "emergency_plan",
                   "drill_record", "hazard_ledger", "investment_ledger", "ppe_record", "fire_inspection", "other"],
};

const draft = (change) => {
  const body = draftFrom(DEFAULT);
  change(body);
  return body;
};

describe("the ruleset form", () => {
  it("accepts the shipped default, and editing the copy leaves the original alone", () => {
    expect(rulesetErrors(DEFAULT, VOCABULARY)).toEqual({});
    const copy = draftFrom(DEFAULT);
    copy.bands.green = 90;
    expect(DEFAULT.bands.green).toBe(85);
    expect(systemsTotal(DEFAULT)).toBe(30);
    expect(behaviourTotal(DEFAULT)).toBe(25);
  });

  it("needs a green line above the yellow one, within 0–100", () => {
    expect(rulesetErrors(draft((b) => { b.bands = { green: 70, yellow: 70 }; }), VOCABULARY))
      .toEqual({ bands: "绿码分数线必须高于黄码分数线" });
    expect(rulesetErrors(draft((b) => { b.bands.green = 120; }), VOCABULARY))
      .toEqual({ "bands.green": "绿码分数线不能大于 100" });
    expect(rulesetErrors(draft((b) => { b.bands.yellow = null; }), VOCABULARY))
      .toEqual({ "bands.yellow": "请填写黄码分数线" });
  });

  it("adds up the dimensions to 100 and each dimension's parts to its maximum", () => {
    const errors = rulesetErrors(draft((b) => { b.dimensions.systems.max = 35; }), VOCABULARY);
    expect(errors.dimensions).toBe("三个维度的满分之和必须为 100(现为 105)");
    expect(errors.systems).toBe("制度建立各项分值之和 30 与维度满分 35 不一致");
    expect(rulesetErrors(draft((b) => { b.behaviour.campaign = 6; }), VOCABULARY))
      .toEqual({ behaviour: "日常行为各项分值之和 26 与维度满分 25 不一致" });
    // Moving a point from one part to another keeps the sums: accepted.
    expect(rulesetErrors(draft((b) => { b.behaviour.campaign = 4; b.behaviour.daily_report = 6; }), VOCABULARY))
      .toEqual({});
  });

  it("checks each document: its type once, a name, its points", () => {
    const errors = rulesetErrors(draft((b) => {
      b.documents[1].doc_type = "responsibility";
      b.documents[2].label = "  ";
      b.documents[3].points = -1;
    }), VOCABULARY);
    expect(errors["documents.1.doc_type"]).toBe("同一文件类型只能出现一次");
    expect(errors["documents.2.label"]).toBe("请填写文件名称");
    expect(errors["documents.3.points"]).toBe("分值应在 0 到 100 之间");
    expect(rulesetErrors(draft((b) => { b.documents = []; }), VOCABULARY).documents).toBe("至少需要一项文件");
    expect(rulesetErrors(draft((b) => { b.documents[0].doc_type = "made_up"; }), VOCABULARY)["documents.0.doc_type"])
      .toBe("请选择文件类型");
  });

  it("asks for a threshold where the veto needs one, and a known rule and colour", () => {
    const errors = rulesetErrors(draft((b) => {
      b.vetoes[1].threshold = null;          // hazard_overdue_long
      b.vetoes[0].color = "green";
      b.vetoes.push({ rule: "", color: "red", source: "" });
      b.vetoes.push({ rule: "open_major_hazard", color: "red", source: "" });
    }), VOCABULARY);
    expect(errors).toEqual({ "vetoes.1.threshold": "该否决规则需要填写阈值", "vetoes.0.color": "否决颜色只能为红码或黄码",
                             "vetoes.11.rule": "请选择否决规则", "vetoes.12.rule": "同一否决规则只需一条" });
  });

  it("wants whole days within their bounds", () => {
    const errors = rulesetErrors(draft((b) => {
      b.hysteresis.upgrade_after_days = 1.5;
      b.inspection_interval_days.red = 0;
      b.fact_window_days = 4000;
      b.hazards.timely_fix_window_days = undefined;
      b.name = "";
    }), VOCABULARY);
    expect(errors).toEqual({
      "hysteresis.upgrade_after_days": "好转后保持天数应为整数",
      "inspection_interval_days.red": "红码检查间隔(天)不能小于 1",
      fact_window_days: "否决事实计入天数不能大于 3650",
      "hazards.timely_fix_window_days": "请填写按期整改统计天数",
      name: "请填写规则名称",
    });
  });

  it("sends trimmed names and a threshold only where the rule needs one", () => {
    const body = rulesetBody(draft((b) => {
      b.name = "  2027 年规则 ";
      b.vetoes[0].threshold = null;
      b.vetoes[0].source = " 10号令 ";
    }), VOCABULARY);
    expect(body.name).toBe("2027 年规则");
    expect(body.vetoes[0]).toEqual({ rule: "open_major_hazard", color: "red", source: "10号令" });
    expect(body.vetoes[1]).toEqual({ rule: "hazard_overdue_long", color: "red", source: "domain.md §5", threshold: 30 });
  });

  it("shows the server's refusal field by field, and the simulation's summary", () => {
    expect(serverErrors({ detail: [{ field: "bands", message: "绿码分数线必须高于黄码分数线" }] }))
      .toEqual({ bands: "绿码分数线必须高于黄码分数线" });
    expect(serverErrors({ detail: null })).toEqual({});
    expect(transitionLines({ transitions: [{ from_color: "green", to_color: "yellow", count: 3 },
                                           { from_color: null, to_color: "red", count: 1 }] }))
      .toEqual(["绿码 → 黄码 3 家", "未评分 → 红码 1 家"]);
    expect([showValue(true), showValue(null), showValue("red"), showValue(85)]).toEqual(["是", "(无)", "红码", "85"]);
  });
});
