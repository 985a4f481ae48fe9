/** A news post as its author types it: a title and a Markdown body, checked on the way in. */
import { z } from "zod";
import { toFieldErrors, type FieldErrors } from "../field-errors.ts";
import { checkNewsMarkdown } from "./news-markdown.ts";

export const NEWS_TITLE_MAX = 150;
export const NEWS_BODY_MAX = 20_000;

export interface NewsPostValues {
  title: string;
  body: string;
}

const schema = z.object({
  title: z.string().trim().min(1).max(NEWS_TITLE_MAX),
  body: z.string().trim().min(1).max(NEWS_BODY_MAX),
});

/** Every problem beside its field at once; the body's Markdown is checked when its length is right. */
export function parseNewsPostInput(
  values: NewsPostValues,
): { ok: true; value: NewsPostValues } | { ok: false; fieldErrors: FieldErrors } {
  const parsed = schema.safeParse(values);
  const fieldErrors: FieldErrors = parsed.success ? {} : toFieldErrors(parsed.error);
  if (!fieldErrors.body) {
    const problem = checkNewsMarkdown(values.body);
    if (problem) fieldErrors.body = problem;
  }
  if (!parsed.success || Object.keys(fieldErrors).length > 0) return { ok: false, fieldErrors };
  return { ok: true, value: parsed.data };
}
