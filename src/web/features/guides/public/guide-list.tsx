import { useFixedT } from "../../../shared/use-fixed-t.ts";
import { Link } from "react-router";
import { GUIDES_PER_PAGE } from "../../../../use-cases/guides/published-guides.ts";
import { DateTime } from "../../../shared/date-time.tsx";
import { Pagination, pageFromUrl } from "../../../shared/pagination.tsx";
import { actorOf, findViewer } from "../../../shared/viewer.server.ts";
import guidesCss from "../guides.css?url";
import type { Route } from "./+types/guide-list";

export const links: Route.LinksFunction = () => [{ rel: "stylesheet", href: guidesCss }];

export async function loader({ request, context }: Route.LoaderArgs) {
  const viewer = await findViewer(request, context);
  const page = pageFromUrl(new URL(request.url));
  const { useCases } = context.services;
  const [guides, mine] = await Promise.all([
    useCases.listPublishedGuides({ page }),
    useCases.listMyGuides(actorOf(viewer)),
  ]);
  return { guides, mine, page };
}

/** The published guides, and the ones the signed-in reader may write in. */
export default function GuideListPage({ loaderData }: Route.ComponentProps) {
  const t = useFixedT("guides");
  const { guides, mine, page } = loaderData;
  return (
    <>
      <title>{`${t("list.title")} — Shelfmates`}</title>
      <h1>{t("list.title")}</h1>
      <p>{t("list.intro")}</p>
      {mine.length > 0 && (
        <section className="card" aria-labelledby="mine-heading">
          <h2 id="mine-heading">{t("list.mine")}</h2>
          <p className="hint">{t("list.mineHint")}</p>
          <ul>
            {mine.map((g) => (
              <li key={g.slug}>
                <Link to={`/guides/${g.slug}/write`}>{g.title}</Link>{" "}
                <span className="muted">
                  ({g.roundName} · {t(g.status === "published" ? "list.published" : "list.writing")}
                  )
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}
      {guides.total === 0 ? (
        <p>{t("list.empty")}</p>
      ) : (
        <>
          <ul className="guide-chapter-list">
            {guides.items.map((g) => (
              <li key={g.slug}>
                <h2>
                  <Link to={`/guides/${g.slug}`} lang={g.language}>
                    {g.title}
                  </Link>
                </h2>
                <span className="guide-chapter-meta">
                  {t("list.publishedOn")} <DateTime value={g.publishedAt} dateOnly /> ·{" "}
                  {t("list.chapters", { count: g.chapterCount })} ·{" "}
                  {t("list.from", { round: g.roundName, programme: g.programmeName })}
                </span>
              </li>
            ))}
          </ul>
          <Pagination page={page} total={guides.total} pageSize={GUIDES_PER_PAGE} />
        </>
      )}
      <p>
        <Link to="/open-data">{t("list.openData")}</Link>
      </p>
    </>
  );
}
