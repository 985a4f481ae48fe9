import { useTranslation } from "react-i18next";
import { Form, Link } from "react-router";
import { SECTORS } from "../../../domain/vocabulary/vocabulary.ts";
import { FilterSelect } from "../../shared/filter-select.tsx";
import { throwUseCaseError } from "../../shared/http-errors.ts";
import { PAGE_SIZE, Pagination, pageFromUrl } from "../../shared/pagination.tsx";
import { useNumberFormat } from "../../shared/use-number-format.ts";
import { actorOf, requestLocale, requireViewer } from "../../shared/viewer.server.ts";
import { countryNames } from "../applications/review/display-names.server.ts";
import { explanationSentence } from "./explanation-sentence.ts";
import {
  PARTNERSHIP_STATUSES,
  partnershipFiltersFromUrl,
  partnershipFiltersQuery,
} from "./partnership-filters.ts";
import type { Route } from "./+types/partnerships";
import { useShownName } from "../privacy/shown-name.ts";

export async function loader({ request, context, params }: Route.LoaderArgs) {
  const viewer = await requireViewer(request, context);
  const url = new URL(request.url);
  const page = pageFromUrl(url);
  const filters = partnershipFiltersFromUrl(url);
  const result = await context.services.useCases.listRoundPartnerships(actorOf(viewer), {
    roundId: params.roundId,
    filters,
    page: { offset: (page - 1) * PAGE_SIZE, limit: PAGE_SIZE },
  });
  if (!result.ok) throwUseCaseError(result.error);
  const { round, published, items, total, facets } = result.value;
  const locale = requestLocale(request, viewer);
  const names = countryNames(
    [...facets.countries, ...(filters.country ? [filters.country] : [])],
    locale,
  );
  return {
    round,
    published,
    page,
    total,
    filters,
    items,
    countryNames: names,
    countryOptions: Object.entries(names)
      .map(([value, label]) => ({ value, label }))
      .sort((a, b) => a.label.localeCompare(b.label, locale)),
    sectors: SECTORS.filter((s) => facets.sectors.includes(s)),
  };
}

/** The partnerships of a published round: who is with whom, why, and their status. */
export default function RoundPartnerships({ loaderData }: Route.ComponentProps) {
  const { t, i18n } = useTranslation("matching");
  const shown = useShownName();
  const number = useNumberFormat();
  const { round, filters, items, countryNames: names } = loaderData;
  const listPath = `/facilitate/rounds/${round.id}/partnerships`;
  const query = partnershipFiltersQuery(filters);
  return (
    <>
      <title>{`${t("partnerships.title")} — ${round.name}`}</title>
      <p>
        <Link to={`/facilitate/rounds/${round.id}`}>
          {t("nav.backToRound", { round: round.name })}
        </Link>
      </p>
      <h1>{t("partnerships.heading", { round: round.name })}</h1>
      {!loaderData.published ? (
        <p className="notice">{t("partnerships.notPublished")}</p>
      ) : (
        <>
          <div className="actions">
            <a className="button button--secondary" href={`${listPath}.csv${query}`} download>
              {query ? t("partnerships.exportFiltered") : t("partnerships.export")}
            </a>
          </div>
          <Form method="get" className="filters" key={query}>
            <div className="field">
              <label htmlFor="filter-q">{t("partnerships.search")}</label>
              <input id="filter-q" name="q" type="search" defaultValue={filters.search} />
            </div>
            <FilterSelect
              name="country"
              label={t("partnerships.country")}
              value={filters.country}
              anyLabel={t("partnerships.any")}
              options={loaderData.countryOptions}
            />
            <FilterSelect
              name="sector"
              label={t("partnerships.sector")}
              value={filters.sector}
              anyLabel={t("partnerships.any")}
              options={loaderData.sectors.map((s) => ({
                value: s,
                label: t(`vocabulary:sector.${s}`),
              }))}
            />
            <FilterSelect
              name="status"
              label={t("partnerships.status")}
              value={filters.status}
              anyLabel={t("partnerships.any")}
              options={PARTNERSHIP_STATUSES.map((s) => ({
                value: s,
                label: t(`partnerships.statuses.${s}`),
              }))}
            />
            <button type="submit">{t("partnerships.apply")}</button>
          </Form>
          <p role="status">{t("partnerships.count", { count: loaderData.total })}</p>
          {loaderData.total === 0 ? (
            <p className="notice">
              {t("partnerships.noMatch")} <Link to={listPath}>{t("common:actions.clear")}</Link>
            </p>
          ) : (
            <>
              <div className="table-wrap">
                <table>
                  <caption className="visually-hidden">{t("partnerships.caption")}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t("partnerships.members")}</th>
                      <th scope="col">{t("partnerships.status")}</th>
                      <th scope="col">{t("partnerships.score")}</th>
                      <th scope="col">{t("partnerships.why")}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {items.map((p) => {
                      const nameOf = (id: string) =>
                        shown(p.members.find((m) => m.applicationId === id)?.name ?? "?");
                      return (
                        <tr key={p.id} id={`p-${p.id}`}>
                          <td>
                            <ul className="plain">
                              {p.members.map((m) => (
                                <li key={m.applicationId}>
                                  <Link
                                    to={`/facilitate/rounds/${round.id}/applicants/${m.applicationId}`}
                                  >
                                    {shown(m.name)}
                                  </Link>{" "}
                                  <span className="muted">
                                    {names[m.country] ?? m.country}
                                    {m.role !== "peer" && ` · ${t(`yourPartner.role.${m.role}`)}`}
                                    {m.left && ` · ${t("partnerships.left")}`}
                                  </span>
                                </li>
                              ))}
                            </ul>
                          </td>
                          <td>
                            <span className="badge">{t(`partnerships.statuses.${p.status}`)}</span>
                          </td>
                          <td>{number.format(p.score)}</td>
                          <td>
                            {p.links.map((link) => (
                              <p key={link.ids.join("-")}>
                                {p.links.length > 1 &&
                                  `${nameOf(link.ids[0])} – ${nameOf(link.ids[1])}: `}
                                {explanationSentence(link.explanation, t, i18n.language)}
                              </p>
                            ))}
                          </td>
                        </tr>
                      );
                    })}
                  </tbody>
                </table>
              </div>
              <Pagination page={loaderData.page} total={loaderData.total} />
            </>
          )}
        </>
      )}
    </>
  );
}
