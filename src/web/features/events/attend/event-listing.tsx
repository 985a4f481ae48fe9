import { useTranslation } from "react-i18next";
import { Form, Link } from "react-router";
import { COUNTRY_CODES, countryName } from "../../../../domain/vocabulary/countries.ts";
import { INTERESTS } from "../../../../domain/vocabulary/vocabulary.ts";
import { LISTING_COUNT_LIMIT } from "../../../../use-cases/events/event-ports.ts";
import { eventListingQuery } from "../../../../use-cases/events/list-upcoming-events.ts";
import { FilterSelect } from "../../../shared/filter-select.tsx";
import { PAGE_SIZE, Pagination, pageFromUrl } from "../../../shared/pagination.tsx";
import { EventPlace } from "../event-place.tsx";
import { EventWhen } from "../event-when.tsx";
import type { Route } from "./+types/event-listing";

export async function loader({ request, context }: Route.LoaderArgs) {
  const url = new URL(request.url);
  const query = eventListingQuery.parse(Object.fromEntries(url.searchParams));
  const page = pageFromUrl(url);
  const result = await context.services.useCases.listUpcomingEvents({
    query,
    page: { offset: (page - 1) * PAGE_SIZE, limit: PAGE_SIZE },
  });
  return {
    query,
    page,
    total: result.total,
    items: result.items.map((item) => ({
      key: `${item.event.id}-${item.position}`,
      slug: item.event.slug,
      title: item.event.title,
      kind: item.event.kind,
      startsAt: item.startsAt,
      timeZone: item.event.timeZone,
      venue: item.event.venue,
      city: item.event.city,
      country: item.event.country,
      online: item.event.online,
      publisher: item.event.publisher.name,
    })),
  };
}

/** Upcoming events and courses across every network and programme, on the reader's clock. */
export default function EventListing({ loaderData }: Route.ComponentProps) {
  const { t, i18n } = useTranslation("events");
  const { query, items } = loaderData;
  const countries = COUNTRY_CODES.map((code) => ({
    value: code,
    label: countryName(code, i18n.language),
  })).sort((a, b) => a.label.localeCompare(b.label, i18n.language));
  const topics = INTERESTS.map((id) => ({ value: id, label: t(`vocabulary:interest.${id}`) }));
  return (
    <>
      <title>{t("listing.title")}</title>
      <h1>{t("listing.title")}</h1>
      <p className="lead">{t("listing.intro")}</p>
      <Form method="get" className="filters" role="search" aria-label={t("listing.filters")}>
        <div className="field">
          <label htmlFor="filter-q">{t("listing.search")}</label>
          <input id="filter-q" name="q" type="search" defaultValue={query.q ?? ""} />
        </div>
        <div className="field">
          <label htmlFor="filter-from">{t("listing.from")}</label>
          <input id="filter-from" name="from" type="date" defaultValue={query.from ?? ""} />
        </div>
        <div className="field">
          <label htmlFor="filter-until">{t("listing.until")}</label>
          <input id="filter-until" name="until" type="date" defaultValue={query.until ?? ""} />
        </div>
        <FilterSelect
          name="country"
          label={t("listing.country")}
          value={query.country ?? ""}
          options={countries}
          anyLabel={t("listing.anyCountry")}
        />
        <FilterSelect
          name="topic"
          label={t("listing.topic")}
          value={query.topic ?? ""}
          options={topics}
          anyLabel={t("listing.anyTopic")}
        />
        <label className="choice">
          <input type="checkbox" name="online" value="1" defaultChecked={query.online === "1"} />{" "}
          {t("listing.onlineOnly")}
        </label>
        {query.network && <input type="hidden" name="network" value={query.network} />}
        <button type="submit" className="button">
          {t("listing.apply")}
        </button>
      </Form>
      {query.network && (
        <p>
          {t("listing.ofNetwork")} <Link to="/events">{t("listing.allNetworks")}</Link>
        </p>
      )}
      {loaderData.total >= LISTING_COUNT_LIMIT && (
        <p className="muted">{t("listing.many", { count: LISTING_COUNT_LIMIT })}</p>
      )}
      {items.length === 0 ? (
        <p className="empty">{t("listing.empty")}</p>
      ) : (
        <ul className="cards" aria-label={t("listing.results")}>
          {items.map((item) => (
            <li key={item.key} className="card">
              <h2>
                <Link to={`/events/${item.slug}`}>{item.title}</Link>
              </h2>
              <p>
                <EventWhen startsAt={item.startsAt} timeZone={item.timeZone} />
              </p>
              <p>
                <EventPlace {...item} />
              </p>
              <p className="muted">
                {item.publisher}
                {item.kind === "course" && (
                  <>
                    {" "}
                    <span className="badge">{t("listing.course")}</span>
                  </>
                )}
              </p>
            </li>
          ))}
        </ul>
      )}
      <Pagination page={loaderData.page} total={loaderData.total} />
    </>
  );
}
