import { useRouteLoaderData } from "react-router";
import { DateTime, formatDateTime, useReaderTimeZone } from "../../shared/date-time.tsx";
import type { RootData } from "../../root.tsx";

/**
 * When an occurrence starts, on the reader's clock — and on the event's own clock when that
 * differs, since that is the time the organiser announced.
 */
export function EventWhen({ startsAt, timeZone }: { startsAt: Date; timeZone: string }) {
  const root = useRouteLoaderData<RootData>("root");
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
