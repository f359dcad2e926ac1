// The one wrapper over uni.request that every page uses (docs/decisions/045): the token, the API's
// {code, message, detail} errors with their Chinese messages, 401 → login, 429 Retry-After, Idempotency-Key.
// Types come from the schema generated from /openapi.json (frontend/api-types/schema.d.ts, shared with the console).
/** @typedef {import("../../../frontend/api-types/schema").components["schemas"]} Schemas */
/** @typedef {Schemas["TokenRead"]} TokenRead */
/** @typedef {Schemas["UserRead"]} UserRead */

export const TOKEN_KEY = "jinyan.token";
export const USER_KEY = "jinyan.user";
export const NETWORK = "NETWORK_UNAVAILABLE";

const FALLBACK = {
  400: "请求有误", 401: "请先登录", 403: "没有权限", 404: "未找到", 409: "状态已变化,请刷新后重试",
  410: "已失效", 413: "文件太大", 415: "文件类型不支持", 422: "填写有误", 429: "操作太频繁,请稍后再试",
};

export class ApiError extends Error {
  /** @param {{status:number, code:string, message:string, detail?:any, retryAfter?:number|null}} fields */
  constructor({ status, code, message, detail = null, retryAfter = null }) {
    super(message);
    this.name = "ApiError";
    this.status = status;
    this.code = code;
    this.detail = detail;
    this.retryAfter = retryAfter;
  }

  /** No answer at all: the phone has no signal (or the server is unreachable). */
  get offline() {
    return this.status === 0;
  }
}

export function headerOf(headers, name) {
  const wanted = name.toLowerCase();
  for (const [key, value] of Object.entries(headers || {})) {
    if (key.toLowerCase() === wanted) return value;
  }
  return undefined;
}

/** The API's error body, or a Chinese message for the status when the body is not ours (a proxy's 502 page). */
export function errorOf(statusCode, data, headers) {
  const retry = Number.parseInt(headerOf(headers, "Retry-After") ?? "", 10);
  const retryAfter = Number.isFinite(retry) ? retry : null;
  const body = data && typeof data === "object" ? data : {};
  let message = typeof body.message === "string" && body.message ? body.message
    : FALLBACK[statusCode] || (statusCode >= 500 ? "服务暂时不可用,请稍后再试" : "请求失败");
  if (statusCode === 429 && retryAfter !== null && !message.includes("秒")) message += `(请 ${retryAfter} 秒后再试)`;
  return new ApiError({ status: statusCode, code: body.code || `HTTP_${statusCode}`, message,
                        detail: body.detail ?? null, retryAfter });
}

export function queryString(query) {
  const parts = Object.entries(query || {})
    .filter(([, value]) => value !== undefined && value !== null && value !== "")
    .map(([key, value]) => `${encodeURIComponent(key)}=${encodeURIComponent(String(value))}`);
  return parts.length ? `?${parts.join("&")}` : "";
}

export function newKey() {
  if (globalThis.crypto?.randomUUID) return globalThis.crypto.randomUUID();
  const hex = () => Math.floor(Math.random() * 0x10000).toString(16).padStart(4, "0");
  return `${hex()}${hex()}-${hex()}-4${hex().slice(1)}-${hex()}-${hex()}${hex()}${hex()}`;
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * @param {{base:string, transport:(o:object)=>Promise<{statusCode:number,data:any,header?:object}>,
 *          storage:{get:(k:string)=>any,set:(k:string,v:any)=>void,remove:(k:string)=>void},
 *          onUnauthorized?:()=>void, maxRetryWait?:number}} options
 */
export function createApi({ base, transport, storage, onUnauthorized = () => {}, maxRetryWait = 3 }) {
  const api = {
    base,
    token: () => storage.get(TOKEN_KEY) || "",
    /** @returns {UserRead|null} */
    user: () => storage.get(USER_KEY) || null,
    /** @param {TokenRead} answer */
    setSession(answer) {
      storage.set(TOKEN_KEY, answer.access_token);
      storage.set(USER_KEY, answer.user);
      return answer.user;
    },
    clearSession() {
      storage.remove(TOKEN_KEY);
      storage.remove(USER_KEY);
    },

    /** @returns {Promise<any>} the answer's JSON; rejects with an ApiError */
    async request(method, path, { body, query, idempotencyKey, auth = true, retried = false } = {}) {
      const header = { Accept: "application/json" };
      if (body !== undefined) header["Content-Type"] = "application/json";
      const token = api.token();
      if (auth && token) header.Authorization = `Bearer ${token}`;
      if (idempotencyKey) header["Idempotency-Key"] = idempotencyKey;
      let answer;
      try {
        answer = await transport({ url: base + path + queryString(query), method, header, data: body });
      } catch (failure) {
        throw new ApiError({ status: 0, code: NETWORK, message: "网络不可用,请检查信号后重试",
                             detail: failure?.errMsg || String(failure) });
      }
      const { statusCode, data } = answer;
      if (statusCode >= 200 && statusCode < 300) return data;
      const error = errorOf(statusCode, data, answer.header);
      if (statusCode === 401 && !path.startsWith("/auth/")) {
        api.clearSession();
        onUnauthorized(error);
      }
      // A GET, or a write with its Idempotency-Key, is safe to repeat once after a short Retry-After.
      const repeatable = method === "GET" || Boolean(idempotencyKey);
      if (statusCode === 429 && repeatable && !retried && error.retryAfter !== null
          && error.retryAfter <= maxRetryWait) {
        await sleep(error.retryAfter * 1000);
        return api.request(method, path, { body, query, idempotencyKey, auth, retried: true });
      }
      throw error;
    },
    get: (path, query) => api.request("GET", path, { query }),
    post: (path, body, options = {}) => api.request("POST", path, { body: body ?? {}, ...options }),
    put: (path, body) => api.request("PUT", path, { body }),
    patch: (path, body) => api.request("PATCH", path, { body }),
  };
  return api;
}
