import { parseEventInput, type EventFormValues } from "../../domain/events/event-input.ts";
import { promotionsDue } from "../../domain/events/event-waitlist.ts";
import type { UseCaseDeps } from "../ports.ts";
import { fail, ok, type Actor, type Result } from "../result.ts";
import type { EventRecord } from "./event-ports.ts";
import { eventFields, eventSeries } from "./event-record.ts";
import { canManageEvent } from "./find-publisher.ts";
import { queueEventEmails } from "./queue-event-email.ts";

/**
 * An organiser changes an event: its occurrences are expanded again and its SEQUENCE raised,
 * so calendar apps replace what they show. A larger capacity moves the waitlist up at once.
 */
export async function editEvent(
  deps: Pick<UseCaseDeps, "uow" | "clock" | "ids" | "renderEmail" | "links" | "baseUrl">,
  actor: Actor | null,
  input: { slug: string; values: EventFormValues },
): Promise<Result<EventRecord>> {
  return deps.uow.transaction(async (repositories) => {
    const event = await repositories.events.lockBySlug(input.slug);
    if (!event || !(await canManageEvent(repositories, actor, event)))
      return fail({ code: "not_found" });
    if (event.status === "cancelled") return fail({ code: "closed" });
    const parsed = parseEventInput(input.values);
    if (!parsed.ok) return fail({ code: "invalid", fieldErrors: parsed.fieldErrors });
    const now = deps.clock.now();
    const changed = {
      ...event,
      ...eventFields(parsed.value),
      sequence: event.sequence + 1,
      updatedAt: now,
    };
    const { publisher, ...record } = changed;
    const series = eventSeries(parsed.value);
    await repositories.events.update(record, series.occurrences, series.units);
    const counts = await repositories.events.countRegistrations(event.id);
    const moved = await repositories.events.promoteFromWaitlist(
      event.id,
      promotionsDue(record.capacity, counts.registered, counts.waitlisted),
      now,
    );
    await queueEventEmails(
      repositories,
      { ...deps, now },
      { ...record, publisher },
      series.occurrences[0]!,
      moved.map((person) => ({
        person,
        extra: { kind: "event-promoted" },
        dedupe: now.toISOString(),
      })),
    );
    await repositories.audit.record({
      id: deps.ids.newId(),
      actorUserId: actor?.userId ?? null,
      action: "event.edited",
      subjectType: "event",
      subjectId: event.id,
      data: { sequence: record.sequence, promoted: moved.length },
      createdAt: now,
    });
    return ok(record);
  });
}
