import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { Link, redirect } from "react-router";
import { reportTables } from "../../../domain/reports/report-tables.ts";
import { TEXT_ANSWERS_SHOWN } from "../../../use-cases/reports/get-round-report.ts";
import { chartStylesheets } from "../../shared/charts/chart-stylesheets.ts";
import { useFormatDateTime } from "../../shared/date-time.tsx";
import { formText } from "../../shared/form-data.ts";
import { throwUseCaseError } from "../../shared/http-errors.ts";
import { RoundBreadcrumb } from "../../shared/round-breadcrumb.tsx";
import { readerTimeZone } from "../../shared/time-zone.server.ts";
import { actorOf, requestLocale, requireViewer } from "../../shared/viewer.server.ts";
import { ActivitySection } from "./activity-section.tsx";
import { ComparisonSection } from "./comparison-section.tsx";
import { DemandSection } from "./demand-section.tsx";
import { MatchingSection } from "./matching-section.tsx";
import { PlanNextRoundForm } from "./plan-next-round-form.tsx";
import { PrintButton } from "./print-button.tsx";
import { PublicSummaryPanel } from "./public-summary-panel.tsx";
import { reportWords } from "./report-words.ts";
import reportCss from "./report.css?url";
import { SurveySection } from "./survey-section.tsx";
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

/** A round's report for its facilitators: printable, every chart with its numbers and CSV. */
export default function ReportPage({ loaderData, actionData }: Route.ComponentProps) {
  const { t, i18n } = useTranslation("reports");
  const formatDate = useFormatDateTime();
  const { report } = loaderData;
  const { round, programme } = report;
  const locale = i18n.language;
  const words = useMemo(() => reportWords(i18n.t, locale), [i18n, locale]);
  const tables = useMemo(
    () => new Map(reportTables(report).map((table) => [table.name, table])),
    [report],
  );
  const sections = [
    ["demand", "demand"],
    ["matching", "matching"],
    ["map", "map"],
    ["activity", "activity"],
    ["surveys", "surveys"],
    ["comparison", "comparison"],
    ["public-summary", "publicSummary"],
    ["plan", "plan"],
  ] as const;
  const props = { report, tables, words, locale };
  return (
    <div className="report">
      <title>{`${t("heading", { round: round.name })} — ${programme.name}`}</title>
      <RoundBreadcrumb programme={programme} round={round} />
      <h1>{t("heading", { round: round.name })}</h1>
      <p className="report-meta">
        {t("meta", {
          programme: programme.name,
          from: formatDate(round.startsAt, true),
          to: formatDate(round.endsAt, true),
          status: t(`vocabulary:roundStatus.${round.status}`),
        })}
        <br />
        {t("asOf", { date: formatDate(report.generatedAt), timeZone: report.timeZone })}
      </p>
      <div className="actions no-print">
        <PrintButton />
        <a href={`/facilitate/rounds/${round.id}/report.json`} download>
          {t("downloadJson")}
        </a>
        <Link to={`/facilitate/rounds/${round.id}/dashboard`}>{t("dashboard")}</Link>
      </div>
      <nav aria-labelledby="report-contents" className="report-contents no-print">
        <h2 id="report-contents">{t("contents")}</h2>
        <ul>
          {sections.map(([id, key]) => (
            <li key={id}>
              <a href={`#${id}`}>{t(`sections.${key}`)}</a>
            </li>
          ))}
        </ul>
      </nav>
      <DemandSection {...props} />
      <MatchingSection {...props} />
      <ActivitySection {...props} />
      <SurveySection report={report} words={words} locale={locale} />
      <ComparisonSection report={report} words={words} />
      <PublicSummaryPanel
        report={report}
        publicPath={`/p/${programme.slug}/${round.slug}/summary`}
        error={actionData?.errors?.confirm}
        notice={loaderData.notice}
      />
      <PlanNextRoundForm roundName={round.name} />
    </div>
  );
}
