import type { UseCaseDeps } from "../ports.ts";
import { fail, ok, type Actor, type Result } from "../result.ts";
import type { EventRecord } from "./event-ports.ts";
import { canManageEvent } from "./find-publisher.ts";
import { queueEventEmails } from "./queue-event-email.ts";

/**
 * An organiser cancels an event (after a confirmation page): everyone registered or waiting is
 * told; it stays in the feeds as STATUS:CANCELLED with a higher SEQUENCE. Again: no change.
 */
export async function cancelEvent(
  deps: Pick<UseCaseDeps, "uow" | "clock" | "ids" | "renderEmail" | "links" | "baseUrl">,
  actor: Actor | null,
  input: { slug: string },
): Promise<Result<EventRecord>> {
  return deps.uow.transaction(async (repositories) => {
    const event = await repositories.events.lockBySlug(input.slug);
    if (!event || !(await canManageEvent(repositories, actor, event)))
      return fail({ code: "not_found" });
    if (event.status === "cancelled") return ok(event);
    const now = deps.clock.now();
    const cancelled = {
      ...event,
      status: "cancelled" as const,
      sequence: event.sequence + 1,
      updatedAt: now,
    };
    await repositories.events.updateStatus(cancelled);
    const [first] = await repositories.events.listOccurrences(event.id);
    const people = await repositories.events.listActiveRegistrants(event.id);
    const emails = first
      ? await queueEventEmails(
          repositories,
          { ...deps, now },
          cancelled,
          first,
          people.map((person) => ({ person, extra: { kind: "event-cancelled" }, dedupe: "1" })),
        )
      : 0;
    await repositories.audit.record({
      id: deps.ids.newId(),
      actorUserId: actor?.userId ?? null,
      action: "event.cancelled",
      subjectType: "event",
      subjectId: event.id,
      data: { sequence: cancelled.sequence, emails },
      createdAt: now,
    });
    return ok(cancelled);
  });
}
