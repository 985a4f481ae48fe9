/**
 * An opportunity as an organiser types it (issue 15): what kind of call it is, its title, a
 * Markdown description (checked as news is), who may be nominated, and the deadline as a
 * local date and time in a chosen zone. Every problem comes back beside its field, at once.
 */
import { z } from "zod";
import { toFieldErrors, type FieldErrors } from "../field-errors.ts";
import { checkNewsMarkdown } from "../news/news-markdown.ts";
import { isTimeZone, localDateTimeToInstant } from "../vocabulary/time-zones.ts";

export const OPPORTUNITY_KINDS = [
  "speaker",
  "panel",
  "committee",
  "board",
  "guest_post",
  "conference_buddy",
] as const;
export type OpportunityKind = (typeof OPPORTUNITY_KINDS)[number];

export const OPPORTUNITY_TITLE_MAX = 150;
export const OPPORTUNITY_DESCRIPTION_MAX = 10_000;
export const ELIGIBILITY_MAX = 1_000;

export function isOpportunityKind(value: string): value is OpportunityKind {
  return (OPPORTUNITY_KINDS as readonly string[]).includes(value);
}

/** The form's fields, as typed. */
export interface OpportunityFormValues {
  kind: string;
  title: string;
  description: string;
  eligibility: string;
  /** "2027-03-28T18:00", on the wall clock of `timeZone`. */
  deadlineLocal: string;
  timeZone: string;
}

/** A checked opportunity, ready to store. */
export interface OpportunityInput {
  kind: OpportunityKind;
  title: string;
  description: string;
  eligibility: string;
  deadline: Date;
}

const schema = z.object({
  kind: z.enum(OPPORTUNITY_KINDS, { message: "errors.invalidChoice" }),
  title: z.string().trim().min(1).max(OPPORTUNITY_TITLE_MAX),
  description: z.string().trim().max(OPPORTUNITY_DESCRIPTION_MAX),
  eligibility: z.string().trim().min(1).max(ELIGIBILITY_MAX),
  timeZone: z.string().refine(isTimeZone, { message: "errors.timeZone" }),
});

/**
 * Checks the form; `now` only to refuse a deadline already past (the domain has no clock of
 * its own: the use case passes it).
 */
export function parseOpportunityInput(
  values: OpportunityFormValues,
  now: Date,
): { ok: true; value: OpportunityInput } | { ok: false; fieldErrors: FieldErrors } {
  const parsed = schema.safeParse(values);
  const fieldErrors: FieldErrors = parsed.success ? {} : toFieldErrors(parsed.error);
  if (!fieldErrors.description) {
    const problem = checkNewsMarkdown(values.description);
    if (problem) fieldErrors.description = problem;
  }
  const deadline = isTimeZone(values.timeZone)
    ? localDateTimeToInstant(values.deadlineLocal.trim(), values.timeZone)
    : undefined;
  if (!deadline) fieldErrors.deadlineLocal = { key: "errors.invalidDate" };
  else if (deadline <= now)
    fieldErrors.deadlineLocal = { key: "opportunities:errors.deadlinePast" };
  if (!parsed.success || !deadline || Object.keys(fieldErrors).length > 0)
    return { ok: false, fieldErrors };
  const { kind, title, description, eligibility } = parsed.data;
  return { ok: true, value: { kind, title, description, eligibility, deadline } };
}

/** Whether nominations are still taken: the opportunity is open and its deadline is ahead. */
export function takesNominations(
  opportunity: { status: string; deadline: Date },
  now: Date,
): boolean {
  return opportunity.status === "open" && opportunity.deadline > now;
}
