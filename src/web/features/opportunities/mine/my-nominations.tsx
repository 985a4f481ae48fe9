import { useFixedT } from "../../../shared/use-fixed-t.ts";
import { Link } from "react-router";
import { PAGE_SIZE, Pagination, pageFromUrl } from "../../../shared/pagination.tsx";
import { actorOf, requireViewer } from "../../../shared/viewer.server.ts";
import { OffersList, toOfferItem } from "./offers-list.tsx";
import type { Route } from "./+types/my-nominations";

export async function loader({ request, context }: Route.LoaderArgs) {
  const viewer = await requireViewer(request, context);
  const page = pageFromUrl(new URL(request.url));
  const { nominations, offers } = await context.services.useCases.listMyNominations(
    actorOf(viewer),
    { offset: (page - 1) * PAGE_SIZE, limit: PAGE_SIZE },
  );
  return {
    page,
    total: nominations.total,
    nominations: nominations.items.map((n) => ({
      id: n.id,
      nomineeName: n.nomineeName,
      view: n.view,
      title: n.opportunity.title,
    })),
    offers: offers.map((o) => toOfferItem(o, "mentor")),
  };
}

/** The nominations the signed-in member made (never the nominee's answer) and their offers. */
export default function MyNominations({ loaderData }: Route.ComponentProps) {
  const t = useFixedT("opportunities");
  return (
    <>
      <title>{t("sent.title")}</title>
      <p className="breadcrumb">
        <Link to="/opportunities/mine">{t("mine.title")}</Link>
      </p>
      <h1>{t("sent.title")}</h1>
      <p className="hint">{t("nomination.nominatorPrivacy")}</p>
      {loaderData.total === 0 ? (
        <p className="empty">{t("sent.empty")}</p>
      ) : (
        <ul>
          {loaderData.nominations.map((n) => (
            <li key={n.id}>
              <Link to={`/opportunities/nominations/${n.id}`}>
                <bdi>{n.nomineeName}</bdi>
              </Link>{" "}
              <span className="muted">
                — {n.title} — {t(`nominatorView.${n.view}`)}
              </span>
            </li>
          ))}
        </ul>
      )}
      <Pagination page={loaderData.page} total={loaderData.total} />
      <h2>{t("sent.offers")}</h2>
      <OffersList offers={loaderData.offers} empty={t("sent.noOffers")} />
    </>
  );
}
