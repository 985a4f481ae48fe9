import type { Page } from "../page.ts";
import type { UseCaseDeps } from "../ports.ts";
import { fail, ok, type Actor, type Result } from "../result.ts";
import type { EventWithPublisher, RegistrationCounts, Registrant } from "./event-ports.ts";
import { findManagedEvent } from "./get-event-for-organiser.ts";

/** The organiser's view: who registered, and the waitlist in its order, each paged. */
export async function listEventRegistrations(
  deps: Pick<UseCaseDeps, "uow">,
  actor: Actor | null,
  input: {
    slug: string;
    registered: { offset: number; limit: number };
    waitlisted: { offset: number; limit: number };
  },
): Promise<
  Result<{
    event: EventWithPublisher;
    counts: RegistrationCounts;
    registered: Page<Registrant>;
    waitlisted: Page<Registrant>;
  }>
> {
  const read = deps.uow.read;
  const event = await findManagedEvent(read, actor, input.slug);
  if (!event) return fail({ code: "not_found" });
  const [counts, registered, waitlisted] = await Promise.all([
    read.events.countRegistrations(event.id),
    read.events.listRegistrants(event.id, "registered", input.registered),
    read.events.listRegistrants(event.id, "waitlisted", input.waitlisted),
  ]);
  return ok({ event, counts, registered, waitlisted });
}
