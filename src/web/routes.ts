import { route, type RouteConfig } from "@react-router/dev/routes";
import { accountRoutes } from "./features/accounts/routes.ts";
import { applicationRoutes } from "./features/applications/routes.ts";
import { mailRoutes } from "./features/mail/routes.ts";
import { matchingRoutes } from "./features/matching/routes.ts";
import { programmeRoutes } from "./features/programmes/routes.ts";
import { roundRoutes } from "./features/rounds/routes.ts";

// Each feature mounts its own pages (src/web/features/<feature>/routes.ts); paths are
// relative to src/web.
export default [
  ...roundRoutes,
  ...accountRoutes,
  ...programmeRoutes,
  ...applicationRoutes,
  ...matchingRoutes,
  ...mailRoutes,
  route("*", "shared/not-found.tsx"),
] satisfies RouteConfig;
