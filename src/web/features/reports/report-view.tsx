import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { FieldErrors } from "../../../domain/field-errors.ts";
import { reportTables } from "../../../domain/reports/report-tables.ts";
import type { RoundReport } from "../../../domain/reports/round-report.ts";
import { useFormatDateTime } from "../../shared/date-time.tsx";
import { RoundBreadcrumb } from "../../shared/round-breadcrumb.tsx";
import { ActivitySection } from "./activity-section.tsx";
import { ComparisonSection } from "./comparison-section.tsx";
import { DemandSection } from "./demand-section.tsx";
import { MatchingSection } from "./matching-section.tsx";
import { PlanNextRoundForm } from "./plan-next-round-form.tsx";
import { PrintButton } from "./print-button.tsx";
import { PublicSummaryPanel } from "./public-summary-panel.tsx";
import { reportWords } from "./report-words.ts";
import { SurveySection } from "./survey-section.tsx";

/**
 * A round's report for its facilitators: printable, every chart with its numbers and CSV.
 * Its own module (no stylesheet imports), so the bench can render it outside Vite.
 */
export function ReportView(props: {
  report: RoundReport;
  notice: "published" | "unpublished" | "notAllowed" | null;
  errors: FieldErrors | undefined;
}) {
  const { t, i18n } = useTranslation("reports");
  const formatDate = useFormatDateTime();
  const { report } = props;
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
  const sectionProps = { report, tables, words, locale };
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
      <DemandSection {...sectionProps} />
      <MatchingSection {...sectionProps} />
      <ActivitySection {...sectionProps} />
      <SurveySection report={report} words={words} locale={locale} />
      <ComparisonSection report={report} words={words} />
      <PublicSummaryPanel
        report={report}
        publicPath={`/p/${programme.slug}/${round.slug}/summary`}
        error={props.errors?.confirm}
        notice={props.notice}
      />
      <PlanNextRoundForm roundName={round.name} />
    </div>
  );
}
