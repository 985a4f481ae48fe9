import { defineConfig } from "drizzle-kit";

// Only `drizzle-kit generate` is used (it needs no database): migrations are committed SQL
// in ./drizzle and applied by the app at start.
export default defineConfig({
  dialect: "postgresql",
  schema: "./src/db/schema/index.ts",
  out: "./drizzle",
});
