/**
 * A spotlight as its author types it (issue 15): a title, a Markdown text (the news post
 * checks: alt text on images, https images, http(s)/mailto links, no raw HTML), an optional
 * link, an optional image by address with its alt text, and the colleague, named by account
 * (from their profile) or by name and email. Every problem is reported beside its field.
 */
import { z } from "zod";
import type { FieldErrors } from "../field-errors.ts";
import { ownFieldErrors } from "./own-field-errors.ts";
import { optionalWebLink } from "../networks/web-link.ts";
import { checkNewsMarkdown } from "../news/news-markdown.ts";

export const SPOTLIGHT_TITLE_MAX = 150;
export const SPOTLIGHT_BODY_MAX = 5_000;
export const SPOTLIGHT_ALT_MAX = 300;
export const SUBJECT_NAME_MAX = 120;

export interface SpotlightFormValues {
  title: string;
  body: string;
  linkUrl: string;
  imageUrl: string;
  imageAlt: string;
  /** The colleague's account when named from their profile; "" when invited by email. */
  subjectUserId: string;
  subjectName: string;
  subjectEmail: string;
}

export const EMPTY_SPOTLIGHT_FORM: SpotlightFormValues = {
  title: "",
  body: "",
  linkUrl: "",
  imageUrl: "",
  imageAlt: "",
  subjectUserId: "",
  subjectName: "",
  subjectEmail: "",
};

export interface SpotlightInput {
  title: string;
  body: string;
  linkUrl: string;
  imageUrl: string;
  imageAlt: string;
  subject: { kind: "account"; userId: string } | { kind: "email"; name: string; email: string };
}

const base = z.object({
  title: z.string().trim().min(1).max(SPOTLIGHT_TITLE_MAX),
  body: z.string().trim().min(1).max(SPOTLIGHT_BODY_MAX),
  linkUrl: optionalWebLink("spotlights:errors.link"),
  imageUrl: optionalWebLink("spotlights:errors.imageUrl").refine(
    (url) => url === "" || url.startsWith("https://"),
    { message: "spotlights:errors.imageHttps" },
  ),
  imageAlt: z.string().trim().max(SPOTLIGHT_ALT_MAX),
});

const byEmail = z.object({
  subjectName: z.string().trim().min(1).max(SUBJECT_NAME_MAX),
  subjectEmail: z
    .string()
    .trim()
    .toLowerCase()
    .max(254)
    .email({ message: "spotlights:errors.email" }),
});

export function parseSpotlightInput(
  typed: SpotlightFormValues,
): { ok: true; value: SpotlightInput } | { ok: false; fieldErrors: FieldErrors } {
  // A null byte is never meant (PostgreSQL refuses it in text): dropped, not refused.
  const values = Object.fromEntries(
    Object.entries(typed).map(([k, v]: [string, string]) => [k, v.replaceAll("\0", "")]),
  ) as unknown as SpotlightFormValues;
  const parsed = base.safeParse(values);
  const fieldErrors: FieldErrors = parsed.success ? {} : ownFieldErrors(parsed.error, "spotlights");
  if (!fieldErrors.body) {
    const problem = checkNewsMarkdown(values.body);
    if (problem) fieldErrors.body = problem;
  }
  if (values.imageUrl.trim() && !values.imageAlt.trim() && !fieldErrors.imageAlt)
    fieldErrors.imageAlt = { key: "spotlights:errors.imageAlt" };
  const accountId = values.subjectUserId.trim();
  let subject: SpotlightInput["subject"] | undefined;
  if (accountId) subject = { kind: "account", userId: accountId };
  else {
    const named = byEmail.safeParse(values);
    if (named.success)
      subject = { kind: "email", name: named.data.subjectName, email: named.data.subjectEmail };
    else Object.assign(fieldErrors, ownFieldErrors(named.error, "spotlights"));
  }
  if (!parsed.success || !subject || Object.keys(fieldErrors).length > 0)
    return { ok: false, fieldErrors };
  const { title, body, linkUrl, imageUrl, imageAlt } = parsed.data;
  return {
    ok: true,
    value: { title, body, linkUrl, imageUrl, imageAlt: imageUrl ? imageAlt : "", subject },
  };
}
