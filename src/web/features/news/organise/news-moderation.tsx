import { useFixedT } from "../../../shared/use-fixed-t.ts";
import { Form, Link } from "react-router";
import { DateTime } from "../../../shared/date-time.tsx";
import { throwUseCaseError } from "../../../shared/http-errors.ts";
import { PAGE_SIZE, Pagination, pageFromUrl } from "../../../shared/pagination.tsx";
import { useFocusOnArrival } from "../../../shared/use-focus-on-show.ts";
import { actorOf, requireViewer } from "../../../shared/viewer.server.ts";
import type { Route } from "./+types/news-moderation";

const NOTICES = ["hidden", "kept"] as const;

export async function loader({ request, context }: Route.LoaderArgs) {
  const viewer = await requireViewer(request, context);
  const url = new URL(request.url);
  const page = pageFromUrl(url);
  const result = await context.services.useCases.listReportedComments(actorOf(viewer), {
    page: { offset: (page - 1) * PAGE_SIZE, limit: PAGE_SIZE },
  });
  if (!result.ok) throwUseCaseError(result.error);
  const notice = url.searchParams.get("done");
  return {
    page,
    total: result.value.total,
    comments: result.value.items,
    notice: NOTICES.find((n) => n === notice) ?? null,
  };
}

/** Reported comments under the news the viewer moderates; hide or keep each. */
export default function NewsModeration({ loaderData }: Route.ComponentProps) {
  const t = useFixedT("news");
  const noticeRef = useFocusOnArrival<HTMLParagraphElement>(loaderData.notice !== null);
  return (
    <>
      <title>{`${t("moderation.title")} — Shelfmates`}</title>
      <h1>{t("moderation.title")}</h1>
      {loaderData.notice && (
        <p className="notice notice--ok" role="status" tabIndex={-1} ref={noticeRef}>
          {t(`moderation.notice.${loaderData.notice}`)}
        </p>
      )}
      <p>{t("moderation.intro")}</p>
      {loaderData.total === 0 ? (
        <p className="notice">{t("moderation.empty")}</p>
      ) : (
        <>
          <div className="table-wrap">
            <table>
              <caption className="visually-hidden">{t("moderation.caption")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("moderation.comment")}</th>
                  <th scope="col">{t("moderation.post")}</th>
                  <th scope="col">{t("moderation.reports")}</th>
                  <th scope="col">{t("moderation.actions")}</th>
                </tr>
              </thead>
              <tbody>
                {loaderData.comments.map((c) => {
                  const about = t("comments.about", { author: c.authorName ?? t("byUnknown") });
                  return (
                    <tr key={c.id}>
                      <td>
                        <p style={{ whiteSpace: "pre-line" }}>{c.body}</p>
                        <p className="muted">
                          {c.authorName ?? t("byUnknown")} · <DateTime value={c.createdAt} />
                        </p>
                      </td>
                      <td>
                        <Link to={`/news/${c.post.slug}#comment-${c.id}`}>{c.post.title}</Link>
                      </td>
                      <td>
                        <ul className="plain-list">
                          {c.reports.map((r, i) => (
                            <li key={i}>
                              {r.reason || t("moderation.noReason")} ·{" "}
                              <DateTime value={r.createdAt} dateOnly />
                            </li>
                          ))}
                        </ul>
                      </td>
                      <td>
                        <Link to={`/news/comments/${c.id}/hide?from=moderation`}>
                          {t("moderation.hide")}
                          <span className="visually-hidden"> {about}</span>
                        </Link>
                        <Form method="post" action={`/news/comments/${c.id}/keep`}>
                          <button type="submit" className="link-button">
                            {t("moderation.keep")}
                            <span className="visually-hidden"> {about}</span>
                          </button>
                        </Form>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
          <Pagination page={loaderData.page} total={loaderData.total} />
        </>
      )}
    </>
  );
}
