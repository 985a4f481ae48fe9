import { useFixedT } from "../../../shared/use-fixed-t.ts";
import { useTranslation } from "react-i18next";
import { Form, useNavigation } from "react-router";
import { instantToLocalDateTime } from "../../../../domain/vocabulary/time-zones.ts";
import type { MeetingTimeSuggestion } from "../../../../domain/partnerships/meeting-times.ts";
import { useZonedFormat } from "./zoned-time.tsx";
import { useShownName } from "../../privacy/shown-name.ts";

/** The round's agreement, who confirmed it and when, and the reader's own button. */
export function AgreementSection({
  agreementHtml,
  members,
  timeZone,
  canConfirm,
}: {
  agreementHtml: string;
  members: { name: string; self: boolean; confirmedAt: Date | null }[];
  timeZone: string;
  canConfirm: boolean;
}) {
  const t = useFixedT("partnerships");
  const shown = useShownName();
  const format = useZonedFormat(timeZone);
  const busy = useNavigation().state === "submitting";
  return (
    <section aria-labelledby="agreement" className="card">
      <h2 id="agreement">{t("agreement.title")}</h2>
      {!agreementHtml ? (
        <p>{t("agreement.none")}</p>
      ) : (
        <>
          <div className="markdown" dangerouslySetInnerHTML={{ __html: agreementHtml }} />
          <h3>{t("agreement.status")}</h3>
          <ul className="confirmations">
            {members.map((m, i) => (
              <li key={i}>
                {m.confirmedAt
                  ? m.self
                    ? t("agreement.confirmedYou", { date: format(m.confirmedAt) })
                    : t("agreement.confirmedBy", {
                        name: shown(m.name),
                        date: format(m.confirmedAt),
                      })
                  : m.self
                    ? t("agreement.notYetYou")
                    : t("agreement.notYet", { name: shown(m.name) })}
              </li>
            ))}
          </ul>
          {canConfirm && (
            <Form method="post">
              <input type="hidden" name="intent" value="confirm" />
              <button type="submit" className="button" disabled={busy}>
                {t("agreement.confirm")}
              </button>
            </Form>
          )}
        </>
      )}
    </section>
  );
}

export function TopicsSection({
  topics,
  timeZone,
}: {
  topics: { week: number; sentAt: Date; title: string; promptHtml: string; locale: string }[];
  timeZone: string;
}) {
  const t = useFixedT("partnerships");
  const format = useZonedFormat(timeZone);
  return (
    <section aria-labelledby="topics">
      <h2 id="topics">{t("topics.title")}</h2>
      {topics.length === 0 ? (
        <p>{t("topics.empty")}</p>
      ) : (
        topics.map((topic) => (
          <article key={topic.week} className="card" lang={topic.locale}>
            <h3>{topic.title}</h3>
            <p className="muted">
              {t("topics.sent", { week: topic.week, date: format(topic.sentAt, true) })}
            </p>
            <div className="markdown" dangerouslySetInnerHTML={{ __html: topic.promptHtml }} />
          </article>
        ))
      )}
    </section>
  );
}

/** The next times both are free; each fills in the meeting form below. */
export function SuggestionsSection({
  suggestions,
  timeZone,
}: {
  suggestions: { partnerName: string; times: MeetingTimeSuggestion[] }[];
  timeZone: string;
}) {
  const { t, i18n } = useTranslation("partnerships");
  const shown = useShownName();
  if (suggestions.length === 0) return null;
  const day = new Intl.DateTimeFormat(i18n.language, {
    weekday: "long",
    day: "numeric",
    month: "long",
    hour: "2-digit",
    minute: "2-digit",
    timeZone,
  });
  const clock = new Intl.DateTimeFormat(i18n.language, {
    hour: "2-digit",
    minute: "2-digit",
    timeZone,
  });
  return (
    <section aria-labelledby="suggestions">
      <h2 id="suggestions">{t("suggestions.title")}</h2>
      {suggestions.map(({ partnerName: stored, times }, i) => {
        const partnerName = shown(stored);
        return times.length === 0 ? (
          <p key={i}>{t("suggestions.none", { name: partnerName, timeZone })}</p>
        ) : (
          <div key={i}>
            <p>{t("suggestions.intro", { name: partnerName, timeZone })}</p>
            <ul>
              {times.map((slot) => {
                const start = new Date(slot.startsAt);
                const end = new Date(start.getTime() + slot.durationMinutes * 60_000);
                const at = instantToLocalDateTime(start, timeZone);
                return (
                  <li key={start.toISOString()}>
                    <a href={`?at=${at}#log-meeting`}>
                      {t("suggestions.slot", {
                        start: day.format(start),
                        end: clock.format(end),
                      })}
                    </a>
                  </li>
                );
              })}
            </ul>
          </div>
        );
      })}
    </section>
  );
}
