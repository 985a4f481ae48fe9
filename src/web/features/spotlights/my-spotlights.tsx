import { useFixedT } from "../../shared/use-fixed-t.ts";
import { Link } from "react-router";
import { throwUseCaseError } from "../../shared/http-errors.ts";
import { PAGE_SIZE, Pagination, pageFromUrl } from "../../shared/pagination.tsx";
import { actorOf, requireViewer } from "../../shared/viewer.server.ts";
import { useFocusOnArrival } from "../../shared/use-focus-on-show.ts";
import { SpotlightSummary, toSpotlightSummary } from "./spotlight-summary.tsx";
import type { Route } from "./+types/my-spotlights";

const NOTICES = ["deleted", "decline", "withdraw"] as const;

export async function loader({ request, context }: Route.LoaderArgs) {
  const viewer = await requireViewer(request, context);
  const url = new URL(request.url);
  // One pager for both lists: a member has few of either.
  const page = pageFromUrl(url);
  const window = { offset: (page - 1) * PAGE_SIZE, limit: PAGE_SIZE };
  const result = await context.services.useCases.listMySpotlights(actorOf(viewer), {
    aboutPage: window,
    writtenPage: window,
  });
  if (!result.ok) throwUseCaseError(result.error);
  const { about, written } = result.value;
  return {
    page,
    about: { total: about.total, items: about.items.map(toSpotlightSummary) },
    written: { total: written.total, items: written.items.map(toSpotlightSummary) },
    notice: NOTICES.find((n) => n === url.searchParams.get("done")) ?? null,
  };
}

/** The member's spotlights: those about them (some waiting for their answer) and those they wrote. */
export default function MySpotlights({ loaderData }: Route.ComponentProps) {
  const t = useFixedT("spotlights");
  const { about, written } = loaderData;
  const noticeRef = useFocusOnArrival<HTMLParagraphElement>(Boolean(loaderData.notice));
  return (
    <>
      <title>{`${t("mine.title")} — Shelfmates`}</title>
      <p className="breadcrumb">
        <Link to="/account">{t("mine.account")}</Link>
      </p>
      <h1>{t("mine.title")}</h1>
      {loaderData.notice && (
        <p className="notice notice--ok" role="status" tabIndex={-1} ref={noticeRef}>
          {t(`mine.notice.${loaderData.notice}`)}
        </p>
      )}
      <p>
        <Link className="button" to="/spotlights/new">
          {t("list.write")}
        </Link>
      </p>
      <section aria-labelledby="about-me">
        <h2 id="about-me">{t("mine.about")}</h2>
        {about.total === 0 ? (
          <p>{t("mine.aboutEmpty")}</p>
        ) : (
          about.items.map((s) => (
            <SpotlightSummary key={s.id} spotlight={s} headingLevel={3} showStatus />
          ))
        )}
      </section>
      <section aria-labelledby="written">
        <h2 id="written">{t("mine.written")}</h2>
        {written.total === 0 ? (
          <p>{t("mine.writtenEmpty")}</p>
        ) : (
          written.items.map((s) => (
            <SpotlightSummary key={s.id} spotlight={s} headingLevel={3} showStatus />
          ))
        )}
      </section>
      {Math.max(about.total, written.total) > PAGE_SIZE && (
        <Pagination page={loaderData.page} total={Math.max(about.total, written.total)} />
      )}
    </>
  );
}
