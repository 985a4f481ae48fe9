import type { RouteConfigEntry } from "@react-router/dev/routes";

/** News (issue 14): posts, comments and their moderation, RSS and Atom feeds, the weekly digest. */
export const newsRoutes: RouteConfigEntry[] = [];
