// Test doubles for the platform's edges (uni.request and uni storage), not for our code.
export function memoryStorage() {
  const values = new Map();
  return {
    values,
    get: (key) => (values.has(key) ? JSON.parse(values.get(key)) : null),
    set: (key, value) => values.set(key, JSON.stringify(value)),
    remove: (key) => values.delete(key),
  };
}

/** A server stand-in: `routes["POST /x"]` answers `(request) => ({statusCode, data, header})`; `offline` throws as
 *  uni.request's fail callback does when the phone has no signal. */
export function fakeServer(routes) {
  const server = { calls: [], offline: false };
  server.transport = async (request) => {
    server.calls.push(request);
    if (server.offline) throw { errMsg: "request:fail" };
    const path = request.url.replace(/^https?:\/\/[^/]+\/api\/v1/, "").split("?")[0];
    const route = routes[`${request.method} ${path}`];
    if (!route) return { statusCode: 404, data: { code: "NOT_FOUND", message: "未找到" }, header: {} };
    return route(request, server);
  };
  return server;
}
