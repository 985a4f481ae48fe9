import { useFixedT } from "../../shared/use-fixed-t.ts";
import { Link } from "react-router";
import type { EventWithPublisher } from "../../../use-cases/events/event-ports.ts";
import { Pagination } from "../../shared/pagination.tsx";
import { EventPlace } from "./event-place.tsx";
import { EventWhen } from "./event-when.tsx";

/**
 * The events section of a network's or a programme's page: what is coming, a link to publish
 * one (for its organisers), to all of them in the listing, and to its .ics feed. Its loader
 * calls `useCases.listPublisherEvents(actor, { networkId } | { programmeId }, page)` and hands
 * the result here with the publisher's kind and slug.
 */
export function PublisherEventsSection(props: {
  publisher: { kind: "network" | "programme"; slug: string };
  events: {
    items: Pick<
      EventWithPublisher,
      "slug" | "title" | "startsAt" | "timeZone" | "venue" | "city" | "country" | "online" | "kind"
    >[];
    total: number;
    canPublish: boolean;
  };
  /** With a page, the section pages through all coming events; without, it shows the first few. */
  page?: number;
  pageSize?: number;
}) {
  const t = useFixedT("events");
  const { publisher, events } = props;
  const base = publisher.kind === "network" ? "networks" : "programmes";
  return (
    <section aria-labelledby="publisher-events">
      <h2 id="publisher-events">{t("section.title")}</h2>
      {events.canPublish && (
        <p>
          <Link className="button" to={`/events/new?${publisher.kind}=${publisher.slug}`}>
            {t("section.publish")}
          </Link>
        </p>
      )}
      {events.items.length === 0 ? (
        <p className="empty">{t("section.empty")}</p>
      ) : (
        <ul>
          {events.items.map((event) => (
            <li key={event.slug}>
              <Link to={`/events/${event.slug}`}>{event.title}</Link> —{" "}
              <EventWhen startsAt={event.startsAt} timeZone={event.timeZone} /> ·{" "}
              <EventPlace {...event} />
            </li>
          ))}
        </ul>
      )}
      {props.page !== undefined && (
        <Pagination page={props.page} total={events.total} pageSize={props.pageSize} />
      )}
      <p>
        {publisher.kind === "network" && (
          <>
            <Link to={`/events?network=${publisher.slug}`}>{t("section.all")}</Link> ·{" "}
          </>
        )}
        <a href={`/${base}/${publisher.slug}/events.ics`}>{t("section.feed")}</a>
      </p>
    </section>
  );
}
