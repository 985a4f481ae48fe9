import { useFixedT } from "../../../shared/use-fixed-t.ts";
import { Link } from "react-router";
import { DateTime } from "../../../shared/date-time.tsx";
import { PAGE_SIZE, Pagination, pageFromUrl } from "../../../shared/pagination.tsx";
import { useInAppLinks } from "../../../shared/use-in-app-links.ts";
import { useNumberFormat } from "../../../shared/use-number-format.ts";
import { throwUseCaseError } from "../../../shared/http-errors.ts";
import { actorOf, requestLocale, requireViewer } from "../../../shared/viewer.server.ts";
import { ApplicantCounts } from "./applicant-counts.tsx";
import { ApplicantFilterForm } from "./applicant-filter-form.tsx";
import { applicantFiltersFromUrl, applicantFiltersQuery } from "./applicant-filters.ts";
import { countryNames, languageNames } from "./display-names.server.ts";
import { RoundBreadcrumb } from "../../../shared/round-breadcrumb.tsx";
import type { Route } from "./+types/list";
import { useShownName } from "../../privacy/shown-name.ts";

export async function loader({ request, context, params }: Route.LoaderArgs) {
  const viewer = await requireViewer(request, context);
  const url = new URL(request.url);
  const page = pageFromUrl(url);
  const filters = applicantFiltersFromUrl(url);
  const result = await context.services.useCases.listApplicants(actorOf(viewer), {
    roundId: params.roundId,
    filters,
    page: { offset: (page - 1) * PAGE_SIZE, limit: PAGE_SIZE },
  });
  if (!result.ok) throwUseCaseError(result.error);
  const { round, programme, applicants, counts, languages } = result.value;
  const locale = requestLocale(request, viewer);
  const countries = [
    ...counts.country.map((c) => c.value),
    ...applicants.items.map((a) => a.country),
    ...(filters.country ? [filters.country] : []),
  ];
  const names = {
    countries: countryNames(countries, locale),
    languages: languageNames(
      applicants.items.flatMap((a) => a.languages.map((l) => l.code)),
      locale,
    ),
  };
  return {
    page,
    filters,
    round: { id: round.id, name: round.name },
    programme: { id: programme.id, name: programme.name },
    roundTotal: counts.status.reduce((sum, s) => sum + s.count, 0),
    total: applicants.total,
    applicants: applicants.items.map((a) => ({
      id: a.id,
      name: a.name,
      country: a.country,
      sector: a.sector,
      languages: a.languages.map((l) => l.code),
      status: a.status,
      createdAt: a.createdAt,
    })),
    counts,
    names,
    countryOptions: Object.entries(names.countries)
      .map(([code, name]) => ({ code, name }))
      .sort((a, b) => a.name.localeCompare(b.name, locale)),
    // Only the languages this round's applicants gave (and the one filtered by, if any).
    languageOptions: Object.entries(
      languageNames([...languages, ...(filters.language ? [filters.language] : [])], locale),
    )
      .map(([value, label]) => ({ value, label }))
      .sort((a, b) => a.label.localeCompare(b.label, locale)),
  };
}

export default function ApplicantList({ loaderData }: Route.ComponentProps) {
  const t = useFixedT("applications");
  const shown = useShownName();
  const rowLinks = useInAppLinks<HTMLTableSectionElement>();
  const number = useNumberFormat();
  const { round, filters, names } = loaderData;
  const listPath = `/facilitate/rounds/${round.id}/applicants`;
  const query = applicantFiltersQuery(filters);
  return (
    <>
      <title>{`${t("list.title")} — ${round.name}`}</title>
      <RoundBreadcrumb programme={loaderData.programme} round={round} />
      <h1>{t("list.heading", { round: round.name })}</h1>
      <p>
        {t("list.roundTotal", { count: loaderData.roundTotal })}{" "}
        {loaderData.counts.status.map((s) => (
          <span key={s.value} className="badge">
            {t(`vocabulary:status.${s.value}`)}: {number.format(s.count)}
          </span>
        ))}
      </p>
      <div className="actions">
        <a
          className="button button--secondary"
          href={`/facilitate/rounds/${round.id}/applicants.csv${query}`}
          download
        >
          {query ? t("list.exportFiltered") : t("list.export")}
        </a>
        <Link className="button button--secondary" to={`/facilitate/rounds/${round.id}/import`}>
          {t("list.import")}
        </Link>
      </div>

      <h2>{t("list.searchHeading")}</h2>
      <ApplicantFilterForm
        key={query}
        filters={filters}
        countries={loaderData.countryOptions}
        languages={loaderData.languageOptions}
        clearPath={listPath}
      />
      {loaderData.roundTotal === 0 ? (
        <p className="notice">{t("list.emptyRound")}</p>
      ) : loaderData.total === 0 ? (
        <p className="notice">
          {t("list.noMatch")} <Link to={listPath}>{t("common:actions.clear")}</Link>
        </p>
      ) : (
        <>
          <div className="table-wrap">
            <table>
              <caption className="visually-hidden">{t("list.caption")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("list.name")}</th>
                  <th scope="col">{t("filters.country")}</th>
                  <th scope="col">{t("filters.sector")}</th>
                  <th scope="col">{t("list.languages")}</th>
                  <th scope="col">{t("filters.status")}</th>
                  <th scope="col">{t("list.applied")}</th>
                </tr>
              </thead>
              <tbody ref={rowLinks}>
                {loaderData.applicants.map((a) => (
                  <tr key={a.id}>
                    <td>
                      <a href={`${listPath}/${a.id}`}>{shown(a.name)}</a>
                    </td>
                    <td>{names.countries[a.country]}</td>
                    <td>{t(`vocabulary:sector.${a.sector}`)}</td>
                    <td>{a.languages.map((code) => names.languages[code] ?? code).join(", ")}</td>
                    <td>
                      <span className="badge">{t(`vocabulary:status.${a.status}`)}</span>
                    </td>
                    <td>
                      <DateTime value={a.createdAt} dateOnly />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <Pagination page={loaderData.page} total={loaderData.total} />
        </>
      )}
      {loaderData.roundTotal > 0 && (
        <ApplicantCounts
          roundId={round.id}
          country={loaderData.counts.country}
          countryNames={names.countries}
          sector={loaderData.counts.sector}
        />
      )}
    </>
  );
}
