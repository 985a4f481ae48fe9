import { useFixedT } from "../../shared/use-fixed-t.ts";
import { Form, Link } from "react-router";
import { memberFiltersQuery, readMemberFilters } from "../../../domain/profiles/member-filters.ts";
import { countryName } from "../../../domain/vocabulary/countries.ts";
import { FilterSelect } from "../../shared/filter-select.tsx";
import { throwUseCaseError } from "../../shared/http-errors.ts";
import { PAGE_SIZE, Pagination, pageFromUrl } from "../../shared/pagination.tsx";
import { actorOf, requestLocale, requireViewer } from "../../shared/viewer.server.ts";
import { countryOptions } from "../networks/option-lists.server.ts";
import type { Route } from "./+types/member-directory";

export async function loader({ request, context }: Route.LoaderArgs) {
  const viewer = await requireViewer(request, context);
  const url = new URL(request.url);
  const page = pageFromUrl(url);
  const filters = readMemberFilters(url.searchParams);
  const result = await context.services.useCases.listMembers(actorOf(viewer), {
    filters,
    page: { offset: (page - 1) * PAGE_SIZE, limit: PAGE_SIZE },
  });
  if (!result.ok) throwUseCaseError(result.error);
  const locale = requestLocale(request, viewer);
  return {
    page,
    filters,
    filtered: memberFiltersQuery(filters) !== "",
    total: result.value.total,
    members: result.value.items.map((m) => ({
      ...m,
      countryName: m.country ? countryName(m.country, locale) : "",
    })),
    countries: countryOptions(locale),
  };
}

/** /members: profiles shown to members, searched and filtered; signed-in members only. */
export default function MemberDirectory({ loaderData }: Route.ComponentProps) {
  const t = useFixedT("profiles");
  const { filters } = loaderData;
  return (
    <>
      <title>{`${t("directory.title")} — Shelfmates`}</title>
      <h1>{t("directory.title")}</h1>
      <p>{t("directory.intro")}</p>
      <p>
        <Link to="/account/profile">{t("directory.editMine")}</Link>
      </p>
      <Form method="get" className="filters" role="search" aria-label={t("directory.search")}>
        <div className="field">
          <label htmlFor="filter-q">{t("directory.search")}</label>
          <input id="filter-q" name="q" type="search" defaultValue={filters.search ?? ""} />
        </div>
        <FilterSelect
          name="country"
          label={t("directory.country")}
          value={filters.country ?? ""}
          anyLabel={t("directory.anyCountry")}
          options={loaderData.countries}
        />
        <div className="choice field">
          <input
            type="checkbox"
            id="filter-mentoring"
            name="mentoring"
            value="1"
            defaultChecked={filters.openToMentoring ?? false}
          />
          <label htmlFor="filter-mentoring">{t("directory.openToMentoring")}</label>
        </div>
        <div className="choice field">
          <input
            type="checkbox"
            id="filter-mentor"
            name="mentor"
            value="1"
            defaultChecked={filters.lookingForMentor ?? false}
          />
          <label htmlFor="filter-mentor">{t("directory.lookingForMentor")}</label>
        </div>
        <button type="submit" className="button button--secondary">
          {t("directory.apply")}
        </button>
        {loaderData.filtered && <Link to="/members">{t("directory.clear")}</Link>}
      </Form>
      <p role="status">{t("directory.count", { count: loaderData.total })}</p>
      {loaderData.total === 0 ? (
        <p className="notice">
          {loaderData.filtered ? t("directory.noMatch") : t("directory.empty")}
        </p>
      ) : (
        <>
          <ul className="member-list" style={{ listStyle: "none", padding: 0 }}>
            {loaderData.members.map((m) => (
              <li key={m.userId} className="card">
                <h2>
                  <Link to={`/members/${m.userId}`}>{m.name}</Link>
                </h2>
                {m.headline && <p>{m.headline}</p>}
                <p className="muted">
                  {[
                    m.countryName,
                    m.sector ? t(`vocabulary:sector.${m.sector}`) : "",
                    m.openToMentoring ? t("profile.openToMentoring") : "",
                    m.lookingForMentor ? t("profile.lookingForMentor") : "",
                  ]
                    .filter(Boolean)
                    .join(" · ")}
                </p>
              </li>
            ))}
          </ul>
          <Pagination page={loaderData.page} total={loaderData.total} />
        </>
      )}
    </>
  );
}
