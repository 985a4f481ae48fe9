import commonEn from "../locales/en/common.json";
import commonEs from "../locales/es/common.json";
import commonFr from "../locales/fr/common.json";
import applyEn from "../locales/en/apply.json";
import applyEs from "../locales/es/apply.json";
import applyFr from "../locales/fr/apply.json";
import vocabularyEn from "../locales/en/vocabulary.json";
import vocabularyEs from "../locales/es/vocabulary.json";
import vocabularyFr from "../locales/fr/vocabulary.json";
import emailEn from "../locales/en/email.json";
import emailEs from "../locales/es/email.json";
import emailFr from "../locales/fr/email.json";
import facilitatorEn from "../locales/en/facilitator.json";
import facilitatorEs from "../locales/es/facilitator.json";
import facilitatorFr from "../locales/fr/facilitator.json";
import applicantsEn from "../locales/en/applicants.json";
import applicantsEs from "../locales/es/applicants.json";
import applicantsFr from "../locales/fr/applicants.json";
import matchingEn from "../locales/en/matching.json";
import matchingEs from "../locales/es/matching.json";
import matchingFr from "../locales/fr/matching.json";

// Every namespace exists in every locale (locale-parity.test.ts checks the keys); i18next
// still falls back to English for a key that is missing.
export const resources = {
  en: {
    common: commonEn,
    apply: applyEn,
    vocabulary: vocabularyEn,
    email: emailEn,
    facilitator: facilitatorEn,
    applicants: applicantsEn,
    matching: matchingEn,
  },
  es: {
    common: commonEs,
    apply: applyEs,
    vocabulary: vocabularyEs,
    email: emailEs,
    facilitator: facilitatorEs,
    applicants: applicantsEs,
    matching: matchingEs,
  },
  fr: {
    common: commonFr,
    apply: applyFr,
    vocabulary: vocabularyFr,
    email: emailFr,
    facilitator: facilitatorFr,
    applicants: applicantsFr,
    matching: matchingFr,
  },
} as const;

export const NAMESPACES = [
  "common",
  "apply",
  "vocabulary",
  "email",
  "facilitator",
  "applicants",
  "matching",
] as const;
