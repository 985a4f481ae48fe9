import { redirect } from "react-router";
import { EXPORT_KINDS } from "../../../../domain/privacy/data-export.ts";
import { createI18n } from "../../../../i18n/create-i18n.ts";
import { throwUseCaseError } from "../../../shared/http-errors.ts";
import { actorOf, requestLocale, requireViewer } from "../../../shared/viewer.server.ts";
import { personalDataZip } from "../export-zip.server.ts";
import type { Route } from "./+types/export-data";

/** The export is asked for with the account page's button (a POST: it is recorded). */
export function loader() {
  return redirect("/account#my-data");
}

/** "Export my data" (issue 16): one zip of everything held about the signed-in person. */
export async function action({ request, context }: Route.ActionArgs) {
  const viewer = await requireViewer(request, context);
  const result = await context.services.useCases.exportMyData(actorOf(viewer));
  if (!result.ok) throwUseCaseError(result.error);
  const { data, exportedAt, filename } = result.value;
  const { t } = createI18n(requestLocale(request, viewer));
  const readme = t("privacy:zip.readme", {
    date: exportedAt.toISOString().slice(0, 10),
    kinds: EXPORT_KINDS.join(", "),
  });
  return new Response(personalDataZip(data, exportedAt, readme), {
    headers: {
      "Content-Type": "application/zip",
      "Content-Disposition": `attachment; filename="${filename}"`,
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
