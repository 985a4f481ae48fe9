import { buildEventCalendar, type CalendarEvent } from "../../domain/events/event-calendar.ts";
import type { ReadRepositories, UseCaseDeps } from "../ports.ts";
import type { EventWithPublisher } from "./event-ports.ts";
import { eventPageUrl } from "./event-links.ts";

/** More events than a feed needs; it stays a bounded download. */
export const FEED_LIMIT = 500;

/**
 * The .ics of these events with their stored occurrences. `showLinkFor` says for which events
 * the reader may see the online link (those they registered for).
 */
export async function eventsCalendar(
  deps: Pick<UseCaseDeps, "baseUrl">,
  read: ReadRepositories,
  feed: {
    calendarName: string;
    events: readonly EventWithPublisher[];
    showLinkFor: (event: EventWithPublisher) => boolean;
    now: Date;
  },
): Promise<string> {
  const occurrences = await read.events.listOccurrencesOf(feed.events.map((e) => e.id));
  const events: CalendarEvent[] = feed.events.map((event) => ({
    ...event,
    onlineUrl: feed.showLinkFor(event) ? event.onlineUrl : "",
    url: eventPageUrl(deps, event.slug),
    occurrences: occurrences.get(event.id) ?? [],
  }));
  return buildEventCalendar({
    calendarName: feed.calendarName,
    host: new URL(deps.baseUrl).host,
    events,
    now: feed.now,
  });
}
