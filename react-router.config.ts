import type { Config } from "@react-router/dev/config";

export default {
  appDirectory: "src/web",
  // SHELFMATES_BUILD_DIR lets two builds (e.g. two browser suites) live side by side.
  buildDirectory: process.env.SHELFMATES_BUILD_DIR ?? "build",
  ssr: true,
  // Every route is known to the browser from one cached file (assets/manifest-*.js) instead
  // of a partial manifest written into each page and fetched again as the reader moves on
  // (mode "lazy"): the server matched every ancestor path of each request against all the
  // routes to write it, 10% of the application form's time and 6% of the 404 page's (issue 17).
  routeDiscovery: { mode: "initial" },
  // React Router 7's behaviour, chosen explicitly (so no warning at each build); each v8
  // change is taken on its own, with its tests, when the project moves to it.
  future: {
    v8_middleware: true,
    v8_splitRouteModules: false,
    v8_viteEnvironmentApi: false,
    v8_passThroughRequests: false,
    v8_trailingSlashAwareDataRequests: false,
  },
} satisfies Config;
