// The uni-app build (mp-weixin and H5). vitest has its own config (vitest.config.js): it does not start on this one.
import { defineConfig } from "vite";
import uniPlugin from "@dcloudio/vite-plugin-uni";

const uni = uniPlugin.default || uniPlugin;
const DCLOUD = /https?:\/\/[\w.-]*dcloud\.net\.cn[^'")\s]*/g;

/** The H5 build makes no request outside its own origin (docs/decisions/046): uni-app's stock CSS puts
 *  shadow images from cdn.dcloud.net.cn into the page head and a preload animation, and its <ad> component names
 *  dcloud's ad hosts. The images become `none` and the hosts empty strings (we use neither shadows nor ads).
 *  The mp-weixin runtime preloads a shadow image from a host it spells in character codes (cdn1.dcloud.net.cn)
 *  three seconds after launch: that preload is switched off. */
function noOutsideHosts() {
  return {
    name: "jinyan-no-outside-hosts",
    enforce: "post",
    transform(code, id) {
      if (/uni-mp-weixin\/dist\/uni\.mp\.esm\.js$/.test(id)) {
        if (!code.includes("isFunction(wx.preloadAssets)")) this.error("uni-mp-weixin changed: check its preloadAsset()");
        return { code: code.replace("isFunction(wx.preloadAssets)", "false"), map: null };
      }
      if (/\.css($|\?)/.test(id) && DCLOUD.test(code)) {
        return { code: code.replace(/url\(\s*['"]?https?:\/\/[\w.-]*dcloud\.net\.cn[^)]*\)/g, "none"), map: null };
      }
      return null;
    },
    generateBundle(_options, bundle) {
      for (const file of Object.values(bundle)) {
        if (file.type === "chunk") file.code = file.code.replace(DCLOUD, "");
        else if (typeof file.source === "string") file.source = file.source.replace(DCLOUD, "");
      }
    },
  };
}

export default defineConfig({
  plugins: [uni(), noOutsideHosts()],
  build: { sourcemap: false, reportCompressedSize: false },
});
