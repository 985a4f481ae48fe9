import { useFixedT } from "../../../shared/use-fixed-t.ts";
import { Form, Link } from "react-router";
import {
  networkFiltersQuery,
  readNetworkFilters,
} from "../../../../domain/networks/network-filters.ts";
import { NETWORK_KINDS } from "../../../../domain/networks/network-kinds.ts";
import { SECTORS } from "../../../../domain/vocabulary/vocabulary.ts";
import { chartStylesheets } from "../../../shared/charts/chart-stylesheets.ts";
import { WorldMap } from "../../../shared/charts/index.ts";
import { FilterSelect } from "../../../shared/filter-select.tsx";
import { throwUseCaseError } from "../../../shared/http-errors.ts";
import { PAGE_SIZE, Pagination, pageFromUrl } from "../../../shared/pagination.tsx";
import { useNumberFormat } from "../../../shared/use-number-format.ts";
import { actorOf, findViewer, requestLocale } from "../../../shared/viewer.server.ts";
import { NetworkPlace } from "../network-place.tsx";
import { countryOptions, languageOptions, namesOf } from "../option-lists.server.ts";
import type { Route } from "./+types/directory";

export const links: Route.LinksFunction = () => [...chartStylesheets];

export async function loader({ request, context }: Route.LoaderArgs) {
  const viewer = await findViewer(request, context);
  const url = new URL(request.url);
  const page = pageFromUrl(url);
  const q = url.searchParams;
  const filters = readNetworkFilters({
    search: q.get("q"),
    country: q.get("country"),
    sector: q.get("sector"),
    kind: q.get("kind"),
    language: q.get("language"),
    online: q.get("online"),
  });
  const result = await context.services.useCases.listNetworks(actorOf(viewer), {
    filters,
    page: { offset: (page - 1) * PAGE_SIZE, limit: PAGE_SIZE },
  });
  if (!result.ok) throwUseCaseError(result.error);
  const { networks, countries, reviewsProposals } = result.value;
  const locale = requestLocale(request, viewer);
  return {
    page,
    filters,
    locale,
    signedIn: viewer !== null,
    reviewsProposals,
    networks: networks.items,
    total: networks.total,
    countries,
    names: namesOf(
      locale,
      networks.items.map((n) => n.country),
      networks.items.flatMap((n) => n.languages),
    ),
    // Only the countries that have a network are worth filtering by.
    countryOptions: countryOptions(locale, [
      ...countries.map((c) => c.code),
      ...(filters.country ? [filters.country] : []),
    ]),
    languageOptions: languageOptions(locale),
  };
}

export default function NetworkDirectory({ loaderData }: Route.ComponentProps) {
  const t = useFixedT("networks");
  const number = useNumberFormat();
  const { filters, names } = loaderData;
  const query = networkFiltersQuery(filters);
  return (
    <>
      <title>{t("directory.title")}</title>
      <h1>{t("directory.title")}</h1>
      <p>{t("directory.intro")}</p>
      <div className="actions">
        <Link className="button button--secondary" to="/networks/propose">
          {t("directory.propose")}
        </Link>
        {loaderData.reviewsProposals && (
          <Link className="button button--secondary" to="/admin/networks">
            {t("directory.review")}
          </Link>
        )}
      </div>
      <h2>{t("directory.searchHeading")}</h2>
      <Form
        method="get"
        className="filters"
        role="search"
        aria-label={t("directory.searchLabel")}
        key={query}
      >
        <div className="field">
          <label htmlFor="filter-q">{t("directory.search")}</label>
          <input id="filter-q" name="q" type="search" defaultValue={filters.search ?? ""} />
        </div>
        <FilterSelect
          name="country"
          label={t("directory.country")}
          value={filters.country ?? ""}
          anyLabel={t("directory.any")}
          options={loaderData.countryOptions}
        />
        <FilterSelect
          name="sector"
          label={t("directory.sector")}
          value={filters.sector ?? ""}
          anyLabel={t("directory.any")}
          options={SECTORS.map((s) => ({ value: s, label: t(`vocabulary:sector.${s}`) }))}
        />
        <FilterSelect
          name="kind"
          label={t("directory.kind")}
          value={filters.kind ?? ""}
          anyLabel={t("directory.any")}
          options={NETWORK_KINDS.map((k) => ({ value: k, label: t(`kind.${k}`) }))}
        />
        <FilterSelect
          name="language"
          label={t("directory.language")}
          value={filters.language ?? ""}
          anyLabel={t("directory.any")}
          options={loaderData.languageOptions}
        />
        <div className="choice">
          <input
            id="filter-online"
            name="online"
            type="checkbox"
            value="1"
            defaultChecked={filters.online ?? false}
          />
          <label htmlFor="filter-online">{t("directory.online")}</label>
        </div>
        <button type="submit" className="button button--secondary">
          {t("directory.submit")}
        </button>
        <Link to="/networks">{t("common:actions.clear")}</Link>
      </Form>

      {loaderData.total === 0 ? (
        <p className="notice">{query ? t("directory.noMatch") : t("directory.empty")}</p>
      ) : (
        <>
          <p role="status">
            {t("directory.found", { count: loaderData.total, n: number.format(loaderData.total) })}
          </p>
          <ul className="network-list">
            {loaderData.networks.map((n) => (
              <li key={n.id}>
                <h3>
                  <Link to={`/networks/${n.slug}`}>{n.name}</Link>
                </h3>
                <p>
                  <span className="badge">{t(`kind.${n.kind}`)}</span>{" "}
                  <NetworkPlace {...n} countryNames={names.countries} />
                </p>
                <p className="muted">
                  {n.sectors.map((s) => t(`vocabulary:sector.${s}`)).join(", ")}
                  {" · "}
                  {n.languages.map((l) => names.languages[l] ?? l).join(", ")}
                  {" · "}
                  {t("directory.members", {
                    count: n.memberCount,
                    n: number.format(n.memberCount),
                  })}
                </p>
              </li>
            ))}
          </ul>
          <Pagination page={loaderData.page} total={loaderData.total} />
        </>
      )}

      <section aria-labelledby="networks-map">
        <h2 id="networks-map">{t("map.heading")}</h2>
        <WorldMap
          id="chart-networks-map"
          title={t("map.title")}
          description={t("map.description")}
          countries={loaderData.countries}
          links={[]}
          locale={loaderData.locale}
          labels={{
            country: t("map.country"),
            participants: t("map.networks"),
            countryPair: t("map.country"),
            partnerships: t("map.networks"),
            countriesCaption: t("map.countriesCaption"),
            pairsCaption: t("map.countriesCaption"),
            empty: t("map.empty"),
            tablesSummary: t("map.numbers"),
          }}
        />
      </section>
    </>
  );
}
