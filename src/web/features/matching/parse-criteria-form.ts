/** The criteria form's fields to MatchingCriteria; the use case checks the ranges. */
import type { MatchingCriteria } from "../../../domain/matching/matching-run-types.ts";
import { RULE_NAMES, WEIGHT_NAMES } from "../../../domain/matching/matching-criteria.ts";
import { formText } from "../../shared/form-data.ts";

/** A blank or non-numeric field reads as NaN, which the use case reports beside the field. */
function wholeNumber(form: FormData, name: string, fallback: number): number {
  const text = formText(form, name).trim();
  if (text === "") return form.has(name) ? Number.NaN : fallback;
  return /^-?\d+$/.test(text) ? Number(text) : Number.NaN;
}

export function parseCriteriaForm(form: FormData, base: MatchingCriteria): MatchingCriteria {
  const weights = { ...base.weights };
  for (const name of WEIGHT_NAMES)
    weights[name] = wholeNumber(form, `weight-${name}`, base.weights[name]);
  const rules = { ...base.rules };
  for (const name of RULE_NAMES) rules[name] = formText(form, `rule-${name}`) === "on";
  rules.mentorMinExtraYears = wholeNumber(
    form,
    "mentorMinExtraYears",
    base.rules.mentorMinExtraYears,
  );
  return {
    weights,
    rules,
    fairnessFirst: formText(form, "fairnessFirst") === "on",
    allowTriads: formText(form, "allowTriads") === "on",
  };
}

export function parseSeed(form: FormData): number {
  return wholeNumber(form, "seed", 1);
}
