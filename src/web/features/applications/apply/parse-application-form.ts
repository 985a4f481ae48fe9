import {
  applicationProfileSchema,
  MAX_LANGUAGES,
} from "../../../../domain/applications/application-input.ts";
import type {
  ApplicationProfile,
  CustomAnswers,
} from "../../../../domain/applications/application-profile.ts";
import {
  questionFieldName,
  validateCustomAnswers,
  type CustomQuestion,
} from "../../../../domain/applications/custom-answers.ts";
import { toFieldErrors, type FieldErrors } from "../../../../domain/field-errors.ts";
import type { RoundMode } from "../../../../domain/rounds/round-modes.ts";
import { languageRows, LANGUAGE_ROWS, type ApplicationFormValues } from "./form-values.ts";
import { formText, formTexts } from "../../../shared/form-data.ts";
import { timeZoneFromForm } from "./option-lists.ts";

export type ParsedApplicationForm =
  | {
      ok: true;
      values: ApplicationFormValues;
      profile: ApplicationProfile;
      customAnswers: CustomAnswers;
    }
  | { ok: false; values: ApplicationFormValues; errors: FieldErrors };

/**
 * Reads a posted application form into the domain's profile and custom answers, or into
 * errors keyed by form field name. `values` always holds what was typed, for redisplay.
 * `email` replaces the posted address when editing (the address cannot change).
 */
export function parseApplicationForm(
  form: FormData,
  round: { mode: RoundMode; questions: readonly CustomQuestion[] },
  options: {
    email?: string;
    requireConsent: boolean;
    /** The round has rules: a new application agrees to them ("I agree to the rules"). */
    requireRulesAgreement?: boolean;
  },
): ParsedApplicationForm {
  const values = readFormValues(form, round.questions);
  if (options.email !== undefined) values.email = options.email;
  // Empty rows are ignored; the rest keep their row number so errors land beside them.
  const rows = values.languages
    .map((row, index) => ({ code: row.code.trim().toLowerCase(), level: row.level, index }))
    .filter((row) => row.code !== "" || row.level !== "");
  const role = round.mode === "mentor" ? values.role : "peer";
  const parsed = applicationProfileSchema(round.mode).safeParse({
    ...values,
    languages: rows.map(({ code, level }) => ({ code, level })),
    experienceYears: toNumber(values.experienceYears),
    interests: [...new Set(values.interests)],
    meetingFormats: [...new Set(values.meetingFormats)],
    availability: [...new Set(values.availability)],
    role,
    mentorCapacity: role === "mentor" ? (toNumber(values.mentorCapacity) ?? null) : null,
  });

  const errors: FieldErrors = {};
  if (!parsed.success) {
    for (const [path, error] of Object.entries(toFieldErrors(parsed.error))) {
      const field = formFieldOf(path, rows);
      errors[field] ??= error;
    }
  }
  if (errors.experienceYears && values.experienceYears.trim() === "")
    errors.experienceYears = { key: "errors.required" };
  if (errors.mentorCapacity && values.mentorCapacity.trim() !== "")
    errors.mentorCapacity = { key: "errors.capacityRange" };
  if (round.mode === "mentor" && role !== "mentor" && role !== "mentee")
    errors.role = { key: "errors.mentorOrMentee" };
  if (options.requireConsent && !values.consent) errors.consent = { key: "errors.consent" };
  if (options.requireRulesAgreement && !values.rulesAgreed)
    errors.rulesAgreed = { key: "applications:form.rulesRequired" };

  const custom = validateCustomAnswers(round.questions, values.answers);
  Object.assign(errors, custom.errors);
  if (!parsed.success || Object.keys(errors).length > 0) return { ok: false, values, errors };
  return { ok: true, values, profile: parsed.data, customAnswers: custom.answers };
}

/** "5" → 5, "" → undefined (missing), anything else → NaN (not a whole number). */
function toNumber(raw: string): number | undefined {
  const text = raw.trim();
  if (text === "") return undefined;
  return /^[+-]?\d{1,6}$/.test(text) ? Number(text) : Number.NaN;
}

/** The form field a schema path belongs to: list items report on their list. */
function formFieldOf(path: string, rows: { index: number }[]): string {
  const [head = "", item, property] = path.split(".");
  if (item === undefined || !/^\d+$/.test(item)) return path;
  if (head === "languages" && property)
    return `languages.${rows[Number(item)]?.index ?? 0}.${property}`;
  return head;
}

function readFormValues(
  form: FormData,
  questions: readonly CustomQuestion[],
): ApplicationFormValues {
  const text = (name: string) => formText(form, name);
  const list = (name: string) => formTexts(form, name);
  const languages: { code: string; level: string }[] = [];
  for (let i = 0; i < MAX_LANGUAGES; i++) {
    if (i >= LANGUAGE_ROWS && !form.has(`languages.${i}.code`)) break;
    languages.push({ code: text(`languages.${i}.code`), level: text(`languages.${i}.level`) });
  }
  const answers: Record<string, string | string[]> = {};
  for (const question of questions) {
    const field = questionFieldName(question.id);
    answers[field] = question.kind === "multiple_choice" ? list(field) : text(field);
  }
  return {
    name: text("name"),
    email: text("email"),
    country: text("country"),
    city: text("city"),
    languages: languageRows(languages),
    timeZone: timeZoneFromForm(text("timeZone")),
    library: text("library"),
    sector: text("sector"),
    solo: form.has("solo"),
    jobTitle: text("jobTitle"),
    careerStage: text("careerStage"),
    experienceYears: text("experienceYears"),
    interests: list("interests"),
    otherInterests: text("otherInterests"),
    goals: text("goals"),
    matchBy: text("matchBy"),
    partnerSector: text("partnerSector"),
    meetingFormats: list("meetingFormats"),
    availability: list("availability"),
    role: text("role"),
    mentorCapacity: text("mentorCapacity"),
    consent: form.has("consent"),
    rulesAgreed: form.has("rulesAgreed"),
    answers,
  };
}
