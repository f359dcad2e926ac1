// Everything that differs between WeChat and the browser, in #ifdef blocks side by side (uni-app's conditional
// compilation). Pages import from here and from app.js; the tested logic (api.js, drafts.js, views.js) has none of it.
import { ApiError, errorOf, NETWORK, newKey } from "./api.js";
import { tokenOf } from "./platform-token.js";
import { formEncoded } from "./reports.js";

export { tokenOf };

// #ifdef H5
export const API_BASE = `${window.location.origin}/api/v1`;
// #endif
// #ifdef MP-WEIXIN
// The mini program's server is fixed at build time (VITE_PUBLIC_BASE_URL, e.g. https://aq.example.cn); WeChat only
// lets it call the request domains configured for the appid, which is this one.
export const API_BASE = `${import.meta.env.VITE_PUBLIC_BASE_URL || "http://127.0.0.1:8000"}/api/v1`;
// #endif

export const storage = {
  get: (key) => {
    const value = uni.getStorageSync(key);
    return value === "" ? null : value;
  },
  set: (key, value) => uni.setStorageSync(key, value),
  remove: (key) => uni.removeStorageSync(key),
};

export function transport(options) {
  return new Promise((resolve, reject) => {
    uni.request({ ...options, timeout: 15000, success: resolve, fail: reject });
  });
}

export const IS_WECHAT = (() => {
  let wechat = false;
  // #ifdef MP-WEIXIN
  wechat = true;
  // #endif
  return wechat;
})();

/** A WeChat login code: wx.login in WeChat; in a browser the dev fake WeChat's `demo-<name>` code typed in. */
export function wechatCode() {
  return new Promise((resolve, reject) => {
    // #ifdef MP-WEIXIN
    uni.login({ provider: "weixin", success: (answer) => resolve(answer.code), fail: reject });
    // #endif
    // #ifdef H5
    reject(new Error("浏览器中请输入演示登录码或使用账号密码登录"));
    // #endif
  });
}

/** The identity code's token from a camera scan (WeChat), or null in a browser (the link itself opens the page). */
export function scanCode() {
  return new Promise((resolve, reject) => {
    // #ifdef MP-WEIXIN
    uni.scanCode({ onlyFromCamera: true, success: (answer) => resolve(tokenOf(answer.result || answer.path || "")),
                   fail: reject });
    // #endif
    // #ifdef H5
    resolve(null);
    // #endif
  });
}

/** Subscription messages may only be asked for right after the user's tap; the browser has none. */
export function requestSubscribe(templateIds) {
  return new Promise((resolve) => {
    // #ifdef MP-WEIXIN
    uni.requestSubscribeMessage({
      tmplIds: templateIds,
      success: (answer) => resolve(templateIds.filter((id) => answer[id] === "accept")),
      fail: () => resolve([]),
    });
    // #endif
    // #ifdef H5
    resolve([]);
    // #endif
  });
}

// -- photos: taken, compressed, kept on the phone until uploaded --

const PHOTO_PREFIX = "jinyan.photo.";
const MAX_SIDE = 1600;

/** Take a photo (camera first), compress it, keep it on the phone. → `{key, src}` (src shows it in an <image>). */
export async function takePhoto() {
  // #ifdef MP-WEIXIN
  const chosen = await new Promise((resolve, reject) => uni.chooseMedia({
    count: 1, mediaType: ["image"], sourceType: ["camera", "album"], sizeType: ["compressed"],
    success: resolve, fail: reject }));
  const compressed = await new Promise((resolve) => uni.compressImage({
    src: chosen.tempFiles[0].tempFilePath, quality: 70, compressedWidth: MAX_SIDE,
    success: (answer) => resolve(answer.tempFilePath), fail: () => resolve(chosen.tempFiles[0].tempFilePath) }));
  // A temporary file does not survive closing the app; a saved one does (until uploaded and removed).
  const saved = await new Promise((resolve) => uni.saveFile({ tempFilePath: compressed,
    success: (answer) => resolve(answer.savedFilePath), fail: () => resolve(compressed) }));
  return { key: newKey(), src: saved };
  // #endif
  // #ifdef H5
  const chosen = await new Promise((resolve, reject) => uni.chooseImage({
    count: 1, sourceType: ["camera", "album"], sizeType: ["compressed"], success: resolve, fail: reject }));
  const dataUrl = await compressInBrowser(chosen.tempFiles[0]);
  const key = newKey();
  uni.setStorageSync(PHOTO_PREFIX + key, dataUrl);
  return { key, src: dataUrl };
  // #endif
}

/** The photo's (or signature's) bytes go up (POST /uploads) → its upload id. */
export async function uploadPhoto(api, photo, filename = "photo.jpg") {
  const src = photo.src || storage.get(PHOTO_PREFIX + photo.key);
  // #ifdef MP-WEIXIN
  const answer = await new Promise((resolve, reject) => uni.uploadFile({
    url: `${api.base}/uploads`, filePath: src, name: "file", header: { Authorization: `Bearer ${api.token()}` },
    success: resolve, fail: reject }));
  // #endif
  // #ifdef H5
  const blob = await (await fetch(src)).blob();
  const form = new FormData();
  form.append("file", new File([blob], filename, { type: blob.type || "image/jpeg" }));
  let answer;
  try {
    const response = await fetch(`${api.base}/uploads`, { method: "POST", body: form,
      headers: { Authorization: `Bearer ${api.token()}` } });
    answer = { statusCode: response.status, data: await response.text() };
  } catch (failure) {
    throw new ApiError({ status: 0, code: NETWORK, message: "网络不可用,照片稍后上传", detail: String(failure) });
  }
  // #endif
  const data = typeof answer.data === "string" ? JSON.parse(answer.data || "{}") : answer.data;
  if (answer.statusCode < 200 || answer.statusCode >= 300) {
    throw errorOf(answer.statusCode, data, {});
  }
  return data.id;
}

/** A public report (POST /scan/{token}/reports, docs/decisions/084): a form with the text and contact, and the photo
 *  when one was taken. Signed in or not (the token goes along when there is one). → the server's answer. */
export async function sendReport(api, token, body, photo) {
  const url = `${api.base}/scan/${encodeURIComponent(token)}/reports`;
  const header = api.token() ? { Authorization: `Bearer ${api.token()}` } : {};
  const offline = (failure) => new ApiError({ status: 0, code: NETWORK, message: "网络不可用,请检查信号后重试",
                                              detail: failure?.errMsg || String(failure) });
  let answer;
  try {
    // #ifdef MP-WEIXIN
    answer = photo
      ? await new Promise((resolve, reject) => uni.uploadFile({ url, filePath: photo.src, name: "photo", formData: body,
                                                                header, success: resolve, fail: reject }))
      : await transport({ url, method: "POST", data: formEncoded(body),
                          header: { ...header, "Content-Type": "application/x-www-form-urlencoded" } });
    // #endif
    // #ifdef H5
    const form = new FormData();
    for (const [key, value] of Object.entries(body)) if (value) form.append(key, value);
    if (photo) {
      const blob = await (await fetch(photo.src || storage.get(PHOTO_PREFIX + photo.key))).blob();
      form.append("photo", new File([blob], "photo.jpg", { type: blob.type || "image/jpeg" }));
    }
    const response = await fetch(url, { method: "POST", body: form, headers: header });
    answer = { statusCode: response.status, data: await response.text(),
               header: { "Retry-After": response.headers.get("Retry-After") } };
    // #endif
  } catch (failure) {
    throw offline(failure);
  }
  let data = answer.data;
  try {
    if (typeof data === "string") data = JSON.parse(data || "{}");
  } catch {
    data = {}; // not our JSON (a proxy's error page): the status says what happened
  }
  if (answer.statusCode < 200 || answer.statusCode >= 300) throw errorOf(answer.statusCode, data, answer.header || {});
  return data;
}

export function removePhoto(photo) {
  // #ifdef MP-WEIXIN
  if (photo.src) uni.removeSavedFile({ filePath: photo.src, fail: () => {} });
  // #endif
  // #ifdef H5
  uni.removeStorageSync(PHOTO_PREFIX + photo.key);
  // #endif
}

// #ifdef H5
function compressInBrowser(file) {
  return new Promise((resolve, reject) => {
    const url = URL.createObjectURL(file);
    const picture = new Image();
    picture.onload = () => {
      const scale = Math.min(1, MAX_SIDE / Math.max(picture.width, picture.height));
      const canvas = document.createElement("canvas");
      canvas.width = Math.round(picture.width * scale);
      canvas.height = Math.round(picture.height * scale);
      canvas.getContext("2d").drawImage(picture, 0, 0, canvas.width, canvas.height);
      URL.revokeObjectURL(url);
      resolve(canvas.toDataURL("image/jpeg", 0.7));
    };
    picture.onerror = () => reject(new Error("无法读取照片"));
    picture.src = url;
  });
}
// #endif

/** Where the phone is (for the presence check when an inspection starts), or null when not allowed or in a browser. */
export function locate() {
  return new Promise((resolve) => {
    // #ifdef MP-WEIXIN
    uni.getLocation({ type: "gcj02", success: (at) => resolve({ lat: at.latitude, lng: at.longitude }),
                      fail: () => resolve(null) });
    // #endif
    // #ifdef H5
    resolve(null);
    // #endif
  });
}

/** A PNG the API serves only to a logged-in caller (the risk-code image), as a src an <image> can show. */
export function authorizedImage(api, path) {
  return new Promise((resolve, reject) => {
    // #ifdef MP-WEIXIN
    uni.downloadFile({ url: api.base + path, header: { Authorization: `Bearer ${api.token()}` },
                       success: (answer) => (answer.statusCode === 200 ? resolve(answer.tempFilePath)
                         : reject(new Error("图片加载失败"))), fail: reject });
    // #endif
    // #ifdef H5
    fetch(api.base + path, { headers: { Authorization: `Bearer ${api.token()}` } })
      .then((answer) => (answer.ok ? answer.blob() : Promise.reject(new Error("图片加载失败"))))
      .then((blob) => resolve(URL.createObjectURL(blob)), reject);
    // #endif
  });
}

// -- the signature pad (docs/decisions/052): a canvas drawn with a finger, or a mouse in a browser --

const PAD_HEIGHT = 200;

/**
 * A pad inside the page's `#sign-pad` (H5: a canvas made here, drawn with pointer events, touch and mouse alike;
 * WeChat: the page's `<canvas type="2d" id="sign-pad-mp">`, whose touch events the page passes to `touch`).
 * `strokes` (signatures.js createStrokes) keeps what was drawn. → `{clear, touch, image}`.
 */
export function mountPad(instance, strokes) {
  return new Promise((resolve, reject) => {
    let context = null;
    let canvas = null;
    const line = (from, to) => {
      if (!from) return;
      context.beginPath();
      context.moveTo(from.x, from.y);
      context.lineTo(to.x, to.y);
      context.stroke();
    };
    const setUp = (width, height, ratio) => {
      canvas.width = Math.round(width * ratio);
      canvas.height = Math.round(height * ratio);
      context = canvas.getContext("2d");
      context.scale(ratio, ratio);
      context.lineWidth = 3;
      context.lineCap = "round";
      context.lineJoin = "round";
      context.strokeStyle = "#111";
    };
    const pad = {
      clear() {
        strokes.clear();
        context.save();
        context.setTransform(1, 0, 0, 1, 0, 0);
        context.clearRect(0, 0, canvas.width, canvas.height);
        context.restore();
      },
      /** WeChat's touch events (x, y relative to the canvas). */
      touch(event) {
        const point = event.touches?.[0] || event.changedTouches?.[0];
        if (!point) return;
        if (event.type === "touchstart") strokes.start(point.x, point.y);
        else if (event.type === "touchmove") line(strokes.move(point.x, point.y), point);
      },
      /** The signature as a PNG kept on the phone until uploaded → `{key, src}`. */
      async image() {
        // #ifdef H5
        const key = newKey();
        const dataUrl = canvas.toDataURL("image/png");
        uni.setStorageSync(PHOTO_PREFIX + key, dataUrl);
        return { key, src: dataUrl };
        // #endif
        // #ifdef MP-WEIXIN
        const temp = await new Promise((done, fail) => uni.canvasToTempFilePath({
          canvas, fileType: "png", success: (answer) => done(answer.tempFilePath), fail }));
        const saved = await new Promise((done) => uni.saveFile({ tempFilePath: temp,
          success: (answer) => done(answer.savedFilePath), fail: () => done(temp) }));
        return { key: newKey(), src: saved };
        // #endif
      },
    };
    // #ifdef H5
    const host = document.querySelector("#sign-pad");
    if (!host) return reject(new Error("签字板加载失败"));
    canvas = document.createElement("canvas");
    // (Sized through the CSSOM, which the page's CSP allows: the page's own styles do not reach an element made here.)
    Object.assign(canvas.style, { display: "block", width: "100%", height: `${PAD_HEIGHT}px`, touchAction: "none",
                                  cursor: "crosshair" });
    host.appendChild(canvas);
    setUp(host.clientWidth || 320, PAD_HEIGHT, window.devicePixelRatio || 1);
    const at = (event) => {
      const box = canvas.getBoundingClientRect();
      return { x: event.clientX - box.left, y: event.clientY - box.top };
    };
    let down = false;
    canvas.addEventListener("pointerdown", (event) => {
      down = true;
      canvas.setPointerCapture?.(event.pointerId);
      const point = at(event);
      strokes.start(point.x, point.y);
      event.preventDefault();
    });
    canvas.addEventListener("pointermove", (event) => {
      if (!down) return;
      const point = at(event);
      line(strokes.move(point.x, point.y), point);
      event.preventDefault();
    });
    const up = () => { down = false; };
    canvas.addEventListener("pointerup", up);
    canvas.addEventListener("pointercancel", up);
    resolve(pad);
    // #endif
    // #ifdef MP-WEIXIN
    uni.createSelectorQuery().in(instance).select("#sign-pad-mp").fields({ node: true, size: true }).exec((found) => {
      const node = found?.[0];
      if (!node?.node) return reject(new Error("签字板加载失败"));
      canvas = node.node;
      setUp(node.width, node.height, uni.getSystemInfoSync().pixelRatio || 2);
      resolve(pad);
    });
    // #endif
  });
}

/** Open a PDF the API serves only to a logged-in caller (the inspection's documents). */
export function openDocument(api, href, filename) {
  return new Promise((resolve, reject) => {
    // #ifdef MP-WEIXIN
    uni.downloadFile({ url: href, header: { Authorization: `Bearer ${api.token()}` },
      success: (answer) => (answer.statusCode === 200
        ? uni.openDocument({ filePath: answer.tempFilePath, fileType: "pdf", showMenu: true, success: resolve,
                             fail: reject })
        : reject(new Error("文书下载失败"))), fail: reject });
    // #endif
    // #ifdef H5
    fetch(href, { headers: { Authorization: `Bearer ${api.token()}` } })
      .then((answer) => (answer.ok ? answer.blob() : Promise.reject(new Error("文书下载失败"))))
      .then((blob) => {
        const link = document.createElement("a");
        link.href = URL.createObjectURL(blob);
        link.download = filename;
        document.body.appendChild(link);
        link.click();
        link.remove();
        setTimeout(() => URL.revokeObjectURL(link.href), 60000);
        resolve();
      }, reject);
    // #endif
  });
}

/**
 * Fetch a page's code now, while there is a signal, so that it opens offline later. WeChat has every page on the
 * phone; the H5 build loads each page's chunk when first opened, through the loader uni-app (pinned, 046) keeps on
 * `window.__uniRoutes`. Failing soft: the page then loads when opened, as before.
 */
export function preloadPage(path) {
  // #ifdef H5
  try {
    const route = (window.__uniRoutes || []).find((entry) => entry.path === path || entry.alias === path);
    route?.loader?.()?.catch?.(() => {});
  } catch (failure) {
    // (nothing to do: the page loads when opened)
  }
  // #endif
}
