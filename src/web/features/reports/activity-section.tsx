import { useFixedT } from "../../shared/use-fixed-t.ts";
import { Trans } from "react-i18next";
import type { ReportTable } from "../../../domain/reports/report-tables.ts";
import type { RoundReport } from "../../../domain/reports/round-report.ts";
import { BarChart, ColumnChart } from "../../shared/charts/index.ts";
import { DateTime } from "../../shared/date-time.tsx";
import { CsvLink } from "./csv-link.tsx";
import { FigureList } from "./figure-list.tsx";
import { chartTableOf, ReportTableView } from "./report-table.tsx";
import type { ReportWords } from "./report-words.ts";

/** Meetings per week, check-in answers, silent and dissolved pairs, completion. */
export function ActivitySection(props: {
  report: RoundReport;
  tables: ReadonlyMap<string, ReportTable>;
  words: ReportWords;
  locale: string;
}) {
  const t = useFixedT("reports");
  const { report, words, locale } = props;
  const { activity } = report;
  const roundId = report.round.id;
  const heading = <h2 id="activity">{t("sections.activity")}</h2>;
  if (!activity)
    return (
      <section aria-labelledby="activity" className="report-section">
        {heading}
        <p className="notice">{t("notPublished")}</p>
      </section>
    );
  const n = words.number;
  const p = activity.partnerships;
  const c = activity.completion;
  const totals = activity.checkInTotals;
  const checkInCount = totals.inTouch + totals.notYet + totals.problem + totals.unanswered;
  const goodMatch = activity.goodMatch;
  return (
    <section aria-labelledby="activity" className="report-section">
      {heading}
      {!activity.started && (
        <p className="notice">
          <Trans
            t={t}
            i18nKey="activity.notStarted"
            components={{ date: <DateTime value={report.round.startsAt} dateOnly /> }}
          />
        </p>
      )}
      <FigureList
        figures={[
          { key: "held", label: t("activity.meetingsHeld"), value: n(activity.meetingsHeld) },
          {
            key: "perPartnership",
            label: t("activity.meetingsPerPartnership"),
            value:
              activity.meetingsPerPartnership === null
                ? t("comparison.none")
                : n(activity.meetingsPerPartnership),
            hint: t("activity.meetingsPerPartnershipHint"),
          },
          {
            key: "completion",
            label: t("activity.completion"),
            value:
              c.percent === null
                ? t("comparison.none")
                : t("activity.completionValue", {
                    percent: n(c.percent),
                    completed: n(c.completed),
                    total: n(c.total),
                  }),
            hint:
              c.percent === null
                ? t("activity.completionPending", {
                    active: n(p.active),
                    dissolved: n(p.dissolved),
                    total: n(p.total),
                  })
                : undefined,
          },
        ]}
      />
      <p className="report-definition">{t("activity.completionDefinition")}</p>
      <ColumnChart
        id="chart-meetings-by-week"
        title={t("activity.meetingsTitle")}
        description={t("activity.meetingsDesc", {
          total: n(activity.meetingsHeld),
          weeks: activity.meetingsByWeek.length,
        })}
        points={activity.meetingsByWeek.map((w) => ({ label: n(w.week), value: w.count }))}
        locale={locale}
        labels={{
          category: t("columns.week"),
          value: t("columns.meetings"),
          empty: t("activity.meetingsEmpty"),
          tablesSummary: t("numbers"),
        }}
      />
      <CsvLink roundId={roundId} table="meetings-by-week" />

      <h3>{t("activity.outcomes")}</h3>
      <FigureList
        figures={[
          { key: "total", label: t("words.total"), value: n(p.total) },
          { key: "active", label: t("activity.active"), value: n(p.active) },
          { key: "ended", label: t("activity.ended"), value: n(p.ended) },
          { key: "dissolved", label: t("activity.dissolved"), value: n(p.dissolved) },
          { key: "rematched", label: t("activity.rematched"), value: n(p.rematched) },
          {
            key: "nudged",
            label: t("activity.nudged"),
            value: n(p.nudged),
            hint: t("activity.nudgedHint", { count: activity.rules.nudgeAfterDays }),
          },
          {
            key: "listed",
            label: t("activity.listedSilent"),
            value: n(p.listedSilent),
            hint: t("activity.listedSilentHint", { count: activity.rules.followUpAfterDays }),
          },
          {
            key: "problems",
            label: t("activity.problems"),
            value: n(p.problems),
            hint: t("activity.problemsHint"),
          },
        ]}
      />
      <CsvLink roundId={roundId} table="partnership-outcomes" />

      <BarChart
        id="chart-check-ins"
        title={t("activity.checkInsTitle")}
        description={t("activity.checkInsDesc", { total: n(checkInCount) })}
        bars={
          checkInCount === 0
            ? []
            : (["inTouch", "notYet", "problem", "unanswered"] as const).map((key, i) => ({
                label: t(`words.${["in_touch", "not_yet", "problem", "unanswered"][i]}`),
                value: totals[key],
              }))
        }
        locale={locale}
        labels={{
          category: t("columns.answer"),
          value: t("columns.members"),
          empty: t("activity.checkInsEmpty"),
          tablesSummary: t("numbers"),
        }}
      />
      {activity.checkIns.length > 0 && (
        <ReportTableView
          table={chartTableOf(
            props.tables.get("check-ins")!,
            words,
            t("activity.checkInsByNumber"),
          )}
        />
      )}
      <CsvLink roundId={roundId} table="check-ins" />
      <BarChart
        id="chart-good-match"
        title={t("activity.goodMatchTitle")}
        description={t("activity.goodMatchDesc", {
          total: n(goodMatch.yes + goodMatch.no + goodMatch.noAnswer),
        })}
        bars={
          goodMatch.yes + goodMatch.no + goodMatch.noAnswer === 0
            ? []
            : (["yes", "no", "noAnswer"] as const).map((key) => ({
                label: t(`words.${key}`),
                value: goodMatch[key],
              }))
        }
        locale={locale}
        labels={{
          category: t("columns.answer"),
          value: t("columns.members"),
          empty: t("activity.checkInsEmpty"),
          tablesSummary: t("numbers"),
        }}
      />
      <CsvLink roundId={roundId} table="good-match" />
    </section>
  );
}
