import { useFixedT } from "../../../shared/use-fixed-t.ts";
import { Link } from "react-router";
import { PAGE_SIZE, Pagination, pageFromUrl } from "../../../shared/pagination.tsx";
import { actorOf, requireViewer } from "../../../shared/viewer.server.ts";
import { OffersList, toOfferItem } from "./offers-list.tsx";
import type { Route } from "./+types/nominations-of-me";

export async function loader({ request, context }: Route.LoaderArgs) {
  const viewer = await requireViewer(request, context);
  const page = pageFromUrl(new URL(request.url));
  const { nominations, offers } = await context.services.useCases.listNominationsOfMe(
    actorOf(viewer),
    { offset: (page - 1) * PAGE_SIZE, limit: PAGE_SIZE },
  );
  return {
    page,
    total: nominations.total,
    nominations: nominations.items.map((n) => ({
      id: n.id,
      title: n.opportunity.title,
      publisherName: n.opportunity.publisher.name,
      nominatorName: n.nominatorName,
      status: n.status,
      outcome: n.outcome,
    })),
    offers: offers.map((o) => toOfferItem(o, "mentee")),
  };
}

/** Nominations of the signed-in person (theirs to answer) and mentoring offers made to them. */
export default function NominationsOfMe({ loaderData }: Route.ComponentProps) {
  const t = useFixedT("opportunities");
  return (
    <>
      <title>{t("mine.title")}</title>
      <p className="breadcrumb">
        <Link to="/opportunities">{t("listing.title")}</Link>
      </p>
      <h1>{t("mine.title")}</h1>
      <p>
        <Link to="/opportunities/mine/sent">{t("mine.sentLink")}</Link>
      </p>
      <h2>{t("mine.nominations")}</h2>
      {loaderData.total === 0 ? (
        <p className="empty">{t("mine.empty")}</p>
      ) : (
        <ul>
          {loaderData.nominations.map((n) => (
            <li key={n.id}>
              <Link to={`/opportunities/nominations/${n.id}`}>{n.title}</Link>{" "}
              <span className="muted">
                (<bdi>{n.publisherName}</bdi>) —{" "}
                {n.outcome ? t(`outcome.${n.outcome}`) : t(`nomineeStatus.${n.status}`)}
              </span>
            </li>
          ))}
        </ul>
      )}
      <Pagination page={loaderData.page} total={loaderData.total} />
      <h2>{t("mine.offers")}</h2>
      <OffersList offers={loaderData.offers} empty={t("mine.noOffers")} />
    </>
  );
}
