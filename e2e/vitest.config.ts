import { defineConfig } from "vitest/config";

// Browser journeys against the real server (built web app, embedded database, demo data),
// driven in Debian's Chromium with an axe WCAG 2.1 AA scan of every page reached.
export default defineConfig({
  test: {
    include: ["e2e/**/*.e2e.ts"],
    globalSetup: ["e2e/global-setup.ts"],
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
