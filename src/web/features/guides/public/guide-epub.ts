import { buildGuideEpub } from "../../../../domain/guides/guide-epub.ts";
import { throwUseCaseError } from "../../../shared/http-errors.ts";
import { renderMarkdown } from "../../../shared/markdown.server.ts";
import { guideFileLabels, guideFileName, guideUrl } from "./guide-files.server.ts";
import type { Route } from "./+types/guide-epub";

/**
 * The published guide as an EPUB 3 e-book. Chapters are rendered as the page renders them
 * (raw HTML shown as text, links only http(s)/mailto); images stay links, as an EPUB may
 * not fetch them from the web.
 */
export async function loader({ request, context, params }: Route.LoaderArgs) {
  const result = await context.services.useCases.findPublishedGuide({ slug: params.slug });
  if (!result.ok) throwUseCaseError(result.error);
  const guide = result.value;
  const bytes = buildGuideEpub(
    guide,
    guideUrl(request, guide.slug),
    {
      summaryHtml: guide.summary.trim() ? renderMarkdown(guide.summary, 2) : "",
      chapterHtml: guide.chapters.map((c) => renderMarkdown(c.body, 2)),
    },
    guideFileLabels(guide.language),
  );
  return new Response(Buffer.from(bytes), {
    headers: {
      "Content-Type": "application/epub+zip",
      "Content-Disposition": `attachment; filename="${guideFileName(guide.slug, "epub")}"`,
      "Content-Length": String(bytes.length),
    },
  });
}
