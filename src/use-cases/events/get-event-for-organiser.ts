import type { EventFormValues } from "../../domain/events/event-input.ts";
import type { ReadRepositories, UseCaseDeps } from "../ports.ts";
import { fail, ok, type Actor, type Result } from "../result.ts";
import type { EventWithPublisher, PublisherSummary } from "./event-ports.ts";
import { eventStartsAtLocal } from "./event-record.ts";
import { canManageEvent, findPublisherForActor, type PublisherRef } from "./find-publisher.ts";

/** The event if the actor may manage it; nothing for anyone else (not_found). */
export async function findManagedEvent(
  repositories: ReadRepositories,
  actor: Actor | null,
  slug: string,
): Promise<EventWithPublisher | undefined> {
  const event = await repositories.events.findBySlug(slug);
  if (!event || !(await canManageEvent(repositories, actor, event))) return undefined;
  return event;
}

/** The publisher a new event form is for, if the actor may publish for it. */
export async function getEventPublisher(
  deps: Pick<UseCaseDeps, "uow">,
  actor: Actor | null,
  ref: PublisherRef,
): Promise<Result<PublisherSummary>> {
  const publisher = await findPublisherForActor(deps.uow.read, actor, ref);
  return publisher ? ok(publisher) : fail({ code: "not_found" });
}

/** An event with its form's values as stored, for the organiser's edit and cancel pages. */
export async function getEventForOrganiser(
  deps: Pick<UseCaseDeps, "uow">,
  actor: Actor | null,
  input: { slug: string },
): Promise<Result<{ event: EventWithPublisher; values: EventFormValues }>> {
  const event = await findManagedEvent(deps.uow.read, actor, input.slug);
  if (!event) return fail({ code: "not_found" });
  const units = await deps.uow.read.events.listUnits(event.id);
  const values: EventFormValues = {
    kind: event.kind,
    title: event.title,
    description: event.description,
    onlineUrl: event.onlineUrl,
    venue: event.venue,
    city: event.city,
    country: event.country,
    timeZone: event.timeZone,
    startsAtLocal: eventStartsAtLocal(event),
    durationMinutes: event.kind === "course" ? "60" : String(event.durationMinutes),
    capacity: event.capacity === null ? "" : String(event.capacity),
    repeat: event.repeat,
    occurrences: String(event.occurrences),
    courseWeeks: event.courseWeeks === null ? "" : String(event.courseWeeks),
    unitTitles: units.map((u) => u.title),
    topics: event.topics,
    language: event.language,
  };
  return ok({ event, values });
}
