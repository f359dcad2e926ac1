// The one wrapper over fetch that every page uses: the token, the API's {code, message, detail} errors with their
// Chinese messages, 401 → login. Types come from the schema generated from /openapi.json
// (frontend/api-types/schema.d.ts, shared with the mini program).
/** @typedef {import("../../../frontend/api-types/schema").components["schemas"]} Schemas */
/** @typedef {Schemas["TokenRead"]} TokenRead */
/** @typedef {Schemas["UserRead"]} UserRead */
/** @typedef {Schemas["EnterpriseRead"]} EnterpriseRead */
/** @typedef {Schemas["EnterprisePage"]} EnterprisePage */
/** @typedef {Schemas["NoticeCreate"]} NoticeCreate */
/** @typedef {Schemas["NoticeDetail"]} NoticeDetail */
/** @typedef {Schemas["UserAccountRead"]} UserAccountRead */

export const TOKEN_KEY = "jinyan.console.token";
export const USER_KEY = "jinyan.console.user";
export const STAFF_ROLES = ["admin", "inspector", "command"];

const FALLBACK = {
  400: "请求有误", 401: "请先登录", 403: "没有权限", 404: "未找到", 409: "状态已变化,请刷新后重试",
  410: "已失效", 413: "文件太大", 415: "文件类型不支持", 422: "填写有误", 429: "操作太频繁,请稍后再试",
};

export class ApiError extends Error {
  constructor({ status, code, message, detail = null }) {
    super(message);
    this.name = "ApiError";
    this.status = status;
    this.code = code;
    this.detail = detail;
  }
}

/** The API's error body, or a Chinese message for the status when the body is not ours (a proxy's 502 page). */
export function errorOf(status, body) {
  const data = body && typeof body === "object" ? body : {};
  const message = typeof data.message === "string" && data.message ? data.message
    : FALLBACK[status] || (status >= 500 ? "服务暂时不可用,请稍后再试" : "请求失败");
  return new ApiError({ status, code: data.code || `HTTP_${status}`, message, detail: data.detail ?? null });
}

export function queryString(query) {
  const parts = Object.entries(query || {})
    .filter(([, value]) => value !== undefined && value !== null && value !== "")
    .map(([key, value]) => `${encodeURIComponent(key)}=${encodeURIComponent(String(value))}`);
  return parts.length ? `?${parts.join("&")}` : "";
}

/**
 * @param {{base?:string, fetch?:typeof fetch, storage?:Storage, onUnauthorized?:()=>void}} options
 */
export function createApi({ base = "/api/v1", fetch: doFetch = (...a) => globalThis.fetch(...a),
                            storage = globalThis.sessionStorage, onUnauthorized = () => {} } = {}) {
  const api = {
    token: () => storage.getItem(TOKEN_KEY) || "",
    /** @returns {UserRead|null} */
    user: () => JSON.parse(storage.getItem(USER_KEY) || "null"),
    forget() {
      storage.removeItem(TOKEN_KEY);
      storage.removeItem(USER_KEY);
    },
    async request(method, path, { query, body, form, raw = false } = {}) {
      const headers = { Accept: "application/json" };
      if (api.token()) headers.Authorization = `Bearer ${api.token()}`;
      if (body !== undefined) headers["Content-Type"] = "application/json";
      let response;
      try {
        response = await doFetch(base + path + queryString(query),
          { method, headers, body: form ?? (body === undefined ? undefined : JSON.stringify(body)) });
      } catch {
        throw new ApiError({ status: 0, code: "NETWORK_UNAVAILABLE", message: "网络不可用,请检查连接后重试" });
      }
      if (response.status === 401 && api.token()) {
        api.forget();
        onUnauthorized();
      }
      if (!response.ok) {
        let data = null;
        try { data = await response.json(); } catch { /* not ours */ }
        throw errorOf(response.status, data);
      }
      if (raw) return response;
      if (response.status === 204) return null;
      return response.json();
    },
    get: (path, query) => api.request("GET", path, { query }),
    post: (path, body = {}) => api.request("POST", path, { body }),
    patch: (path, body) => api.request("PATCH", path, { body }),
    /** A file as multipart/form-data under `field` (the browser sets the boundary). */
    upload(path, file, { field = "file", query } = {}) {
      const form = new FormData();
      form.append(field, file, file.name);
      return api.request("POST", path, { query, form });
    },
    /** @returns {Promise<UserRead>} */
    async login(username, password) {
      /** @type {TokenRead} */
      const answer = await api.request("POST", "/auth/password", { body: { username, password } });
      if (!STAFF_ROLES.includes(answer.user.role)) {
        throw new ApiError({ status: 403, code: "CONSOLE_STAFF_ONLY", message: "管理端仅供街道和社区工作人员使用" });
      }
      storage.setItem(TOKEN_KEY, answer.access_token);
      storage.setItem(USER_KEY, JSON.stringify(answer.user));
      return answer.user;
    },
    async logout() {
      try { await api.request("POST", "/auth/logout", { body: {} }); } finally { api.forget(); }
    },
    /** A file the API answers (a PNG, an xlsx) fetched with the token: an object URL to show or save. */
    async blobUrl(path, query) {
      const response = await api.request("GET", path, { query, raw: true });
      return URL.createObjectURL(await response.blob());
    },
  };
  return api;
}
