import { DateTime, formatDateTime, useReaderTimeZone } from "../../shared/date-time.tsx";
import { useRootData } from "../../shared/root-data.ts";

/**
 * When an occurrence starts, on the reader's clock — and on the event's own clock when that
 * differs, since that is the time the organiser announced.
 */
export function EventWhen({ startsAt, timeZone }: { startsAt: Date; timeZone: string }) {
  const root = useRootData();
  const reader = useReaderTimeZone();
  const own = formatDateTime(startsAt, root?.locale ?? "en", timeZone);
  return (
    <>
      <DateTime value={startsAt} />
      {reader !== timeZone && (
        <span className="muted">
          {" "}
          ({own}, {timeZone})
        </span>
      )}
    </>
  );
}
