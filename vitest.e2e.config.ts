import { defineConfig } from "vitest/config";

// Browser tests: one built app server, real Chromium, run one file at a time.
export default defineConfig({
  test: {
    include: ["tests/e2e/**/*.test.ts"],
    globalSetup: ["tests/e2e/global-setup.ts"],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
    setupFiles: ["tests/setup-console.ts"],
  },
});
