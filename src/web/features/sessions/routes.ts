import type { RouteConfigEntry } from "@react-router/dev/routes";
import { prefix, route } from "@react-router/dev/routes";

/** Group sessions: scheduling (facilitators), RSVP (participants), the round's .ics feed. */
export const sessionRoutes: RouteConfigEntry[] = [
  ...prefix("facilitate/rounds/:roundId/sessions", [
    route("", "features/sessions/facilitate/session-list.tsx"),
    route("new", "features/sessions/facilitate/session-new.tsx"),
    route(":sessionId/edit", "features/sessions/facilitate/session-edit.tsx"),
    route(":sessionId/cancel", "features/sessions/facilitate/session-cancel.tsx"),
  ]),
  route("rounds/:roundId/sessions", "features/sessions/participate/round-sessions.tsx"),
  // "<token>.ics": a path segment cannot be half parameter, so the page strips ".ics".
  route("calendar/:file", "features/sessions/calendar-feed.ts"),
];
