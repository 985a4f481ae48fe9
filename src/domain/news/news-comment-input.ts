/** A member's comment (plain text, shown escaped) and a report of a comment, as typed. */
import { z } from "zod";
import { toFieldErrors, type FieldErrors } from "../field-errors.ts";

export const COMMENT_MAX = 2000;
export const REPORT_REASON_MAX = 500;

const commentSchema = z.object({ body: z.string().trim().min(1).max(COMMENT_MAX) });
const reportSchema = z.object({ reason: z.string().trim().max(REPORT_REASON_MAX) });

export function parseCommentInput(values: {
  body: string;
}): { ok: true; value: { body: string } } | { ok: false; fieldErrors: FieldErrors } {
  const parsed = commentSchema.safeParse(values);
  return parsed.success
    ? { ok: true, value: parsed.data }
    : { ok: false, fieldErrors: toFieldErrors(parsed.error) };
}

export function parseReportInput(values: {
  reason: string;
}): { ok: true; value: { reason: string } } | { ok: false; fieldErrors: FieldErrors } {
  const parsed = reportSchema.safeParse(values);
  return parsed.success
    ? { ok: true, value: parsed.data }
    : { ok: false, fieldErrors: toFieldErrors(parsed.error) };
}
