/** The identity code's token from `…/q/<token>` (the link, maybe URL-encoded as WeChat's `q` passes it), a
 *  mini-program path with `scene=<token>`, or the bare token; null for anything else. */
export function tokenOf(text) {
  let decoded = String(text || "");
  try {
    decoded = decodeURIComponent(decoded);
  } catch {
    return null;
  }
  const link = decoded.match(/\/q\/([\w-]+)/);
  if (link) return link[1];
  const scene = decoded.match(/scene=([\w-]+)/);
  if (scene) return scene[1];
  return /^[\w-]+$/.test(decoded) ? decoded : null;
}
