import { availableParallelism } from "node:os";
import { defineConfig } from "vitest/config";

// Two projects: "unit" is pure code (engine, domain, use cases with in-test ports);
// "integration" runs against a real PostgreSQL (PGlite by default, a server when
// TEST_DB=postgres and TEST_DATABASE_URL are set).
export default defineConfig({
  test: {
    // Vitest's default is one worker fewer than the cores: one worker on a two-core machine
    // (CI), so test files ran one after another. Much of an integration file's time is spent
    // waiting on the database; two or more files at a time keep both cores busy.
    maxWorkers: Math.max(2, availableParallelism()),
    projects: [
      {
        test: {
          name: "unit",
          include: [
            "packages/*/src/**/*.test.ts",
            "src/**/*.test.ts",
            "src/**/*.test.tsx",
            "server/**/*.test.ts",
          ],
          exclude: [
            "src/**/*.integration.test.ts",
            "server/**/*.integration.test.ts",
            "node_modules/**",
          ],
        },
      },
      {
        test: {
          name: "integration",
          include: ["src/**/*.integration.test.ts", "server/**/*.integration.test.ts"],
          // Migrates one database first; each test file's database is a copy of it.
          globalSetup: ["src/db/test-database-template.ts"],
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
