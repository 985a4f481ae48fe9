import type { z } from "zod";
import { toFieldErrors, type FieldErrors } from "../field-errors.ts";

/**
 * toFieldErrors by form field: a problem with one item of a list (the third language) shows
 * beside the list's field, and this feature's own messages ("networks:…") are kept rather
 * than replaced with a generic one ("not valid", "required").
 */
export function networkFieldErrors(error: z.ZodError): FieldErrors {
  const generic = toFieldErrors(error);
  const errors: FieldErrors = {};
  for (const issue of error.issues) {
    const path = issue.path.join(".") || "form";
    const field = String(issue.path[0] ?? "form");
    if (errors[field]) continue;
    errors[field] = issue.message.startsWith("networks:") ? { key: issue.message } : generic[path]!;
  }
  return errors;
}
