import { parseTopicLibraryFile } from "../../../../domain/guides/open-data.ts";
import { notFound, throwUseCaseError } from "../../../shared/http-errors.ts";
import type { Route } from "./+types/topic-library-file";

/** One published topic library (JSON or CSV), for anyone, with its licence inside; 404 if not published. */
export async function loader({ context, params }: Route.LoaderArgs) {
  const file = parseTopicLibraryFile(params.file);
  if (!file) notFound();
  const result = await context.services.useCases.getOpenTopicLibraryFile({
    programmeSlug: file.slug,
    format: file.format,
  });
  if (!result.ok) throwUseCaseError(result.error);
  return new Response(result.value.body, {
    headers: {
      "Content-Type": result.value.contentType,
      "Content-Disposition": `attachment; filename="shelfmates-topics-${file.slug}.${file.format}"`,
      "Cache-Control": "public, max-age=300",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
