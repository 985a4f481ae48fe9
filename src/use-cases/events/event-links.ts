import type { UseCaseDeps } from "../ports.ts";

/** The event's page. */
export function eventPageUrl(deps: Pick<UseCaseDeps, "baseUrl">, slug: string): string {
  return `${deps.baseUrl}/events/${slug}`;
}

/** The event's own .ics download (the online link only for a registered member who is signed in). */
export function eventCalendarUrl(deps: Pick<UseCaseDeps, "baseUrl">, slug: string): string {
  return `${deps.baseUrl}/events/${slug}/calendar.ics`;
}

/** A member's personal calendar feed, for the token they were given once. */
export function personalCalendarUrl(deps: Pick<UseCaseDeps, "baseUrl">, token: string): string {
  return `${deps.baseUrl}/events/calendar/${token}.ics`;
}
