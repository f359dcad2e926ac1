import { describe, expect, it } from "vitest";

import { TOKEN_KEY, createApi, errorOf, queryString } from "../src/lib/api.js";

function memoryStorage() {
  const data = new Map();
  return { getItem: (k) => data.get(k) ?? null, setItem: (k, v) => data.set(k, String(v)),
           removeItem: (k) => data.delete(k) };
}

function answer(status, body) {
  return { ok: status >= 200 && status < 300, status, json: async () => body };
}

describe("the API wrapper", () => {
  it("keeps the token of a staff login and sends it", async () => {
    const seen = [];
    const fetch = async (url, init) => {
      seen.push([url, init.headers.Authorization]);
      if (url.endsWith("/auth/password")) {
        return answer(200, { access_token: "t1", expires_in: 3600, user: { id: 1, name: "管理员", role: "admin" } });
      }
      return answer(200, { items: [], total: 0 });
    };
    const api = createApi({ fetch, storage: memoryStorage() });
    expect((await api.login("admin", "pw")).role).toBe("admin");
    await api.get("/enterprises", { page: 1, q: "", color: "red" });
    expect(seen[1]).toEqual(["/api/v1/enterprises?page=1&color=red", "Bearer t1"]);
  });

  it("refuses an enterprise user's login and keeps no token", async () => {
    const storage = memoryStorage();
    const fetch = async () => answer(200, { access_token: "t", expires_in: 1, user: { id: 9, role: "enterprise" } });
    const api = createApi({ fetch, storage });
    await expect(api.login("x", "y")).rejects.toMatchObject({ code: "CONSOLE_STAFF_ONLY" });
    expect(storage.getItem(TOKEN_KEY)).toBeNull();
  });

  it("shows the server's Chinese message and code, and a 401 forgets the token and goes to login", async () => {
    const storage = memoryStorage();
    storage.setItem(TOKEN_KEY, "old");
    let sentToLogin = 0;
    const fetch = async () => answer(401, { code: "TOKEN_REVOKED", message: "登录已失效,请重新登录" });
    const api = createApi({ fetch, storage, onUnauthorized: () => { sentToLogin += 1; } });
    await expect(api.get("/me")).rejects.toMatchObject({ status: 401, code: "TOKEN_REVOKED",
                                                         message: "登录已失效,请重新登录" });
    expect(storage.getItem(TOKEN_KEY)).toBeNull();
    expect(sentToLogin).toBe(1);
  });

  it("says something Chinese when the body is not ours or there is no answer", async () => {
    expect(errorOf(502, null).message).toBe("服务暂时不可用,请稍后再试");
    expect(errorOf(409, { detail: 1 })).toMatchObject({ code: "HTTP_409", message: "状态已变化,请刷新后重试" });
    const api = createApi({ fetch: async () => { throw new TypeError("Failed to fetch"); }, storage: memoryStorage() });
    await expect(api.get("/me")).rejects.toMatchObject({ status: 0, code: "NETWORK_UNAVAILABLE" });
    expect(queryString({ a: 0, b: null, c: "中" })).toBe("?a=0&c=%E4%B8%AD");
  });
});

describe("an upload", () => {
  it("sends the file as multipart under `file` with the token and no JSON content type", async () => {
    let sent;
    const fetch = async (url, init) => {
      sent = { url, init };
      return answer(200, { created: 1, updated: 0, errors: [] });
    };
    const storage = memoryStorage();
    storage.setItem(TOKEN_KEY, "t9");
    const api = createApi({ fetch, storage });
    const file = new File(["x"], "企业.xlsx");
    expect(await api.upload("/enterprises/import", file, { query: { dry_run: "true" } }))
      .toEqual({ created: 1, updated: 0, errors: [] });
    expect(sent.url).toBe("/api/v1/enterprises/import?dry_run=true");
    expect(sent.init.headers).toEqual({ Accept: "application/json", Authorization: "Bearer t9" });
    expect(sent.init.body.get("file").name).toBe("企业.xlsx");
  });
});
