import { route, type RouteConfigEntry } from "@react-router/dev/routes";

/** Privacy (issue 16): the administrators' audit log. */
export const privacyRoutes: RouteConfigEntry[] = [
  route("admin/audit", "features/privacy/audit-log.tsx"),
];
