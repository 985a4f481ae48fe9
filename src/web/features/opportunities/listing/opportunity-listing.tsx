import { useFixedT } from "../../../shared/use-fixed-t.ts";
import { Form, Link } from "react-router";
import { OPPORTUNITY_KINDS } from "../../../../domain/opportunities/opportunity-input.ts";
import { opportunityListingQuery } from "../../../../use-cases/opportunities/list-open-opportunities.ts";
import { FilterSelect } from "../../../shared/filter-select.tsx";
import { PAGE_SIZE, Pagination, pageFromUrl } from "../../../shared/pagination.tsx";
import { findViewer } from "../../../shared/viewer.server.ts";
import { OpportunitySummary, toOpportunitySummary } from "../opportunity-summary.tsx";
import type { Route } from "./+types/opportunity-listing";

export async function loader({ request, context }: Route.LoaderArgs) {
  const url = new URL(request.url);
  const query = opportunityListingQuery.parse(Object.fromEntries(url.searchParams));
  const page = pageFromUrl(url);
  const [result, viewer] = await Promise.all([
    context.services.useCases.listOpenOpportunities({
      query,
      page: { offset: (page - 1) * PAGE_SIZE, limit: PAGE_SIZE },
    }),
    findViewer(request, context),
  ]);
  return {
    query,
    page,
    total: result.total,
    items: result.items.map(toOpportunitySummary),
    signedIn: viewer !== null,
  };
}

/** Open opportunities across every network and programme, the soonest deadline first. */
export default function OpportunityListing({ loaderData }: Route.ComponentProps) {
  const t = useFixedT("opportunities");
  const { query, items } = loaderData;
  return (
    <>
      <title>{t("listing.title")}</title>
      <h1>{t("listing.title")}</h1>
      <p className="lead">{t("listing.intro")}</p>
      {loaderData.signedIn && (
        <p>
          <Link to="/opportunities/mine">{t("listing.mine")}</Link>
        </p>
      )}
      <Form method="get" className="filters" role="search" aria-label={t("listing.filters")}>
        <FilterSelect
          name="kind"
          label={t("listing.kind")}
          value={query.kind ?? ""}
          options={OPPORTUNITY_KINDS.map((kind) => ({ value: kind, label: t(`kind.${kind}`) }))}
          anyLabel={t("listing.anyKind")}
        />
        <button type="submit" className="button">
          {t("listing.apply")}
        </button>
      </Form>
      {items.length === 0 ? (
        <p className="empty">{t(query.kind ? "listing.emptyKind" : "listing.empty")}</p>
      ) : (
        <ul className="cards" aria-label={t("listing.results")}>
          {items.map((item) => (
            <OpportunitySummary key={item.id} opportunity={item} headingLevel={2} />
          ))}
        </ul>
      )}
      <Pagination page={loaderData.page} total={loaderData.total} />
    </>
  );
}
