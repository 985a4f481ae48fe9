import { useFixedT } from "../../shared/use-fixed-t.ts";
import { Link } from "react-router";
import type {
  OpportunityPublisher,
  OpportunityWithPublisher,
} from "../../../use-cases/opportunities/opportunity-ports.ts";
import type { Page } from "../../../use-cases/page.ts";
import {
  OpportunitySummary,
  toOpportunitySummary,
  type OpportunitySummaryData,
} from "./opportunity-summary.tsx";

/** How many open opportunities a network's page shows. */
export const PUBLISHER_OPPORTUNITIES_LIMIT = 5;

export interface PublisherOpportunitiesData {
  publisher: Pick<OpportunityPublisher, "kind" | "slug" | "name">;
  items: OpportunitySummaryData[];
  total: number;
  canPost: boolean;
}

/** For a loader: what listPublisherOpportunities returned, as the section's serialisable props. */
export function publisherOpportunitiesData(
  value: Page<OpportunityWithPublisher> & { publisher: OpportunityPublisher; canPost: boolean },
): PublisherOpportunitiesData {
  const { kind, slug, name } = value.publisher;
  return {
    publisher: { kind, slug, name },
    items: value.items.map(toOpportunitySummary),
    total: value.total,
    canPost: value.canPost,
  };
}

/** A network's (or programme's) open opportunities on its page, and "Post an opportunity". */
export function PublisherOpportunitiesSection(props: {
  opportunities: PublisherOpportunitiesData;
}) {
  const t = useFixedT("opportunities");
  const { publisher, items, total, canPost } = props.opportunities;
  return (
    <section aria-labelledby="publisher-opportunities">
      <h2 id="publisher-opportunities">{t("section.heading")}</h2>
      {canPost && (
        <p>
          <Link
            className="button"
            to={`/opportunities/new?${publisher.kind}=${encodeURIComponent(publisher.slug)}`}
          >
            {t("section.post")}
          </Link>
        </p>
      )}
      {total === 0 ? (
        <p>{t("section.empty")}</p>
      ) : (
        <>
          <ul className="cards">
            {items.map((item) => (
              <OpportunitySummary key={item.id} opportunity={item} headingLevel={3} />
            ))}
          </ul>
          {total > items.length && (
            <p>
              <Link to="/opportunities">{t("section.all")}</Link>
            </p>
          )}
        </>
      )}
    </section>
  );
}
