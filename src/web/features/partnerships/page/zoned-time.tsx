import { useTranslation } from "react-i18next";
import { formatDateTime } from "../../../shared/date-time.tsx";

/**
 * Every time on a partnership page is on the reader's own clock: the zone on their
 * application, named on the page (the same clock they type meeting times on).
 */
export function useZonedFormat(timeZone: string) {
  const { i18n } = useTranslation();
  return (value: Date | string, dateOnly = false) =>
    formatDateTime(new Date(value), i18n.language, timeZone, dateOnly);
}

export function ZonedTime({ value, timeZone }: { value: Date | string; timeZone: string }) {
  const format = useZonedFormat(timeZone);
  return <time dateTime={new Date(value).toISOString()}>{format(value)}</time>;
}
