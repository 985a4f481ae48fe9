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
  questions: { label: string; kind: string; required: boolean; options: string }[];
}

/** Reads the round form: typed values (to show again) and the input for saveRound. */
export function parseRoundForm(form: FormData): {
  values: RoundFormValues;
  round: unknown;
  questions: unknown[];
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
  const questions = labels.map((label, i) => ({
    label,
    kind: kinds[i] ?? "short_text",
    required: requiredRows.has(String(i)),
    options: options[i] ?? "",
  }));
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
    }));
  return { values, round, questions: kept };
}
