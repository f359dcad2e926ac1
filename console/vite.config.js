// The console is served by the backend at /admin/ (api/routes/console.py): relative asset paths, hashed names, no
// inline script (Vite's module preload polyfill is an inline-free import here), no source maps in the served build.
import vue from "@vitejs/plugin-vue";
import { defineConfig } from "vite";

export default defineConfig({
  base: "./",
  plugins: [vue()],
  build: {
    outDir: "dist",
    emptyOutDir: true,
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    chunkSizeWarningLimit: 1500,
    rollupOptions: {
      output: { manualChunks: { element: ["element-plus"], vue: ["vue", "vue-router"] } },
    },
  },
  server: { proxy: { "/api": "http://127.0.0.1:8000" } },
  test: { environment: "happy-dom", include: ["tests/**/*.test.js"] },
});
