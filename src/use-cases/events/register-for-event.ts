import { statusForNewRegistration } from "../../domain/events/event-waitlist.ts";
import type { UseCaseDeps } from "../ports.ts";
import { fail, ok, type Actor, type Result } from "../result.ts";
import { queueEventEmails } from "./queue-event-email.ts";

export type RegistrationOutcome =
  { status: "registered" } | { status: "waitlisted"; position: number };

/**
 * A signed-in member with a verified address registers: a place while there is one, else the
 * end of the waitlist. The event's row is locked first, so two people taking the last place at
 * the same moment are counted one after the other. Registering twice changes nothing; the
 * confirmation (with the event's .ics) goes out in the same transaction.
 */
export async function registerForEvent(
  deps: Pick<UseCaseDeps, "uow" | "clock" | "ids" | "renderEmail" | "links" | "baseUrl">,
  actor: Actor | null,
  input: { slug: string },
): Promise<Result<RegistrationOutcome>> {
  if (!actor) return fail({ code: "not_found" });
  return deps.uow.transaction(async (repositories) => {
    const event = await repositories.events.lockBySlug(input.slug);
    if (!event) return fail({ code: "not_found" });
    const member = await repositories.users.findById(actor.userId);
    if (!member) return fail({ code: "not_found" });
    if (!member.emailVerified) return fail({ code: "forbidden" });
    const occurrences = await repositories.events.listOccurrences(event.id);
    const now = deps.clock.now();
    const last = occurrences.at(-1);
    if (event.status === "cancelled" || !last || last.endsAt <= now)
      return fail({ code: "closed" });
    const existing = await repositories.events.findRegistration(event.id, actor.userId);
    if (existing?.status === "registered") return ok({ status: "registered" });
    if (existing?.status === "waitlisted")
      return ok({
        status: "waitlisted",
        position: (await repositories.events.findWaitlistPosition(event.id, actor.userId)) ?? 1,
      });
    const counts = await repositories.events.countRegistrations(event.id);
    const status = statusForNewRegistration(event.capacity, counts.registered);
    await repositories.events.saveRegistration({
      eventId: event.id,
      userId: actor.userId,
      status,
      createdAt: now,
      promotedAt: null,
      cancelledAt: null,
    });
    const position =
      status === "waitlisted"
        ? ((await repositories.events.findWaitlistPosition(event.id, actor.userId)) ?? 1)
        : null;
    await queueEventEmails(repositories, { ...deps, now }, event, occurrences[0]!, [
      {
        person: {
          userId: member.id,
          name: member.name,
          email: member.email,
          locale: member.locale ?? "en",
          status,
          createdAt: now,
        },
        extra: { kind: "event-registration", status, waitlistPosition: position },
        dedupe: now.toISOString(),
      },
    ]);
    await repositories.audit.record({
      id: deps.ids.newId(),
      actorUserId: actor.userId,
      action: `event.${status}`,
      subjectType: "event",
      subjectId: event.id,
      createdAt: now,
    });
    return ok(position === null ? { status: "registered" } : { status: "waitlisted", position });
  });
}
