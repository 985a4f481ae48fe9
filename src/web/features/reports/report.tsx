import { redirect } from "react-router";
import { TEXT_ANSWERS_SHOWN } from "../../../use-cases/reports/get-round-report.ts";
import { chartStylesheets } from "../../shared/charts/chart-stylesheets.ts";
import { formText } from "../../shared/form-data.ts";
import { throwUseCaseError } from "../../shared/http-errors.ts";
import { readerTimeZone } from "../../shared/time-zone.server.ts";
import { actorOf, requestLocale, requireViewer } from "../../shared/viewer.server.ts";
import reportCss from "./report.css?url";
import { ReportView } from "./report-view.tsx";
import type { Route } from "./+types/report";

export const links: Route.LinksFunction = () => [
  ...chartStylesheets,
  { rel: "stylesheet", href: reportCss },
];

const NOTICES = new Set(["published", "unpublished", "notAllowed"] as const);

export async function loader({ request, context, params }: Route.LoaderArgs) {
  const viewer = await requireViewer(request, context);
  const result = await context.services.useCases.getRoundReport(actorOf(viewer), {
    roundId: params.roundId,
    timeZone: readerTimeZone(request),
    locale: requestLocale(request, viewer),
    textAnswers: TEXT_ANSWERS_SHOWN,
  });
  if (!result.ok) throwUseCaseError(result.error);
  const notice = new URL(request.url).searchParams.get("summary");
  return {
    report: result.value,
    notice: NOTICES.has(notice as never) ? (notice as "published" | "unpublished") : null,
  };
}

/** Publish or take down the public summary, or plan the next round (clone, then its plan). */
export async function action({ request, context, params }: Route.ActionArgs) {
  const viewer = await requireViewer(request, context);
  const { useCases } = context.services;
  const form = await request.formData();
  const intent = form.get("intent");
  const here = `/facilitate/rounds/${params.roundId}/report`;
  if (intent === "plan") {
    const cloned = await useCases.cloneRound(actorOf(viewer), {
      roundId: params.roundId,
      name: formText(form, "name"),
    });
    if (!cloned.ok) throwUseCaseError(cloned.error);
    return redirect(`/facilitate/rounds/${cloned.value.id}/plan`);
  }
  const result =
    intent === "unpublish"
      ? await useCases.unpublishRoundSummary(actorOf(viewer), { roundId: params.roundId })
      : await useCases.publishRoundSummary(actorOf(viewer), {
          roundId: params.roundId,
          confirmed: form.get("confirm") === "yes",
        });
  if (!result.ok) {
    if (result.error.code === "invalid") return { errors: result.error.fieldErrors };
    if (result.error.code === "conflict")
      return redirect(`${here}?summary=notAllowed#public-summary`);
    throwUseCaseError(result.error);
  }
  const done = intent === "unpublish" ? "unpublished" : "published";
  return redirect(`${here}?summary=${done}#public-summary`);
}

export default function ReportPage({ loaderData, actionData }: Route.ComponentProps) {
  return (
    <ReportView report={loaderData.report} notice={loaderData.notice} errors={actionData?.errors} />
  );
}
