import { defineConfig } from "vitest/config";

/** End-to-end tests: the built app, served by `vite preview`, driven in Debian's Chromium. */
export default defineConfig({
  test: {
    include: ["tests/e2e/**/*.e2e.ts"],
    globalSetup: ["tests/e2e/support/globalSetup.ts"],
    // One Chromium at a time on a 2-core machine; each test opens its own browser context.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
