import type { RouteConfigEntry } from "@react-router/dev/routes";

/** Group sessions: scheduling (facilitators), RSVP (participants), the round's .ics feed. */
export const sessionRoutes: RouteConfigEntry[] = [];
