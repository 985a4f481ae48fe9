import { useTranslation } from "react-i18next";
import type { IntroducedPartner } from "../../../use-cases/matching/match-emails.ts";
import { useShownName } from "../privacy/shown-name.ts";
import { isErasedAddress } from "../../../domain/privacy/erasure.ts";
import {
  countryName,
  formatList,
  formatWeeklyIntervals,
  languageName,
} from "../../../i18n/format-weekly-hours.ts";

export interface YourPartnershipView {
  partnershipId: string;
  roundName: string;
  programmeName: string;
  timeZone: string;
  /** The round's agreement, rendered from Markdown on the server (raw HTML escaped). */
  agreementHtml: string;
  partners: IntroducedPartner[];
}

/** "Your partner" on the participant's account page: who, what you share, when, how to reach them. */
export function YourPartner({ partnership }: { partnership: YourPartnershipView }) {
  const { t, i18n } = useTranslation("matching");
  const locale = i18n.language;
  const count = partnership.partners.length;
  const headingId = `partnership-${partnership.partnershipId}`;
  const shown = useShownName();
  return (
    <section className="card partner" aria-labelledby={headingId}>
      <h2 id={headingId}>{t("yourPartner.title", { count })}</h2>
      <p className="muted">
        {t("yourPartner.round", {
          programme: partnership.programmeName,
          round: partnership.roundName,
        })}
      </p>
      {partnership.partners.map((p) => (
        <div key={p.email}>
          <h3>{shown(p.name)}</h3>
          <p>{[p.city, countryName(p.country, locale)].filter(Boolean).join(", ")}</p>
          <dl className="details">
            {p.role !== "peer" && (
              <>
                <dt>{t(`yourPartner.role.${p.role}`)}</dt>
                <dd>{shown(p.name)}</dd>
              </>
            )}
            <dt>{t("yourPartner.library")}</dt>
            <dd>{p.library || t("yourPartner.none")}</dd>
            <dt>{t("yourPartner.interests")}</dt>
            <dd>
              {p.sharedInterests.length > 0
                ? formatList(
                    p.sharedInterests.map((id) => t(`vocabulary:interest.${id}`)),
                    locale,
                  )
                : t("yourPartner.none")}
            </dd>
            <dt>{t("yourPartner.languages")}</dt>
            <dd>
              {p.sharedLanguages.length > 0
                ? formatList(
                    p.sharedLanguages.map((code) => languageName(code, locale)),
                    locale,
                  )
                : t("yourPartner.none")}
            </dd>
            <dt>{t("yourPartner.hours")}</dt>
            <dd>
              {p.hoursPerWeek > 0
                ? t("yourPartner.hoursValue", {
                    count: p.hoursPerWeek,
                    hours: formatWeeklyIntervals(p.commonHours, locale),
                    timeZone: partnership.timeZone,
                  })
                : t("yourPartner.noHours")}
            </dd>
            {/* A former participant has no address left to write to. */}
            {!isErasedAddress(p.email) && (
              <>
                <dt>{t("yourPartner.email")}</dt>
                <dd>
                  <a href={`mailto:${p.email}`}>{p.email}</a>
                </dd>
              </>
            )}
          </dl>
        </div>
      ))}
      <p>{t("yourPartner.howToStart")}</p>
      {partnership.agreementHtml && (
        <>
          <h3>{t("yourPartner.agreement")}</h3>
          <div
            className="markdown"
            dangerouslySetInnerHTML={{ __html: partnership.agreementHtml }}
          />
        </>
      )}
    </section>
  );
}
