/** Weekly intervals, country and language names in the reader's language (Intl, no tables). */
import type { WeeklyInterval } from "../domain/partnerships/common-hours.ts";

// 1 January 2024 was a Monday: day 0 of our week.
const MONDAY = Date.UTC(2024, 0, 1);

function clock(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
}

/** "Tuesday 14:00–18:00; Thursday 10:00–11:30" in the locale's day names. */
export function formatWeeklyIntervals(
  intervals: readonly WeeklyInterval[],
  locale: string,
): string {
  const weekday = new Intl.DateTimeFormat(locale, { weekday: "long", timeZone: "UTC" });
  return intervals
    .map((i) => {
      const day = weekday.format(new Date(MONDAY + i.day * 86_400_000));
      return `${day.charAt(0).toLocaleUpperCase(locale) + day.slice(1)} ${clock(i.startMinute)}–${clock(i.endMinute)}`;
    })
    .join("; ");
}

// Names of countries and languages, kept per locale (one place: src/domain/vocabulary).
export { countryName } from "../domain/vocabulary/countries.ts";
export { languageName } from "../domain/vocabulary/languages.ts";

export function formatList(items: readonly string[], locale: string): string {
  return new Intl.ListFormat(locale, { style: "long", type: "conjunction" }).format(items);
}
