/** A petition signature as a signer types it; no account is needed. */
import { z } from "zod";
import type { FieldErrors } from "../field-errors.ts";
import { isCountryCode } from "../vocabulary/countries.ts";
import { networkFieldErrors } from "./network-field-errors.ts";

export const SIGNER_NAME_MAX = 120;
export const COMMENT_MAX = 1000;

export interface SignatureFormValues {
  name: string;
  email: string;
  country: string;
  comment: string;
  /** "on" when the signer lets the page show the comment. */
  commentPublic: string;
}

export interface SignatureInput {
  name: string;
  /** Lower-cased: one signature per address and campaign. */
  email: string;
  country: string;
  comment: string;
  commentPublic: boolean;
}

export const EMPTY_SIGNATURE_FORM: SignatureFormValues = {
  name: "",
  email: "",
  country: "",
  comment: "",
  commentPublic: "",
};

const schema = z.object({
  name: z.string().trim().min(1).max(SIGNER_NAME_MAX),
  email: z.string().trim().toLowerCase().max(254).email({ message: "errors.email" }),
  country: z.string().trim().toUpperCase().refine(isCountryCode, { message: "errors.country" }),
  comment: z.string().trim().max(COMMENT_MAX),
  commentPublic: z.string().transform((v) => v === "on" || v === "true"),
});

export function parseSignatureInput(
  values: SignatureFormValues,
): { ok: true; value: SignatureInput } | { ok: false; fieldErrors: FieldErrors } {
  const parsed = schema.safeParse(values);
  if (!parsed.success) return { ok: false, fieldErrors: networkFieldErrors(parsed.error) };
  // A comment left empty has nothing to show.
  return {
    ok: true,
    value: {
      ...parsed.data,
      commentPublic: parsed.data.commentPublic && parsed.data.comment !== "",
    },
  };
}
