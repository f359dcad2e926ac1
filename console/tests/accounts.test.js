import { describe, expect, it } from "vitest";

import { newUserBody, newUserErrors, rowActions } from "../src/lib/accounts.js";

describe("a new staff account", () => {
  const form = { name: " 赵检查 ", role: "inspector", region_id: 4, phone: "", username: " zhao.jc " };

  it("needs a name, a staff role and a region; phone and login name are checked when given", () => {
    expect(newUserErrors(form)).toEqual({});
    expect(newUserErrors({ name: "", role: "enterprise", region_id: null })).toEqual(
      { name: "请填写姓名", role: "请选择角色", region_id: "请选择负责区域" });
    expect(newUserErrors({ ...form, phone: "12345", username: "张三" })).toEqual(
      { phone: "手机号应为11位数字,以1开头", username: "登录账号为3到40位字母、数字、下划线、点或短横线" });
    expect(newUserErrors({ ...form, name: "名".repeat(41) }).name).toBe("姓名不超过40字");
  });

  it("sends only what was filled in, trimmed, and never a password", () => {
    expect(newUserBody(form)).toEqual({ name: "赵检查", role: "inspector", region_id: 4, username: "zhao.jc" });
    expect(newUserBody({ ...form, username: "", phone: "13800000000" })).toEqual(
      { name: "赵检查", role: "inspector", region_id: 4, phone: "13800000000" });
  });
});

describe("a row's actions", () => {
  const me = { id: 1 };

  it("offer an invite while no WeChat is bound, a reset with a login name, never on oneself", () => {
    expect(rowActions({ id: 2, is_active: true, wechat_bound: false, username: "a" }, me)).toEqual(
      { invite: true, reset: true, unbind: false, deactivate: true, reactivate: false });
    expect(rowActions({ id: 1, is_active: true, wechat_bound: true, username: "me" }, me)).toEqual(
      { invite: false, reset: false, unbind: true, deactivate: false, reactivate: false });
    expect(rowActions({ id: 3, is_active: false, wechat_bound: true, username: null }, me)).toEqual(
      { invite: false, reset: false, unbind: false, deactivate: false, reactivate: true });
  });
});
