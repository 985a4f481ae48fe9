import type { Occurrence } from "../../domain/events/event-occurrences.ts";
import { placesLeft } from "../../domain/events/event-waitlist.ts";
import type { UseCaseDeps } from "../ports.ts";
import { fail, ok, type Actor, type Result } from "../result.ts";
import type { EventWithPublisher, RegistrationCounts } from "./event-ports.ts";
import { unitsWithOpening } from "./event-record.ts";
import { canManageEvent } from "./find-publisher.ts";

export interface EventPage {
  /** The online link is "" unless the reader is registered (or manages the event). */
  event: EventWithPublisher;
  occurrences: Occurrence[];
  units: { week: number; title: string; body: string; opensAt: Date }[];
  counts: RegistrationCounts;
  placesLeft: number | null;
  /** The reader's registration: null when signed out or not registered. */
  mine: { status: "registered" } | { status: "waitlisted"; position: number } | null;
  canManage: boolean;
  /** Whether registering is still possible (scheduled and not over). */
  open: boolean;
}

/** An event's public page, as the reader may see it. */
export async function getEventPage(
  deps: Pick<UseCaseDeps, "uow" | "clock">,
  actor: Actor | null,
  input: { slug: string },
): Promise<Result<EventPage>> {
  const read = deps.uow.read;
  const event = await read.events.findBySlug(input.slug);
  if (!event) return fail({ code: "not_found" });
  const [occurrences, units, counts, registration, canManage] = await Promise.all([
    read.events.listOccurrences(event.id),
    read.events.listUnits(event.id),
    read.events.countRegistrations(event.id),
    actor ? read.events.findRegistration(event.id, actor.userId) : undefined,
    canManageEvent(read, actor, event),
  ]);
  let mine: EventPage["mine"] = null;
  if (registration?.status === "registered") mine = { status: "registered" };
  if (registration?.status === "waitlisted" && actor)
    mine = {
      status: "waitlisted",
      position: (await read.events.findWaitlistPosition(event.id, actor.userId)) ?? 1,
    };
  const seesLink = mine?.status === "registered" || canManage;
  return ok({
    event: { ...event, onlineUrl: seesLink ? event.onlineUrl : "" },
    occurrences,
    units: unitsWithOpening(event, units),
    counts,
    placesLeft: placesLeft(event.capacity, counts.registered),
    mine,
    canManage,
    open:
      event.status === "scheduled" &&
      (occurrences.at(-1)?.endsAt ?? event.startsAt) > deps.clock.now(),
  });
}
