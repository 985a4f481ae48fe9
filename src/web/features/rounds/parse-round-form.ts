import { ROUND_TEXT_LOCALES } from "../../../domain/rounds/round-texts.ts";
import { isTimeZone, localDateTimeToInstant } from "../../../domain/vocabulary/time-zones.ts";
import { formText, formTexts } from "../../shared/form-data.ts";

export const ROUND_DATE_FIELDS = [
  "applicationsOpenAt",
  "applicationsCloseAt",
  "matchingAt",
  "startsAt",
  "endsAt",
] as const;

/** Empty question rows offered by the form without JavaScript. */
export const EMPTY_QUESTION_ROWS = 3;

export interface RoundFormValues {
  name: string;
  theme: string;
  mode: string;
  timeZone: string;
  dates: Record<(typeof ROUND_DATE_FIELDS)[number], string>;
  rulesMarkdown: string;
  countryCapPercent: string;
  allowTriads: boolean;
  groupSize: string;
  /** The theme and rules in the programme's other languages, by locale. */
  translations: Record<string, { theme: string; rulesMarkdown: string }>;
  questions: QuestionFormValues[];
}

export interface QuestionFormValues {
  label: string;
  kind: string;
  required: boolean;
  options: string;
  /** Label and options (one per line) by locale. */
  translations: Record<string, { label: string; options: string }>;
}

/** The field name of a round text in another language (the name its errors carry). */
export function translationFieldName(locale: string, field: "theme" | "rulesMarkdown") {
  return `translations.${locale}.${field}`;
}

/** Reads the round form: typed values (to show again) and the input for saveRound. */
export function parseRoundForm(form: FormData): {
  values: RoundFormValues;
  round: unknown;
  questions: unknown[];
  translations: Record<string, { theme: string; rulesMarkdown: string }>;
} {
  const text = (name: string) => formText(form, name);
  const timeZoneRaw = text("timeZone");
  const timeZone = isTimeZone(timeZoneRaw) ? timeZoneRaw : "UTC";
  const dates = Object.fromEntries(
    ROUND_DATE_FIELDS.map((f) => [f, text(f)]),
  ) as RoundFormValues["dates"];
  const labels = formTexts(form, "questionLabel");
  const kinds = formTexts(form, "questionKind");
  const options = formTexts(form, "questionOptions");
  const requiredRows = new Set(formTexts(form, "questionRequired"));
  // Each question row repeats its translated label and options per language, in row order.
  const translatedLabels = Object.fromEntries(
    ROUND_TEXT_LOCALES.map((l) => [l, formTexts(form, `questionLabel.${l}`)]),
  );
  const translatedOptions = Object.fromEntries(
    ROUND_TEXT_LOCALES.map((l) => [l, formTexts(form, `questionOptions.${l}`)]),
  );
  const questions: QuestionFormValues[] = labels.map((label, i) => ({
    label,
    kind: kinds[i] ?? "short_text",
    required: requiredRows.has(String(i)),
    options: options[i] ?? "",
    translations: Object.fromEntries(
      ROUND_TEXT_LOCALES.filter((l) => form.has(`questionLabel.${l}`)).map((l) => [
        l,
        { label: translatedLabels[l]?.[i] ?? "", options: translatedOptions[l]?.[i] ?? "" },
      ]),
    ),
  }));
  const translations = Object.fromEntries(
    ROUND_TEXT_LOCALES.filter((l) => form.has(translationFieldName(l, "theme"))).map((l) => [
      l,
      {
        theme: text(translationFieldName(l, "theme")),
        rulesMarkdown: text(translationFieldName(l, "rulesMarkdown")),
      },
    ]),
  );
  const values: RoundFormValues = {
    name: text("name"),
    theme: text("theme"),
    mode: text("mode"),
    timeZone,
    dates,
    rulesMarkdown: text("rulesMarkdown"),
    countryCapPercent: text("countryCapPercent"),
    allowTriads: form.get("allowTriads") === "on",
    groupSize: text("groupSize"),
    translations,
    questions,
  };
  const capText = values.countryCapPercent.trim();
  const groupText = values.groupSize.trim();
  const round = {
    name: values.name,
    theme: values.theme,
    mode: values.mode,
    ...Object.fromEntries(
      ROUND_DATE_FIELDS.map((f) => [f, localDateTimeToInstant(dates[f], timeZone)]),
    ),
    rulesMarkdown: values.rulesMarkdown,
    countryCapPercent: capText === "" ? null : Number(capText),
    allowTriads: values.allowTriads,
    groupSize: values.mode === "group" ? (groupText === "" ? null : Number(groupText)) : null,
  };
  // A question row whose label is empty is removed (that is how a facilitator deletes one).
  const kept = questions
    .filter((q) => q.label.trim() !== "")
    .map((q) => ({
      label: q.label,
      kind: q.kind,
      required: q.required,
      options: q.options
        .split("\n")
        .map((o) => o.trim())
        .filter(Boolean),
      translations: q.translations,
    }));
  return { values, round, questions: kept, translations };
}
