import type { RouteConfigEntry } from "@react-router/dev/routes";

/** A participant's partnership page, its meeting log and .ics files. */
export const partnershipPageRoutes: RouteConfigEntry[] = [];
