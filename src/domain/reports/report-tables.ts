/**
 * The report's numbers as named tables (issue 13): the page shows them beside its charts and
 * each downloads as a CSV at /facilitate/rounds/:roundId/report/<name>.csv. Cells are raw
 * values with a kind (a country code, a status, a count…), which the web layer turns into
 * the reader's words; so the page and the CSV can never disagree.
 */
import type { SurveyResults } from "../surveys/survey-results.ts";
import { KEY_FIGURE_NAMES } from "./key-figures.ts";
import type { RoundReport } from "./round-report.ts";

export type CellKind =
  | "text"
  | "count"
  | "number"
  | "percent"
  | "day"
  | "week"
  | "checkIn"
  | "country"
  | "sector"
  | "careerStage"
  | "status"
  | "kind"
  | "outcome"
  | "checkInAnswer"
  | "goodMatch"
  | "figure"
  | "scalePoint";

export type Cell = string | number | null;

export interface ReportColumn {
  /** reports:columns.<key>, unless `header` gives the text (a round's or option's name). */
  key: string;
  kind: CellKind;
  header?: string;
}

export interface ReportTable {
  /** Its address: /facilitate/rounds/:roundId/report/<name>.csv */
  name: string;
  columns: ReportColumn[];
  rows: Cell[][];
}

const col = (key: string, kind: CellKind, header?: string): ReportColumn =>
  header === undefined ? { key, kind } : { key, kind, header };

function surveyTables(survey: SurveyResults): ReportTable[] {
  return survey.questions.map((q, index) => {
    const name = `survey-${survey.kind}-${index + 1}`;
    if (q.type === "scale")
      return {
        name,
        columns: [col("answer", "scalePoint"), col("responses", "count")],
        rows: q.counts.map((count, point) => [point + 1, count]),
      };
    if (q.type === "text")
      return { name, columns: [col("answer", "text")], rows: q.answers.map((a) => [a]) };
    return {
      name,
      columns: [col("option", "text"), col("responses", "count")],
      rows: q.options.map((o) => [o.label, o.count]),
    };
  });
}

/** Every table of the report, in the page's order; a part with no data has none. */
export function reportTables(report: RoundReport): ReportTable[] {
  const { demand, matching, map, activity } = report;
  let cumulative = 0;
  const tables: ReportTable[] = [
    {
      name: "applications-by-week",
      columns: [
        col("week", "week"),
        col("from", "day"),
        col("applications", "count"),
        col("cumulative", "count"),
      ],
      rows: demand.byWeek.map((w) => [w.week, w.firstDay, w.count, (cumulative += w.count)]),
    },
    {
      name: "applications-by-status",
      columns: [col("status", "status"), col("applications", "count")],
      rows: demand.byStatus.map((s) => [s.value, s.count]),
    },
    {
      name: "applications-by-country",
      columns: [
        col("country", "country"),
        col("applications", "count"),
        col("participants", "count"),
      ],
      rows: demand.byCountry.map((c) => [c.country, c.applications, c.participants]),
    },
    {
      name: "applications-by-sector",
      columns: [col("sector", "sector"), col("applications", "count")],
      rows: demand.bySector.map((s) => [s.value, s.count]),
    },
    {
      name: "applications-by-career-stage",
      columns: [col("careerStage", "careerStage"), col("applications", "count")],
      rows: demand.byCareerStage.map((s) => [s.value, s.count]),
    },
  ];
  if (matching && map)
    tables.push(
      {
        name: "partnerships-by-kind",
        columns: [col("kind", "kind"), col("partnerships", "count")],
        rows: matching.partnerships.byKind.map((k) => [k.kind, k.count]),
      },
      {
        name: "country-pairs",
        columns: [col("countryA", "country"), col("countryB", "country"), col("pairs", "count")],
        rows: matching.countryPairs.map((p) => [p.countryA, p.countryB, p.pairs]),
      },
      {
        name: "participants-by-country",
        columns: [col("country", "country"), col("participants", "count")],
        rows: map.countries.map((c) => [c.country, c.participants]),
      },
    );
  if (activity) {
    const p = activity.partnerships;
    tables.push(
      {
        name: "meetings-by-week",
        columns: [col("week", "week"), col("from", "day"), col("meetings", "count")],
        rows: activity.meetingsByWeek.map((w) => [w.week, w.firstDay, w.count]),
      },
      {
        name: "check-ins",
        columns: [
          col("checkIn", "checkIn"),
          col("in_touch", "count"),
          col("not_yet", "count"),
          col("problem", "count"),
          col("unanswered", "count"),
        ],
        rows: activity.checkIns.map((c) => [
          c.sequence,
          c.inTouch,
          c.notYet,
          c.problem,
          c.unanswered,
        ]),
      },
      {
        name: "good-match",
        columns: [col("answer", "goodMatch"), col("members", "count")],
        rows: [
          ["yes", activity.goodMatch.yes],
          ["no", activity.goodMatch.no],
          ["noAnswer", activity.goodMatch.noAnswer],
        ],
      },
      {
        name: "partnership-outcomes",
        columns: [col("outcome", "outcome"), col("partnerships", "count")],
        rows: [
          ["total", p.total],
          ["rematched", p.rematched],
          ["active", p.active],
          ["ended", p.ended],
          ["dissolved", p.dissolved],
          ["nudged", p.nudged],
          ["listedSilent", p.listedSilent],
          ["problems", p.problems],
        ],
      },
    );
  }
  tables.push(...report.surveys.flatMap(surveyTables));
  const rounds = report.comparison.rounds;
  tables.push({
    name: "comparison",
    columns: [
      col("figure", "figure"),
      ...rounds.map((r) => col(`round-${r.round.id}`, "number", r.round.name)),
    ],
    rows: KEY_FIGURE_NAMES.map((figure) => [figure, ...rounds.map((r) => r.figures[figure])]),
  });
  return tables;
}

export function findReportTable(report: RoundReport, name: string): ReportTable | undefined {
  return reportTables(report).find((t) => t.name === name);
}
