/**
 * What a member says on their profile (issue 15): who may see it, a headline, a Markdown bio
 * (the news post checks), country and sector from the shared vocabulary, and whether they
 * are open to mentoring or looking for a mentor. Networks, programmes, spotlights and
 * opportunities are read from their own tables, never typed here.
 */
import { z } from "zod";
import type { FieldErrors } from "../field-errors.ts";
import { ownFieldErrors } from "../spotlights/own-field-errors.ts";
import { checkNewsMarkdown } from "../news/news-markdown.ts";
import { isCountryCode } from "../vocabulary/countries.ts";
import { SECTORS } from "../vocabulary/vocabulary.ts";
import { PROFILE_VISIBILITIES, type ProfileVisibility } from "./profile-visibility.ts";

export const HEADLINE_MAX = 150;
export const BIO_MAX = 5_000;

export interface ProfileFormValues {
  visibility: string;
  headline: string;
  bio: string;
  country: string;
  sector: string;
  openToMentoring: boolean;
  lookingForMentor: boolean;
}

export interface ProfileInput {
  visibility: ProfileVisibility;
  headline: string;
  bio: string;
  country: string;
  sector: string;
  openToMentoring: boolean;
  lookingForMentor: boolean;
}

const schema = z.object({
  visibility: z.enum(PROFILE_VISIBILITIES, { message: "profiles:errors.visibility" }),
  headline: z.string().trim().max(HEADLINE_MAX),
  bio: z.string().trim().max(BIO_MAX),
  country: z
    .string()
    .trim()
    .toUpperCase()
    .refine((c) => c === "" || isCountryCode(c), { message: "profiles:errors.country" }),
  sector: z
    .string()
    .trim()
    .refine((s) => s === "" || (SECTORS as readonly string[]).includes(s), {
      message: "profiles:errors.sector",
    }),
  openToMentoring: z.boolean(),
  lookingForMentor: z.boolean(),
});

export function parseProfileInput(
  typed: ProfileFormValues,
): { ok: true; value: ProfileInput } | { ok: false; fieldErrors: FieldErrors } {
  // A null byte is never meant (PostgreSQL refuses it in text): dropped, not refused.
  const values = Object.fromEntries(
    Object.entries(typed).map(([k, v]) => [k, typeof v === "string" ? v.replaceAll("\0", "") : v]),
  ) as unknown as ProfileFormValues;
  const parsed = schema.safeParse(values);
  const fieldErrors: FieldErrors = parsed.success ? {} : ownFieldErrors(parsed.error, "profiles");
  if (!fieldErrors.bio && values.bio.trim()) {
    const problem = checkNewsMarkdown(values.bio);
    if (problem) fieldErrors.bio = problem;
  }
  if (!parsed.success || Object.keys(fieldErrors).length > 0) return { ok: false, fieldErrors };
  return { ok: true, value: parsed.data };
}
