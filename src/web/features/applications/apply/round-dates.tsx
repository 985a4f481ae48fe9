import { useFixedT } from "../../../shared/use-fixed-t.ts";
import { Fragment } from "react";
import { DateTime, useReaderTimeZone } from "../../../shared/date-time.tsx";

export interface RoundDates {
  applicationsOpenAt: Date;
  applicationsCloseAt: Date;
  matchingAt: Date;
  startsAt: Date;
  endsAt: Date;
}

/** The round's timetable in the reader's time zone, which is named. */
export function RoundDateList({ round }: { round: RoundDates }) {
  const t = useFixedT("applications");
  const timeZone = useReaderTimeZone();
  const rows = [
    [t("round.opensAt"), round.applicationsOpenAt],
    [t("round.closesAt"), round.applicationsCloseAt],
    [t("round.matchingAt"), round.matchingAt],
    [t("round.startsAt"), round.startsAt],
    [t("round.endsAt"), round.endsAt],
  ] as const;
  return (
    <>
      <dl className="details">
        {rows.map(([label, date]) => (
          <Fragment key={label}>
            <dt>{label}</dt>
            <dd>
              <DateTime value={date} />
            </dd>
          </Fragment>
        ))}
      </dl>
      <p className="muted">
        {t("dates.inTimeZone", {
          ns: "common",
          zone: timeZone.replace(/_/g, " "),
        })}
      </p>
    </>
  );
}
