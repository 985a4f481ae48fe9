import type { RouteConfigEntry } from "@react-router/dev/routes";

/** Networks (issue 14): the directory, members, organisers, campaigns and petitions. */
export const networkRoutes: RouteConfigEntry[] = [];
