import type { UseCaseDeps } from "../ports.ts";
import { fail, ok, type Result } from "../result.ts";
import { eventsCalendar, FEED_LIMIT } from "./event-calendar-feed.ts";
import { publisherOf } from "./find-publisher.ts";

/**
 * The public .ics feed of a network's or a programme's events (cancelled ones as
 * STATUS:CANCELLED). No online links: those are for registered members only.
 */
export async function getPublisherCalendar(
  deps: Pick<UseCaseDeps, "uow" | "clock" | "baseUrl">,
  input: { kind: "network" | "programme"; slug: string },
): Promise<Result<{ name: string; ics: string }>> {
  const read = deps.uow.read;
  const publisher = await read.events.findPublisherBySlug(input.kind, input.slug);
  if (!publisher) return fail({ code: "not_found" });
  const events = await read.events.listPublisherEventsForFeed(publisherOf(publisher), FEED_LIMIT);
  const ics = await eventsCalendar(deps, read, {
    calendarName: publisher.name,
    events,
    showLinkFor: () => false,
    now: deps.clock.now(),
  });
  return ok({ name: publisher.name, ics });
}
