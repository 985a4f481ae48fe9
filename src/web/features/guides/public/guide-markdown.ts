import { publishedGuideMarkdown } from "../../../../domain/guides/guide-markdown.ts";
import { throwUseCaseError } from "../../../shared/http-errors.ts";
import { guideFileLabels, guideFileName, guideUrl } from "./guide-files.server.ts";
import type { Route } from "./+types/guide-markdown";

/** The published guide as one Markdown file. */
export async function loader({ request, context, params }: Route.LoaderArgs) {
  const result = await context.services.useCases.findPublishedGuide({ slug: params.slug });
  if (!result.ok) throwUseCaseError(result.error);
  const guide = result.value;
  const markdown = publishedGuideMarkdown(
    guide,
    guideUrl(request, guide.slug),
    guideFileLabels(guide.language),
  );
  return new Response(markdown, {
    headers: {
      "Content-Type": "text/markdown; charset=utf-8",
      "Content-Disposition": `attachment; filename="${guideFileName(guide.slug, "md")}"`,
      "X-Content-Type-Options": "nosniff",
    },
  });
}
