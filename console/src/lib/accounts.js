// The 账号管理 page's new-account form (POST /users, enterprises/schemas.py UserCreate): the same limits as the
// server, checked before the round trip; the server checks again with its own Chinese messages.

import { STAFF_ROLE_CHOICES } from "./forms.js";

export const PHONE_PATTERN = /^1[3-9]\d{9}$/;
export const USERNAME_PATTERN = /^[A-Za-z0-9_.-]{3,40}$/;

/** Field → message; empty when the account may be created. */
export function newUserErrors(form) {
  const errors = {};
  const name = (form.name || "").trim();
  if (!name) errors.name = "请填写姓名";
  else if (name.length > 40) errors.name = "姓名不超过40字";
  if (!STAFF_ROLE_CHOICES.includes(form.role)) errors.role = "请选择角色";
  if (form.region_id === null || form.region_id === undefined || form.region_id === "") {
    errors.region_id = "请选择负责区域";
  }
  const phone = (form.phone || "").trim();
  if (phone && !PHONE_PATTERN.test(phone)) errors.phone = "手机号应为11位数字,以1开头";
  const username = (form.username || "").trim();
  if (username && !USERNAME_PATTERN.test(username)) {
    errors.username = "登录账号为3到40位字母、数字、下划线、点或短横线";
  }
  return errors;
}

/** The body of POST /users: only what was filled in. Staff set their own password with a one-time code. */
export function newUserBody(form) {
  const body = { name: form.name.trim(), role: form.role, region_id: form.region_id };
  const phone = (form.phone || "").trim();
  const username = (form.username || "").trim();
  if (phone) body.phone = phone;
  if (username) body.username = username;
  return body;
}

/** Which one-time actions a row offers: an invite while no WeChat is bound, a reset when it has a login name. */
export function rowActions(row, me) {
  const self = row.id === me?.id;
  return {
    invite: row.is_active && !row.wechat_bound,
    reset: row.is_active && !!row.username && !self,
    unbind: row.is_active && row.wechat_bound,
    deactivate: row.is_active && !self,
    reactivate: !row.is_active,
  };
}
