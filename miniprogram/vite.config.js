// The uni-app build (mp-weixin and H5). vitest has its own config (vitest.config.js): it does not start on this one.
import { defineConfig } from "vite";
import uniPlugin from "@dcloudio/vite-plugin-uni";

const uni = uniPlugin.default || uniPlugin;

export default defineConfig({
  plugins: [uni()],
  build: { sourcemap: false, reportCompressedSize: false },
});
