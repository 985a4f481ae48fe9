import type { UseCaseDeps } from "../ports.ts";
import { fail, ok, type Actor, type Result } from "../result.ts";
import { eventsCalendar } from "./event-calendar-feed.ts";
import { canManageEvent } from "./find-publisher.ts";

/** "Add to calendar": one event's .ics, with the online link only for a registered reader. */
export async function getEventCalendar(
  deps: Pick<UseCaseDeps, "uow" | "clock" | "baseUrl">,
  actor: Actor | null,
  input: { slug: string },
): Promise<Result<{ filename: string; ics: string }>> {
  const read = deps.uow.read;
  const event = await read.events.findBySlug(input.slug);
  if (!event) return fail({ code: "not_found" });
  const registration = actor
    ? await read.events.findRegistration(event.id, actor.userId)
    : undefined;
  const seesLink =
    registration?.status === "registered" || (await canManageEvent(read, actor, event));
  const ics = await eventsCalendar(deps, read, {
    calendarName: event.title,
    events: [event],
    showLinkFor: () => seesLink,
    now: deps.clock.now(),
  });
  return ok({ filename: `${event.slug}.ics`, ics });
}
