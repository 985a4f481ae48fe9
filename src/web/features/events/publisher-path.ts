import type { PublisherSummary } from "../../../use-cases/events/event-ports.ts";

/** The page of the network or programme that publishes an event. */
export function publisherPath(publisher: Pick<PublisherSummary, "kind" | "slug">): string {
  return publisher.kind === "network"
    ? `/networks/${publisher.slug}`
    : `/programmes/${publisher.slug}`;
}
