import type { CustomQuestion } from "../../../../domain/applications/custom-answers.ts";
import { canonicalLanguageCode } from "../../../../domain/vocabulary/languages.ts";
import type { FieldErrors } from "../../../../domain/field-errors.ts";
import { questionFieldName } from "../../../../domain/applications/custom-answers.ts";
import type { ApplicationRecord } from "../../../../use-cases/applications/application-ports.ts";

export interface Option {
  value: string;
  label: string;
}

/** Language rows the form offers; more are shown when an application already has more. */
export const LANGUAGE_ROWS = 4;

/**
 * What the application form shows, exactly as typed (strings, not yet validated), so a
 * form sent back with errors keeps everything the person entered.
 */
export interface ApplicationFormValues {
  name: string;
  email: string;
  country: string;
  city: string;
  languages: { code: string; level: string }[];
  timeZone: string;
  library: string;
  sector: string;
  solo: boolean;
  jobTitle: string;
  careerStage: string;
  experienceYears: string;
  interests: string[];
  otherInterests: string;
  goals: string;
  matchBy: string;
  partnerSector: string;
  meetingFormats: string[];
  availability: string[];
  role: string;
  mentorCapacity: string;
  consent: boolean;
  /** "I agree to the rules", asked on the form when the round has rules. */
  rulesAgreed: boolean;
  /** Custom answers keyed by field name (see questionFieldName). */
  answers: Record<string, string | string[]>;
}

export function languageRows(
  languages: { code: string; level: string }[],
): { code: string; level: string }[] {
  const rows = languages.map((l) => ({ code: canonicalLanguageCode(l.code), level: l.level }));
  while (rows.length < LANGUAGE_ROWS) rows.push({ code: "", level: "" });
  return rows;
}

/** A blank form; the time zone comes from the reader's browser (cookie) or is UTC. */
export function blankFormValues(defaults: {
  name?: string;
  email?: string;
  timeZone: string;
}): ApplicationFormValues {
  return {
    name: defaults.name ?? "",
    email: defaults.email ?? "",
    country: "",
    city: "",
    languages: languageRows([]),
    timeZone: defaults.timeZone,
    library: "",
    sector: "",
    solo: false,
    jobTitle: "",
    careerStage: "",
    experienceYears: "",
    interests: [],
    otherInterests: "",
    goals: "",
    matchBy: "",
    partnerSector: "",
    meetingFormats: [],
    availability: [],
    role: "",
    mentorCapacity: "",
    consent: false,
    rulesAgreed: false,
    answers: {},
  };
}

/** The form prefilled with a stored application, for editing. */
export function formValuesOf(
  application: ApplicationRecord,
  questions: readonly CustomQuestion[],
): ApplicationFormValues {
  const answers: Record<string, string | string[]> = {};
  for (const question of questions) {
    const answer = application.customAnswers[question.id];
    if (answer === undefined) continue;
    answers[questionFieldName(question.id)] =
      typeof answer === "boolean"
        ? answer
          ? "yes"
          : "no"
        : Array.isArray(answer)
          ? answer
          : String(answer);
  }
  return {
    name: application.name,
    email: application.email,
    country: application.country,
    city: application.city,
    languages: languageRows(application.languages),
    timeZone: application.timeZone,
    library: application.library,
    sector: application.sector,
    solo: application.solo,
    jobTitle: application.jobTitle,
    careerStage: application.careerStage,
    experienceYears: String(application.experienceYears),
    interests: application.interests,
    otherInterests: application.otherInterests,
    goals: application.goals,
    matchBy: application.matchBy,
    partnerSector: application.partnerSector,
    meetingFormats: application.meetingFormats,
    availability: application.availability,
    role: application.role,
    mentorCapacity: application.mentorCapacity === null ? "" : String(application.mentorCapacity),
    consent: true,
    rulesAgreed: Boolean(application.rulesAgreedAt),
    answers,
  };
}

/**
 * A new form started from a returning applicant's earlier application: what they said about
 * themselves, but not this round's own questions, consent or rules, which they answer anew.
 */
export function formValuesFromEarlier(application: ApplicationRecord): ApplicationFormValues {
  return { ...formValuesOf(application, []), consent: false, rulesAgreed: false, answers: {} };
}

/** What each section of the form is given: the values to show and the errors beside them. */
export interface FormSectionProps {
  values: ApplicationFormValues;
  errors: FieldErrors | undefined;
}
