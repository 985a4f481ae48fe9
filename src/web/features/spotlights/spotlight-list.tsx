import { useFixedT } from "../../shared/use-fixed-t.ts";
import { Link } from "react-router";
import { throwUseCaseError } from "../../shared/http-errors.ts";
import { PAGE_SIZE, Pagination, pageFromUrl } from "../../shared/pagination.tsx";
import { findViewer } from "../../shared/viewer.server.ts";
import { SpotlightFeedHead, SpotlightFeedLinks } from "./spotlight-feed-links.tsx";
import { SpotlightSummary, toSpotlightSummary } from "./spotlight-summary.tsx";
import type { Route } from "./+types/spotlight-list";

export async function loader({ request, context }: Route.LoaderArgs) {
  const viewer = await findViewer(request, context);
  const url = new URL(request.url);
  const page = pageFromUrl(url);
  const result = await context.services.useCases.listSpotlights({
    networkSlug: url.searchParams.get("network")?.trim() || undefined,
    page: { offset: (page - 1) * PAGE_SIZE, limit: PAGE_SIZE },
  });
  if (!result.ok) throwUseCaseError(result.error);
  const { network, spotlights } = result.value;
  return {
    page,
    network,
    total: spotlights.total,
    spotlights: spotlights.items.map(toSpotlightSummary),
    signedIn: viewer !== null,
  };
}

/** Published spotlights, the latest agreed first; ?network=<slug> for one network's members. */
export default function SpotlightList({ loaderData }: Route.ComponentProps) {
  const t = useFixedT("spotlights");
  const { network } = loaderData;
  const heading = network ? t("list.headingNetwork", { name: network.name }) : t("list.title");
  return (
    <>
      <title>{`${heading} — Shelfmates`}</title>
      <SpotlightFeedHead />
      <h1>{heading}</h1>
      <p>{t("list.intro")}</p>
      <p className="actions">
        <Link className="button" to="/spotlights/new">
          {t("list.write")}
        </Link>
        {loaderData.signedIn && <Link to="/spotlights/mine">{t("list.mine")}</Link>}
        {network && <Link to="/spotlights">{t("list.all")}</Link>}
      </p>
      <SpotlightFeedLinks />
      {loaderData.total === 0 ? (
        <p className="notice">{t("list.empty")}</p>
      ) : (
        <>
          {loaderData.spotlights.map((s) => (
            <SpotlightSummary key={s.id} spotlight={s} headingLevel={2} />
          ))}
          <Pagination page={loaderData.page} total={loaderData.total} />
        </>
      )}
    </>
  );
}
