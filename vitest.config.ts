import { defineConfig } from "vitest/config";

// Unit and HTTP tests. They run on the embedded database (PGlite) unless DATABASE_URL points
// at PostgreSQL; either way each test file starts from one migrated template.
export default defineConfig({
  test: {
    include: [
      "core/**/*.test.ts",
      "server/**/*.test.ts",
      "cli/**/*.test.ts",
      "content/**/*.test.ts",
      "web/**/*.test.ts",
    ],
    globalSetup: ["server/test/global-setup.ts"],
    pool: "forks",
    maxWorkers: 2,
    testTimeout: 30_000,
    hookTimeout: 120_000,
  },
});
