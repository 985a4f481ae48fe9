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
import applicantsEn from "../locales/en/applicants.json";
import matchingEn from "../locales/en/matching.json";
import matchingEs from "../locales/es/matching.json";
import matchingFr from "../locales/fr/matching.json";

// Facilitator pages are English-only for now (the issue asks Spanish and French for every
// participant-facing page); i18next falls back to English for missing namespaces.
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
    matching: matchingEs,
  },
  fr: {
    common: commonFr,
    apply: applyFr,
    vocabulary: vocabularyFr,
    email: emailFr,
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
