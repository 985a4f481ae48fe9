import { parseEventInput, type EventFormValues } from "../../domain/events/event-input.ts";
import { uniqueSlug } from "../../domain/slug.ts";
import type { UseCaseDeps } from "../ports.ts";
import { fail, ok, type Actor, type Result } from "../result.ts";
import type { EventRecord } from "./event-ports.ts";
import { eventFields, eventSeries } from "./event-record.ts";
import { findPublisherForActor, type PublisherRef } from "./find-publisher.ts";

/** An organiser (or a programme's facilitator) publishes an event or a course. */
export async function publishEvent(
  deps: Pick<UseCaseDeps, "uow" | "clock" | "ids">,
  actor: Actor | null,
  input: { publisher: PublisherRef; values: EventFormValues },
): Promise<Result<EventRecord>> {
  return deps.uow.transaction(async (repositories) => {
    const publisher = await findPublisherForActor(repositories, actor, input.publisher);
    if (!publisher || !actor) return fail({ code: "not_found" });
    const parsed = parseEventInput(input.values);
    if (!parsed.ok) return fail({ code: "invalid", fieldErrors: parsed.fieldErrors });
    const now = deps.clock.now();
    if (parsed.value.startsAt <= now)
      return fail({
        code: "invalid",
        fieldErrors: { startsAtLocal: { key: "events:errors.inPast" } },
      });
    const record: EventRecord = {
      ...eventFields(parsed.value),
      id: deps.ids.newId(),
      slug: await uniqueSlug(parsed.value.title, (s) => repositories.events.slugExists(s)),
      networkId: publisher.kind === "network" ? publisher.id : null,
      programmeId: publisher.kind === "programme" ? publisher.id : null,
      status: "scheduled",
      sequence: 0,
      createdBy: actor.userId,
      createdAt: now,
      updatedAt: now,
    };
    const series = eventSeries(parsed.value);
    await repositories.events.insert(record, series.occurrences, series.units);
    await repositories.audit.record({
      id: deps.ids.newId(),
      actorUserId: actor.userId,
      action: "event.published",
      subjectType: "event",
      subjectId: record.id,
      data: { publisher: `${publisher.kind}:${publisher.id}`, title: record.title },
      createdAt: now,
    });
    return ok(record);
  });
}
