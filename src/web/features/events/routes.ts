import type { RouteConfigEntry } from "@react-router/dev/routes";
import { route } from "@react-router/dev/routes";

/**
 * Events, CPD and courses (issue 14): the listing, each event's page with registration and its
 * .ics, publishing (organisers of a network, facilitators of a programme), the registrations,
 * the public feeds of a network's and a programme's events, and a member's personal feed.
 */
export const eventRoutes: RouteConfigEntry[] = [
  route("events", "features/events/attend/event-listing.tsx"),
  route("events/new", "features/events/organise/event-new.tsx"),
  // "<token>.ics": a path segment cannot be half parameter, so the page strips ".ics".
  route("events/calendar/:file", "features/events/personal-calendar-feed.ts"),
  route("events/:slug", "features/events/attend/event-page.tsx"),
  route("events/:slug/calendar.ics", "features/events/event-calendar-download.ts"),
  route("events/:slug/edit", "features/events/organise/event-edit.tsx"),
  route("events/:slug/cancel", "features/events/organise/event-cancel.tsx"),
  route("events/:slug/registrations", "features/events/organise/event-registrations.tsx"),
  route("networks/:slug/events.ics", "features/events/network-calendar-feed.ts"),
  route("programmes/:slug/events.ics", "features/events/programme-calendar-feed.ts"),
  route("account/calendar", "features/events/attend/my-calendar-feed.tsx"),
];
