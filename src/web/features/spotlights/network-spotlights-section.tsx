import { useFixedT } from "../../shared/use-fixed-t.ts";
import { Link } from "react-router";
import type { SpotlightSummaryData } from "./spotlight-summary.tsx";
import { SpotlightSummary } from "./spotlight-summary.tsx";

/** How many spotlights a network's page shows; the rest are at /spotlights?network=… */
export const NETWORK_SPOTLIGHTS_LIMIT = 3;

/**
 * A network's page: the latest published spotlights about members who show their membership
 * of it, with a link to all of them. Nothing is shown when there are none.
 */
export function NetworkSpotlightsSection(props: {
  networkSlug: string;
  spotlights: { total: number; items: SpotlightSummaryData[] };
}) {
  const t = useFixedT("spotlights");
  const { spotlights } = props;
  if (spotlights.total === 0) return null;
  return (
    <section aria-labelledby="network-spotlights">
      <h2 id="network-spotlights">{t("network.heading")}</h2>
      {spotlights.items.map((s) => (
        <SpotlightSummary key={s.id} spotlight={s} headingLevel={3} />
      ))}
      {spotlights.total > spotlights.items.length && (
        <p>
          <Link to={`/spotlights?network=${encodeURIComponent(props.networkSlug)}`}>
            {t("network.all", { count: spotlights.total })}
          </Link>
        </p>
      )}
    </section>
  );
}
