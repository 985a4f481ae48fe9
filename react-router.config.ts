import type { Config } from "@react-router/dev/config";

export default {
  appDirectory: "src/web",
  // SHELFMATES_BUILD_DIR lets two builds (e.g. two browser suites) live side by side.
  buildDirectory: process.env.SHELFMATES_BUILD_DIR ?? "build",
  ssr: true,
} satisfies Config;
