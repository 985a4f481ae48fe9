import { defineConfig } from "vitest/config";

// Two projects: "unit" is pure code (engine, domain, use cases with in-test ports);
// "integration" runs against a real PostgreSQL (PGlite by default, a server when
// TEST_DB=postgres and TEST_DATABASE_URL are set).
export default defineConfig({
  test: {
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
          exclude: ["src/**/*.integration.test.ts", "node_modules/**"],
        },
      },
      {
        test: {
          name: "integration",
          include: ["src/**/*.integration.test.ts"],
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
