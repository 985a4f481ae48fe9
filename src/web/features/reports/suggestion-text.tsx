import { useTranslation } from "react-i18next";
import type { Suggestion } from "../../../domain/reports/next-round-suggestions.ts";
import { countryName } from "../../../domain/vocabulary/countries.ts";
import { useNumberFormat } from "../../shared/use-number-format.ts";

/** One suggestion for the next round, citing the numbers it comes from. */
export function SuggestionText({ suggestion: s }: { suggestion: Suggestion }) {
  const { t, i18n } = useTranslation("reports");
  const n = useNumberFormat().format;
  const key = `plan.suggestion.${s.kind}`;
  switch (s.kind) {
    case "unmatchedCountry":
      return t(key, {
        country: countryName(s.country, i18n.language),
        applications: n(s.applications),
        participants: n(s.participants),
      });
    case "waitlisted":
      return t(key, {
        waitlisted: n(s.waitlisted),
        applications: n(s.applications),
        percent: n(s.percent),
      });
    case "silentPairs":
      return t(key, {
        nudged: n(s.nudged),
        partnerships: n(s.partnerships),
        percent: n(s.percent),
        days: n(s.nudgeAfterDays),
        every: n(s.checkInEveryDays),
      });
    case "dissolved":
      return t(key, {
        dissolved: n(s.dissolved),
        partnerships: n(s.partnerships),
        percent: n(s.percent),
      });
    case "fewMeetings":
      return t(key, { mean: n(s.meetingsPerPartnership) });
    case "lowResponse":
      return t(key, { responded: n(s.responded), invited: n(s.invited), percent: n(s.percent) });
    case "lowSatisfaction":
      return t(key, { mean: n(s.mean), answers: n(s.answers) });
  }
}
