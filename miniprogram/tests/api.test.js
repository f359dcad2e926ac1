import { describe, expect, it, vi } from "vitest";
import { ApiError, createApi, errorOf, queryString, TOKEN_KEY } from "../src/lib/api.js";
import { fakeServer, memoryStorage } from "./memory.js";

const BASE = "https://aq.example.cn/api/v1";

function client(routes, extra = {}) {
  const server = fakeServer(routes);
  const storage = memoryStorage();
  const api = createApi({ base: BASE, transport: server.transport, storage, ...extra });
  return { api, server, storage };
}

describe("the API wrapper", () => {
  it("sends the token and keeps the session from a login", async () => {
    const { api, server, storage } = client({
      "POST /auth/wechat": () => ({ statusCode: 200, data: { access_token: "t1", user: { id: 1, role: "inspector" } } }),
      "GET /me": (request) => ({ statusCode: 200, data: { auth: request.header.Authorization } }),
    });
    api.setSession(await api.post("/auth/wechat", { code: "demo-inspector1" }, { auth: false }));
    expect(storage.get(TOKEN_KEY)).toBe("t1");
    expect(api.user().role).toBe("inspector");
    expect((await api.get("/me")).auth).toBe("Bearer t1");
    expect(server.calls[0].header.Authorization).toBeUndefined();
  });

  it("turns the API's error body into an ApiError with its Chinese message", async () => {
    const { api } = client({ "POST /hazards/1/verify": () => ({
      statusCode: 409, data: { code: "HAZARD_NOT_SUBMITTED", message: "隐患尚未提交整改", detail: null } }) });
    const error = await api.post("/hazards/1/verify", { approved: true }).catch((e) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect([error.status, error.code, error.message]).toEqual([409, "HAZARD_NOT_SUBMITTED", "隐患尚未提交整改"]);
  });

  it("answers a body that is not ours with a Chinese message for its status", () => {
    expect(errorOf(502, "<html>Bad gateway</html>", {}).message).toBe("服务暂时不可用,请稍后再试");
    expect(errorOf(413, null, {}).code).toBe("HTTP_413");
  });

  it("on 401 forgets the session and sends the user to log in, but not for a wrong password", async () => {
    const onUnauthorized = vi.fn();
    const { api, storage } = client({
      "GET /me": () => ({ statusCode: 401, data: { code: "TOKEN_INVALID", message: "登录已失效,请重新登录" } }),
      "POST /auth/password": () => ({ statusCode: 401, data: { code: "BAD_CREDENTIALS", message: "用户名或密码错误" } }),
    }, { onUnauthorized });
    storage.set(TOKEN_KEY, "old");
    await expect(api.post("/auth/password", { username: "a", password: "b" }, { auth: false }))
      .rejects.toThrow("用户名或密码错误");
    expect(onUnauthorized).not.toHaveBeenCalled();
    await expect(api.get("/me")).rejects.toThrow("登录已失效");
    expect(onUnauthorized).toHaveBeenCalledOnce();
    expect(api.token()).toBe("");
  });

  it("waits out a short Retry-After once for a GET or a keyed write, and reports a long one", async () => {
    let calls = 0;
    const { api } = client({
      "GET /scan/abc": () => (++calls === 1
        ? { statusCode: 429, data: { code: "RATE_LIMITED", message: "扫码太频繁" }, header: { "retry-after": "0" } }
        : { statusCode: 200, data: { view: "public" } }),
      "POST /inspections": () => ({ statusCode: 429, data: { code: "RATE_LIMITED", message: "操作太频繁" },
                                    header: { "Retry-After": "60" } }),
    });
    expect((await api.get("/scan/abc")).view).toBe("public");
    expect(calls).toBe(2);
    const error = await api.post("/inspections", {}, { idempotencyKey: "k" }).catch((e) => e);
    expect(error.retryAfter).toBe(60);
    expect(error.message).toContain("60 秒");
  });

  it("sends the Idempotency-Key and reports no signal as offline", async () => {
    const { api, server } = client({ "POST /inspections/7/submit": () => ({ statusCode: 200, data: {} }) });
    await api.post("/inspections/7/submit", { answers: [] }, { idempotencyKey: "key-1" });
    expect(server.calls[0].header["Idempotency-Key"]).toBe("key-1");
    server.offline = true;
    const error = await api.post("/inspections/7/submit", {}, { idempotencyKey: "key-1" }).catch((e) => e);
    expect(error.offline).toBe(true);
    expect(error.message).toContain("网络不可用");
  });

  it("leaves empty filters out of the query", () => {
    expect(queryString({ status: "", enterprise_id: 3, q: "金 雁", none: null })).toBe("?enterprise_id=3&q=%E9%87%91%20%E9%9B%81");
  });
});
