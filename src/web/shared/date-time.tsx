import { createContext, useContext } from "react";
import { useRootData } from "./root-data.ts";

/**
 * A page that knows whose page it is (an applicant's, from their email link) gives the zone
 * that person wrote on their application; dates use it until the browser has told its own,
 * so the first visit from an email shows the dates the email showed, not UTC.
 */
export const KnownTimeZone = createContext<string | null>(null);

/** The zone dates are shown in: the browser's, else the page's known one, else UTC. */
export function useReaderTimeZone(): string {
  const root = useRootData();
  const known = useContext(KnownTimeZone);
  if (root?.timeZoneKnown) return root.timeZone;
  return known ?? root?.timeZone ?? "UTC";
}

/** A date and time in the reader's language and time zone, with the zone named. */
export function DateTime({
  value,
  dateOnly = false,
}: {
  value: Date | string;
  dateOnly?: boolean;
}) {
  const root = useRootData();
  const timeZone = useReaderTimeZone();
  const date = typeof value === "string" ? new Date(value) : value;
  const text = formatDateTime(date, root?.locale ?? "en", timeZone, dateOnly);
  return <time dateTime={date.toISOString()}>{text}</time>;
}

/** The same text as <DateTime>, for places that take only text (an <option>, a title). */
export function useFormatDateTime(): (value: Date | string, dateOnly?: boolean) => string {
  const root = useRootData();
  const timeZone = useReaderTimeZone();
  return (value, dateOnly = false) =>
    formatDateTime(
      typeof value === "string" ? new Date(value) : value,
      root?.locale ?? "en",
      timeZone,
      dateOnly,
    );
}

const formatters = new Map<string, Intl.DateTimeFormat>();

export function formatDateTime(
  date: Date,
  locale: string,
  timeZone: string,
  dateOnly = false,
): string {
  const key = `${locale}|${timeZone}|${dateOnly ? "d" : "dt"}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    // dateStyle cannot be combined with timeZoneName, so the parts are spelled out.
    const options: Intl.DateTimeFormatOptions = dateOnly
      ? { year: "numeric", month: "long", day: "numeric", timeZone }
      : {
          year: "numeric",
          month: "short",
          day: "numeric",
          hour: "2-digit",
          minute: "2-digit",
          timeZone,
          timeZoneName: "short",
        };
    formatter = new Intl.DateTimeFormat(locale, options);
    formatters.set(key, formatter);
  }
  return formatter.format(date);
}
