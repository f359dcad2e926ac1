// vitest does not start on uni's vite.config.js (its plugin wants a uni build context): the tested code is plain
// modules (src/lib/) that need no uni plugin.
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: { environment: "happy-dom", include: ["tests/**/*.test.js"], restoreMocks: true },
});
