import { useFixedT } from "../../../shared/use-fixed-t.ts";
import { Link } from "react-router";
import { throwUseCaseError } from "../../../shared/http-errors.ts";
import { actorOf, requireViewer } from "../../../shared/viewer.server.ts";
import { Authors, ChapterState } from "../chapter-state.tsx";
import guidesCss from "../guides.css?url";
import type { Route } from "./+types/workspace";

export const links: Route.LinksFunction = () => [{ rel: "stylesheet", href: guidesCss }];

export async function loader({ request, context, params }: Route.LoaderArgs) {
  const viewer = await requireViewer(request, context);
  const result = await context.services.useCases.getGuideWorkspace(actorOf(viewer), {
    slug: params.slug,
  });
  if (!result.ok) throwUseCaseError(result.error);
  return result.value;
}

/** The guide's chapters for its writers: write one, or open its history. */
export default function GuideWorkspacePage({ loaderData }: Route.ComponentProps) {
  const t = useFixedT("guides");
  const { guide, chapters, role, roundName, roundId } = loaderData;
  const heading = t("workspace.title", { title: guide.title });
  return (
    <>
      <title>{`${heading} — Shelfmates`}</title>
      <h1>{heading}</h1>
      <p>{t("workspace.intro", { round: roundName })}</p>
      <p className="hint">
        {t(role === "facilitator" ? "workspace.facilitatorRole" : "workspace.participantRole")}
      </p>
      <p className="actions">
        {role === "facilitator" && (
          <Link className="button button--secondary" to={`/facilitate/rounds/${roundId}/guide`}>
            {t("workspace.manage")}
          </Link>
        )}
        {guide.status === "published" && (
          <Link to={`/guides/${guide.slug}`}>{t("workspace.publicPage")}</Link>
        )}
      </p>
      <h2>{t("contents")}</h2>
      {chapters.length === 0 ? (
        <p>{t("workspace.noChapters")}</p>
      ) : (
        <ol className="guide-chapter-list">
          {chapters.map((chapter) => (
            <li key={chapter.id}>
              <strong>{chapter.title}</strong>
              <span className="guide-chapter-meta">
                <ChapterState chapter={chapter} /> ·{" "}
                <Authors names={chapter.authors.map((a) => a.creditName)} />
              </span>
              <span className="actions">
                <Link to={`/guides/${guide.slug}/write/${chapter.id}`}>
                  {t("workspace.write", { title: chapter.title })}
                </Link>
                <Link to={`/guides/${guide.slug}/write/${chapter.id}/history`}>
                  {t("workspace.history", { title: chapter.title })}
                </Link>
              </span>
            </li>
          ))}
        </ol>
      )}
    </>
  );
}
