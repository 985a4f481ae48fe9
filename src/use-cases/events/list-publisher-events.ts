import type { Publisher } from "../authorise.ts";
import type { Page } from "../page.ts";
import type { UseCaseDeps } from "../ports.ts";
import type { Actor } from "../result.ts";
import { canPublishFor } from "../authorise.ts";
import type { EventWithPublisher } from "./event-ports.ts";

/**
 * A network's or a programme's events still to come (or under way), soonest first, for the
 * section on its page; `canPublish` says whether to offer "Publish an event".
 */
export async function listPublisherEvents(
  deps: Pick<UseCaseDeps, "uow" | "clock">,
  actor: Actor | null,
  publisher: Publisher,
  page: { offset: number; limit: number },
): Promise<Page<EventWithPublisher> & { canPublish: boolean }> {
  const read = deps.uow.read;
  const [events, canPublish] = await Promise.all([
    read.events.listPublisherEvents(publisher, deps.clock.now(), page),
    canPublishFor(read, actor, publisher),
  ]);
  return {
    ...events,
    items: events.items.map((e) => ({ ...e, onlineUrl: "" })),
    canPublish,
  };
}
