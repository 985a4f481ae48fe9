/**
 * The report's raw cells (country codes, statuses, counts…) in the reader's words: the page's
 * tables and the CSV files use the same words, the page with numbers in the reader's format.
 */
import type { TFunction } from "i18next";
import type { Cell, CellKind, ReportColumn } from "../../../domain/reports/report-tables.ts";
import { countryName } from "../../../domain/vocabulary/countries.ts";
import { numberFormat } from "../../shared/use-number-format.ts";

const VOCABULARY: Partial<Record<CellKind, string>> = {
  sector: "vocabulary:sector",
  careerStage: "vocabulary:careerStage",
  status: "vocabulary:status",
  kind: "matching:partnerships.kinds",
  outcome: "reports:words",
  checkInAnswer: "reports:words",
  goodMatch: "reports:words",
  figure: "reports:figures",
};

export function reportWords(t: TFunction, locale: string) {
  const number = numberFormat(locale);
  // A week's first day is a calendar day in the reader's zone already: formatted as such.
  const day = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeZone: "UTC" });
  const word = (kind: CellKind, value: string): string => {
    if (kind === "country") return countryName(value, locale);
    const prefix = VOCABULARY[kind];
    return prefix ? t(`${prefix}.${value}`) : value;
  };
  return {
    header: (column: ReportColumn) => column.header ?? t(`reports:columns.${column.key}`),
    word,
    /** A cell as the page shows it. */
    cell(kind: CellKind, value: Cell): string {
      if (value === null) return t("reports:comparison.none");
      if (kind === "week") return t("reports:words.week", { week: value });
      if (kind === "checkIn") return t("reports:words.checkIn", { number: value });
      if (kind === "day" && typeof value === "string")
        return day.format(new Date(`${value}T00:00:00Z`));
      if (typeof value === "number") return number.format(value);
      return kind === "text" ? value : word(kind, value);
    },
    number: number.format,
  };
}

export type ReportWords = ReturnType<typeof reportWords>;
