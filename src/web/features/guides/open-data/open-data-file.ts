import { isOpenDataFile } from "../../../../domain/guides/open-data.ts";
import { notFound } from "../../../shared/http-errors.ts";
import type { Route } from "./+types/open-data-file";

/** One open data file (guides or networks, JSON or CSV), for anyone, with its licence inside. */
export async function loader({ context, params }: Route.LoaderArgs) {
  if (!isOpenDataFile(params.file)) notFound();
  const file = await context.services.useCases.getOpenDataFile({ file: params.file });
  return new Response(file.body, {
    headers: {
      "Content-Type": file.contentType,
      "Content-Disposition": `attachment; filename="shelfmates-${params.file}"`,
      "Cache-Control": "public, max-age=300",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
