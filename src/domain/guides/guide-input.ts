/**
 * What a facilitator and the writers type: a guide's title and summary, a chapter's title,
 * and a chapter's text (Markdown, passing the news posts' checks: alt text on images, https
 * images, http(s)/mailto links, no raw HTML).
 */
import { z } from "zod";
import { toFieldErrors, type FieldErrors } from "../field-errors.ts";
import { checkNewsMarkdown } from "../news/news-markdown.ts";

export const GUIDE_TITLE_MAX = 150;
export const GUIDE_SUMMARY_MAX = 2_000;
export const CHAPTER_TITLE_MAX = 150;
export const CHAPTER_BODY_MAX = 60_000;

type Parsed<T> = { ok: true; value: T } | { ok: false; fieldErrors: FieldErrors };

export interface GuideValues {
  title: string;
  summary: string;
}

const guideSchema = z.object({
  title: z.string().trim().min(1).max(GUIDE_TITLE_MAX),
  summary: z.string().trim().max(GUIDE_SUMMARY_MAX),
});

export function parseGuideInput(values: GuideValues): Parsed<GuideValues> {
  const parsed = guideSchema.safeParse(values);
  const fieldErrors: FieldErrors = parsed.success ? {} : toFieldErrors(parsed.error);
  if (!fieldErrors.summary) {
    const problem = checkNewsMarkdown(values.summary);
    if (problem) fieldErrors.summary = problem;
  }
  if (!parsed.success || Object.keys(fieldErrors).length > 0) return { ok: false, fieldErrors };
  return { ok: true, value: parsed.data };
}

const chapterTitleSchema = z.object({ title: z.string().trim().min(1).max(CHAPTER_TITLE_MAX) });

export function parseChapterTitle(values: { title: string }): Parsed<{ title: string }> {
  const parsed = chapterTitleSchema.safeParse(values);
  return parsed.success
    ? { ok: true, value: parsed.data }
    : { ok: false, fieldErrors: toFieldErrors(parsed.error) };
}

export interface ChapterValues {
  title: string;
  body: string;
}

const chapterSchema = z.object({
  title: z.string().trim().min(1).max(CHAPTER_TITLE_MAX),
  // Kept exactly as typed (no trim): a restore must bring back the exact text.
  body: z.string().max(CHAPTER_BODY_MAX),
});

/** A chapter as saved: every problem beside its field; the Markdown checked when its length is right. */
export function parseChapterInput(values: ChapterValues): Parsed<ChapterValues> {
  const parsed = chapterSchema.safeParse(values);
  const fieldErrors: FieldErrors = parsed.success ? {} : toFieldErrors(parsed.error);
  if (!fieldErrors.body) {
    const problem = checkNewsMarkdown(values.body);
    if (problem) fieldErrors.body = problem;
  }
  if (!parsed.success || Object.keys(fieldErrors).length > 0) return { ok: false, fieldErrors };
  return { ok: true, value: { title: parsed.data.title, body: normaliseLineEnds(values.body) } };
}

/** Browsers send a textarea's lines with \r\n; stored and compared with \n. */
export function normaliseLineEnds(text: string): string {
  return text.replace(/\r\n?/g, "\n");
}
