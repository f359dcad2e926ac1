// The app's one API client and draft store, wired to the platform.
import { createApi } from "./api.js";
import { createDrafts, drainWith } from "./drafts.js";
import { API_BASE, removePhoto, storage, transport, uploadPhoto } from "./platform.js";

export const api = createApi({
  base: API_BASE,
  transport,
  storage,
  onUnauthorized: () => uni.reLaunch({ url: "/pages/login/index" }),
});

export const drafts = createDrafts(storage);

export const photos = { upload: (photo) => uploadPhoto(api, photo), remove: removePhoto };

export function drainQueue() {
  if (!api.token()) return Promise.resolve();
  return drainWith(api, drafts, photos);
}

export function toast(message) {
  uni.showToast({ title: String(message).slice(0, 40), icon: "none", duration: 2500 });
}

export function go(url) {
  uni.navigateTo({ url });
}
