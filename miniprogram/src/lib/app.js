// The app's one API client, draft store and signature queue, wired to the platform.
import { createApi } from "./api.js";
import { createDrafts, drainWith } from "./drafts.js";
import { createSignatures, drainSignatures } from "./signatures.js";
import { API_BASE, removePhoto, storage, transport, uploadPhoto } from "./platform.js";

export const api = createApi({
  base: API_BASE,
  transport,
  storage,
  onUnauthorized: () => uni.reLaunch({ url: "/pages/login/index" }),
});

export const DRAFTS_CHANGED = "jinyan:drafts";
// The queue may send a draft while its page is open (the signal came back): the page hears it and reloads.
export const drafts = createDrafts(storage, () => uni.$emit(DRAFTS_CHANGED));
export const SIGNATURES_CHANGED = "jinyan:signatures";
export const signatures = createSignatures(storage, () => uni.$emit(SIGNATURES_CHANGED));

export const photos = { upload: (photo) => uploadPhoto(api, photo), remove: removePhoto };
export const signatureImages = { upload: (image) => uploadPhoto(api, image, "signature.png"), remove: removePhoto };

let signing = null;

/** The checklists first (a signature needs its inspection submitted), then the signatures. */
export async function drainQueue() {
  if (!api.token()) return;
  await drainWith(api, drafts, photos);
  if (signing) return signing;
  const waiting = new Set(drafts.unsent().map((draft) => draft.inspectionId));
  signing = drainSignatures(api, signatures, signatureImages, waiting).finally(() => { signing = null; });
  return signing;
}

export function toast(message) {
  uni.showToast({ title: String(message).slice(0, 40), icon: "none", duration: 2500 });
}

export function go(url) {
  uni.navigateTo({ url });
}
