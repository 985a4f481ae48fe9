import { useFixedT } from "../../../shared/use-fixed-t.ts";
import { Link } from "react-router";
import type { MeetingView } from "../../../../use-cases/partnerships/find-partnership-page.ts";
import { formatKey } from "./meeting-form.tsx";
import { useZonedFormat, ZonedTime } from "./zoned-time.tsx";

/** The meeting log, newest first: a partner's meetings are read-only, the reader's own can change. */
export function MeetingList({
  partnershipId,
  meetings,
  timeZone,
  current,
}: {
  partnershipId: string;
  meetings: MeetingView[];
  timeZone: string;
  current: boolean;
}) {
  const t = useFixedT("partnerships");
  const format = useZonedFormat(timeZone);
  if (meetings.length === 0) return <p>{t("meetings.empty")}</p>;
  const base = `/partnerships/${partnershipId}/meetings`;
  return (
    <ul className="plain-list meeting-list">
      {meetings.map((m) => {
        const date = format(m.startsAt);
        return (
          <li key={m.id} className="card">
            <p>
              <strong>
                <ZonedTime value={m.startsAt} timeZone={timeZone} />
              </strong>{" "}
              <span className="badge">{t(`meetings.status.${m.status}`)}</span>
            </p>
            <p>
              {[
                t("meetings.duration", { count: m.durationMinutes }),
                t(`meetings.place.${m.place}`),
                t(formatKey(m.format)),
                m.mine
                  ? t("meetings.loggedByYou")
                  : t("meetings.loggedBy", { name: m.loggedByName }),
              ].join(" · ")}
            </p>
            {m.sharedNote && (
              <>
                <p className="muted">{t("meetings.sharedNote")}</p>
                <p className="note">{m.sharedNote}</p>
              </>
            )}
            {m.privateNote && (
              <>
                <p className="muted">{t("meetings.privateNote")}</p>
                <p className="note">{m.privateNote}</p>
              </>
            )}
            <div className="row-actions">
              {m.status === "planned" && (
                <a
                  className="button button--secondary button--small"
                  href={`${base}/${m.id}.ics`}
                  download
                  aria-label={t("meetings.icsLabel", { date })}
                >
                  {t("meetings.ics")}
                </a>
              )}
              {m.mine && current && (
                <>
                  <Link
                    className="button button--secondary button--small"
                    to={`${base}/${m.id}`}
                    aria-label={t("meetings.editLabel", { date })}
                  >
                    {t("meetings.edit")}
                  </Link>
                  <Link
                    className="button button--danger button--small"
                    to={`${base}/${m.id}/delete`}
                    aria-label={t("meetings.deleteLabel", { date })}
                  >
                    {t("meetings.delete")}
                  </Link>
                </>
              )}
            </div>
          </li>
        );
      })}
    </ul>
  );
}
