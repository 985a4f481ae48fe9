import { reactRouter } from "@react-router/dev/vite";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";

export default defineConfig({
  plugins: [reactRouter()],
  resolve: { alias: { "~": fileURLToPath(new URL("./src", import.meta.url)) } },
  // Server-only packages stay external to the server bundle.
  ssr: { external: ["@node-rs/argon2", "@electric-sql/pglite", "pg"] },
});
