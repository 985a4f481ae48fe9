import { useFixedT } from "../../shared/use-fixed-t.ts";

/** The round's feed address, to paste into a calendar app, with what subscribing does. */
export function CalendarSubscription({ feedUrl }: { feedUrl: string }) {
  const t = useFixedT("sessions");
  const webcal = feedUrl.replace(/^https?:/, "webcal:");
  return (
    <section className="card" aria-labelledby="calendar-feed-heading">
      <h2 id="calendar-feed-heading">{t("feed.heading")}</h2>
      <p>{t("feed.explain")}</p>
      <div className="field">
        <label htmlFor="calendar-feed-url">{t("feed.address")}</label>
        <input
          id="calendar-feed-url"
          type="text"
          readOnly
          value={feedUrl}
          aria-describedby="calendar-feed-hint"
          onFocus={(event) => event.currentTarget.select()}
        />
        <span className="hint" id="calendar-feed-hint">
          {t("feed.hint")}
        </span>
      </div>
      <p>
        <a href={webcal}>{t("feed.open")}</a>
      </p>
    </section>
  );
}
