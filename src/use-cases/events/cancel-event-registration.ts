import { promotionsDue } from "../../domain/events/event-waitlist.ts";
import type { UseCaseDeps } from "../ports.ts";
import { fail, ok, type Actor, type Result } from "../result.ts";
import { queueEventEmails } from "./queue-event-email.ts";

/**
 * A member cancels their registration (or leaves the waitlist). A place that frees goes to the
 * first person waiting, exactly once: the event's row is locked, the registration is cancelled
 * only if it still holds its status (a conditional UPDATE … RETURNING), and the promotion
 * updates only rows still waitlisted — so two cancellations at once move up two people, and
 * the same cancellation sent twice moves up one. The promoted member is emailed.
 */
export async function cancelEventRegistration(
  deps: Pick<UseCaseDeps, "uow" | "clock" | "ids" | "renderEmail" | "links" | "baseUrl">,
  actor: Actor | null,
  input: { slug: string },
): Promise<Result<{ cancelled: boolean; promoted: number }>> {
  if (!actor) return fail({ code: "not_found" });
  return deps.uow.transaction(async (repositories) => {
    const event = await repositories.events.lockBySlug(input.slug);
    if (!event) return fail({ code: "not_found" });
    const now = deps.clock.now();
    const previous = await repositories.events.cancelRegistration(event.id, actor.userId, now);
    if (!previous) return ok({ cancelled: false, promoted: 0 });
    const counts = await repositories.events.countRegistrations(event.id);
    const moved =
      event.status === "scheduled"
        ? await repositories.events.promoteFromWaitlist(
            event.id,
            promotionsDue(event.capacity, counts.registered, counts.waitlisted),
            now,
          )
        : [];
    const [first] = await repositories.events.listOccurrences(event.id);
    if (first && moved.length > 0)
      await queueEventEmails(
        repositories,
        { ...deps, now },
        event,
        first,
        moved.map((person) => ({
          person,
          extra: { kind: "event-promoted" },
          dedupe: now.toISOString(),
        })),
      );
    await repositories.audit.record({
      id: deps.ids.newId(),
      actorUserId: actor.userId,
      action: "event.registration_cancelled",
      subjectType: "event",
      subjectId: event.id,
      data: { previous, promoted: moved.map((p) => p.userId) },
      createdAt: now,
    });
    return ok({ cancelled: true, promoted: moved.length });
  });
}
