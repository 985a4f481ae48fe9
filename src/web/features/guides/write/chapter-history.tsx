import { useFixedT } from "../../../shared/use-fixed-t.ts";
import { Form, Link, redirect } from "react-router";
import { REVISIONS_PER_PAGE } from "../../../../use-cases/guides/chapter-history.ts";
import { DateTime } from "../../../shared/date-time.tsx";
import { formText } from "../../../shared/form-data.ts";
import { throwUseCaseError } from "../../../shared/http-errors.ts";
import { Pagination, pageFromUrl } from "../../../shared/pagination.tsx";
import { TableScroll } from "../../../shared/table-scroll.tsx";
import { actorOf, requireViewer } from "../../../shared/viewer.server.ts";
import { useFocusOnArrival } from "../../../shared/use-focus-on-show.ts";
import guidesCss from "../guides.css?url";
import { LineDiffView } from "../line-diff-view.tsx";
import type { Route } from "./+types/chapter-history";

export const links: Route.LinksFunction = () => [{ rel: "stylesheet", href: guidesCss }];

function versionParam(url: URL, name: string): number | null {
  const value = Number(url.searchParams.get(name));
  return Number.isInteger(value) && value > 0 ? value : null;
}

export async function loader({ request, context, params }: Route.LoaderArgs) {
  const viewer = await requireViewer(request, context);
  const url = new URL(request.url);
  const page = pageFromUrl(url);
  const from = versionParam(url, "from");
  const to = versionParam(url, "to");
  const result = await context.services.useCases.getChapterHistory(actorOf(viewer), {
    slug: params.slug,
    chapterId: params.chapterId,
    page,
    compare: from && to ? [Math.min(from, to), Math.max(from, to)] : null,
  });
  if (!result.ok) throwUseCaseError(result.error);
  const { guide, chapter, revisions, versions, comparison } = result.value;
  const restored = url.searchParams.get("restored")?.split("-").map(Number);
  return {
    guide: { slug: guide.slug, title: guide.title },
    chapter: { title: chapter.title, version: chapter.version },
    revisions,
    versions,
    comparison,
    page,
    restored: restored?.length === 2 ? { from: restored[0]!, version: restored[1]! } : null,
  };
}

/** Restore a version: it becomes the newest, and every version stays. */
export async function action({ request, context, params }: Route.ActionArgs) {
  const viewer = await requireViewer(request, context);
  const form = await request.formData();
  const version = Number(formText(form, "version"));
  const result = await context.services.useCases.restoreChapterVersion(actorOf(viewer), {
    slug: params.slug,
    chapterId: params.chapterId,
    version: Number.isInteger(version) ? version : -1,
  });
  if (!result.ok) throwUseCaseError(result.error);
  return redirect(
    `/guides/${params.slug}/write/${params.chapterId}/history?restored=${version}-${result.value.version}`,
  );
}

export default function ChapterHistoryPage({ loaderData, params }: Route.ComponentProps) {
  const t = useFixedT("guides");
  const { guide, chapter, revisions, versions, comparison, restored } = loaderData;
  const heading = t("history.title", { title: chapter.title });
  const older = comparison?.from.version ?? versions[1] ?? versions[0];
  const newer = comparison?.to.version ?? versions[0];
  const restoredRef = useFocusOnArrival<HTMLParagraphElement>(Boolean(restored));
  return (
    <>
      <title>{`${heading} — ${guide.title} — Shelfmates`}</title>
      <p className="actions">
        <Link to={`/guides/${guide.slug}/write`}>{t("edit.back")}</Link>
        <Link to={`/guides/${guide.slug}/write/${params.chapterId}`}>
          {t("workspace.write", { title: chapter.title })}
        </Link>
      </p>
      <h1>{heading}</h1>
      <p>{t("history.intro")}</p>
      {restored && (
        <p className="notice notice--ok" role="status" tabIndex={-1} ref={restoredRef}>
          {t("history.restored", restored)}
        </p>
      )}
      {revisions.total === 0 ? (
        <p>{t("history.empty")}</p>
      ) : (
        <>
          <TableScroll label={heading}>
            <table className="history-table">
              <thead>
                <tr>
                  <th scope="col">{t("history.version")}</th>
                  <th scope="col">{t("history.kind")}</th>
                  <th scope="col">{t("history.who")}</th>
                  <th scope="col">{t("history.when")}</th>
                  <th scope="col">{t("history.actions")}</th>
                </tr>
              </thead>
              <tbody>
                {revisions.items.map((r) => (
                  <tr key={r.version}>
                    <td>{r.version}</td>
                    <td>{t(`kinds.${r.kind}`, { version: r.restoredFrom ?? "" })}</td>
                    <td>{r.authorName || t("history.unknownAuthor")}</td>
                    <td>
                      <DateTime value={r.createdAt} />
                    </td>
                    <td>
                      {r.version === chapter.version ? (
                        t("history.latest")
                      ) : (
                        <Form method="post">
                          <input type="hidden" name="version" value={r.version} />
                          <button type="submit" className="button button--secondary button--small">
                            {t("history.restore", { version: r.version })}
                          </button>
                        </Form>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
          <Pagination
            page={loaderData.page}
            total={revisions.total}
            pageSize={REVISIONS_PER_PAGE}
          />

          <section aria-labelledby="compare-heading">
            <h2 id="compare-heading">{t("history.compareTitle")}</h2>
            <Form method="get" className="filters" key={`${older}-${newer}`}>
              <div className="field">
                <label htmlFor="compare-from">{t("history.from")}</label>
                <select id="compare-from" name="from" defaultValue={older}>
                  {versions.map((v) => (
                    <option key={v} value={v}>
                      {t("history.versionOption", { version: v })}
                    </option>
                  ))}
                </select>
              </div>
              <div className="field">
                <label htmlFor="compare-to">{t("history.to")}</label>
                <select id="compare-to" name="to" defaultValue={newer}>
                  {versions.map((v) => (
                    <option key={v} value={v}>
                      {t("history.versionOption", { version: v })}
                    </option>
                  ))}
                </select>
              </div>
              <button type="submit" className="button button--secondary">
                {t("history.compare")}
              </button>
            </Form>
            {comparison && (
              <>
                <h3>
                  {t("history.comparing", {
                    from: comparison.from.version,
                    to: comparison.to.version,
                  })}
                </h3>
                {comparison.titleChanged && (
                  <p>
                    {t("history.titleChanged", {
                      from: comparison.from.title,
                      to: comparison.to.title,
                    })}
                  </p>
                )}
                <p className="hint">{t("edit.diffLegendVersions")}</p>
                <LineDiffView
                  lines={comparison.lines}
                  label={t("history.comparing", {
                    from: comparison.from.version,
                    to: comparison.to.version,
                  })}
                />
              </>
            )}
          </section>
        </>
      )}
    </>
  );
}
