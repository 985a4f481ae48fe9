import {
  countryName,
  formatList,
  formatWeeklyIntervals,
  languageName,
} from "../../../i18n/format-weekly-hours.ts";
import { isolate } from "../../../i18n/isolate.ts";
import type {
  IntroducedPartner,
  PartnerIntroductionMessage,
} from "../../../use-cases/matching/match-emails.ts";

type Translate = (key: string, values?: Record<string, unknown>) => string;

/** One partner's block of an introduction email: who, where, what you share, when, how to write. */
export function describeIntroducedPartner(
  partner: IntroducedPartner,
  message: PartnerIntroductionMessage,
  locale: string,
  t: Translate,
  interestLabel: (id: string) => string,
): string {
  const place = [partner.city, countryName(partner.country, locale)].filter(Boolean).join(", ");
  const lines = [`${isolate(partner.name)} — ${place}`];
  if (partner.library) lines.push(t("partnerIntroduction.library", { library: partner.library }));
  if (partner.role !== "peer") lines.push(t(`partnerIntroduction.role.${partner.role}`));
  if (partner.sharedInterests.length > 0) {
    const labels = partner.sharedInterests.map(interestLabel);
    lines.push(t("partnerIntroduction.interests", { interests: formatList(labels, locale) }));
  }
  if (partner.sharedLanguages.length > 0) {
    const names = partner.sharedLanguages.map((code) => languageName(code, locale));
    lines.push(t("partnerIntroduction.languages", { languages: formatList(names, locale) }));
  }
  lines.push(
    partner.hoursPerWeek > 0
      ? t("partnerIntroduction.hours", {
          count: partner.hoursPerWeek,
          timeZone: message.recipientTimeZone,
          hours: formatWeeklyIntervals(partner.commonHours, locale),
        })
      : t("partnerIntroduction.noHours"),
  );
  lines.push(t("partnerIntroduction.email", { email: partner.email }));
  return lines.join("\n");
}
