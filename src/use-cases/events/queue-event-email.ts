import { eventPlace } from "../../domain/events/event-calendar.ts";
import type { Occurrence } from "../../domain/events/event-occurrences.ts";
import { enqueueEmails } from "../mail/enqueue-email.ts";
import type { Repositories, UseCaseDeps } from "../ports.ts";
import type { EventEmailDetails, EventEmailMessage } from "./event-emails.ts";
import type { EventWithPublisher, Registrant } from "./event-ports.ts";
import { eventCalendarUrl, eventPageUrl } from "./event-links.ts";

type Deps = Pick<UseCaseDeps, "ids" | "renderEmail" | "links" | "baseUrl"> & { now: Date };

/** What every email about this event says, to one person about one occurrence. */
export function eventEmailDetails(
  deps: Pick<UseCaseDeps, "baseUrl">,
  event: EventWithPublisher,
  person: Pick<Registrant, "name">,
  occurrence: Pick<Occurrence, "startsAt" | "endsAt">,
  withOnlineLink: boolean,
): EventEmailDetails {
  return {
    recipientName: person.name,
    title: event.title,
    publisherName: event.publisher.name,
    startsAt: occurrence.startsAt,
    endsAt: occurrence.endsAt,
    timeZone: event.timeZone,
    place: eventPlace(event),
    onlineUrl: withOnlineLink ? event.onlineUrl : "",
    occurrences: event.occurrences,
    courseWeeks: event.courseWeeks,
    eventUrl: eventPageUrl(deps, event.slug),
  };
}

type Extra =
  | {
      kind: "event-registration";
      status: "registered" | "waitlisted";
      waitlistPosition: number | null;
    }
  | { kind: "event-promoted" }
  | { kind: "event-cancelled" };

/**
 * Queues one email per person about the event (its first occurrence), in their language, in
 * the caller's transaction. `dedupe` makes each logical email once (a registration's
 * confirmation is keyed by when it was made, so registering again after cancelling mails again).
 */
export async function queueEventEmails(
  repositories: Repositories,
  deps: Deps,
  event: EventWithPublisher,
  first: Pick<Occurrence, "startsAt" | "endsAt">,
  emails: readonly { person: Registrant; extra: Extra; dedupe: string }[],
): Promise<number> {
  return enqueueEmails(
    repositories,
    deps,
    emails.map(({ person, extra, dedupe }) => {
      const registered =
        extra.kind === "event-promoted" ||
        (extra.kind === "event-registration" && extra.status === "registered");
      const details = eventEmailDetails(deps, event, person, first, registered);
      const message: EventEmailMessage =
        extra.kind === "event-cancelled"
          ? { ...details, kind: "event-cancelled" }
          : extra.kind === "event-promoted"
            ? {
                ...details,
                kind: "event-promoted",
                calendarUrl: eventCalendarUrl(deps, event.slug),
              }
            : {
                ...details,
                ...extra,
                calendarUrl: eventCalendarUrl(deps, event.slug),
              };
      return {
        to: person.email,
        toName: person.name,
        locale: person.locale,
        dedupeKey: `${extra.kind}:${event.id}:${person.userId}:${dedupe}`,
        message,
      };
    }),
  );
}
