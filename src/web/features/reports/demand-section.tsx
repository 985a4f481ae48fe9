import { useFixedT } from "../../shared/use-fixed-t.ts";
import type { ReportTable } from "../../../domain/reports/report-tables.ts";
import type { RoundReport } from "../../../domain/reports/round-report.ts";
import { BarChart, ColumnChart } from "../../shared/charts/index.ts";
import { CsvLink } from "./csv-link.tsx";
import { FigureList } from "./figure-list.tsx";
import type { ReportWords } from "./report-words.ts";

/** Applications over time, by status, country, sector and career stage. */
export function DemandSection(props: {
  report: RoundReport;
  tables: ReadonlyMap<string, ReportTable>;
  words: ReportWords;
  locale: string;
}) {
  const t = useFixedT("reports");
  const { report, words, locale } = props;
  const { demand } = report;
  const roundId = report.round.id;
  const numbers = t("numbers");
  const empty = t("demand.empty");
  return (
    <section aria-labelledby="demand" className="report-section">
      <h2 id="demand">{t("sections.demand")}</h2>
      <FigureList
        figures={[
          {
            key: "total",
            label: t("demand.total"),
            value: words.number(demand.total),
            hint: t("demand.totalHint"),
          },
        ]}
      />
      <ColumnChart
        id="chart-applications-by-week"
        title={t("demand.byWeekTitle")}
        description={t("demand.byWeekDesc", {
          total: words.number(demand.total),
          weeks: demand.byWeek.length,
        })}
        points={demand.byWeek.map((w) => ({
          label: words.number(w.week),
          value: w.count,
        }))}
        locale={locale}
        labels={{
          category: t("columns.week"),
          value: t("columns.applications"),
          empty: t("demand.byWeekEmpty"),
          tablesSummary: numbers,
        }}
      />
      <CsvLink roundId={roundId} table="applications-by-week" />
      <BarChart
        id="chart-applications-by-status"
        title={t("demand.byStatusTitle")}
        description={t("demand.byStatusDesc", { total: words.number(demand.total) })}
        bars={demand.byStatus.map((s) => ({
          label: words.word("status", s.value),
          value: s.count,
        }))}
        locale={locale}
        labels={{
          category: t("columns.status"),
          value: t("columns.applications"),
          empty,
          tablesSummary: numbers,
        }}
      />
      <CsvLink roundId={roundId} table="applications-by-status" />
      <BarChart
        id="chart-applications-by-country"
        title={t("demand.byCountryTitle")}
        description={t("demand.byCountryDesc", { count: demand.byCountry.length })}
        bars={demand.byCountry.map((c) => ({
          label: words.word("country", c.country),
          value: c.applications,
          valueText: t("demand.byCountryValue", {
            applications: words.number(c.applications),
            participants: words.number(c.participants),
          }),
        }))}
        locale={locale}
        maxBars={15}
        labels={{
          category: t("columns.country"),
          value: t("columns.applications"),
          empty,
          other: t("demand.other"),
          tablesSummary: numbers,
        }}
      />
      <CsvLink roundId={roundId} table="applications-by-country" />
      <BarChart
        id="chart-applications-by-sector"
        title={t("demand.bySectorTitle")}
        description={t("demand.bySectorDesc")}
        bars={demand.bySector.map((s) => ({
          label: words.word("sector", s.value),
          value: s.count,
        }))}
        locale={locale}
        labels={{
          category: t("columns.sector"),
          value: t("columns.applications"),
          empty,
          tablesSummary: numbers,
        }}
      />
      <CsvLink roundId={roundId} table="applications-by-sector" />
      <BarChart
        id="chart-applications-by-career-stage"
        title={t("demand.byCareerStageTitle")}
        description={t("demand.byCareerStageDesc")}
        bars={demand.byCareerStage.map((s) => ({
          label: words.word("careerStage", s.value),
          value: s.count,
        }))}
        locale={locale}
        labels={{
          category: t("columns.careerStage"),
          value: t("columns.applications"),
          empty,
          tablesSummary: numbers,
        }}
      />
      <CsvLink roundId={roundId} table="applications-by-career-stage" />
    </section>
  );
}
