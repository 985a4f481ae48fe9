import type { z } from "zod";

/**
 * Validation errors keyed by form field, each an i18n key (with optional values), so the
 * web layer can show a translated message beside the field.
 */
export interface FieldError {
  key: string;
  values?: Record<string, string | number>;
}
export type FieldErrors = Record<string, FieldError>;

/** Maps zod issues to the first error per field; messages set in schemas are i18n keys. */
export function toFieldErrors(error: z.ZodError): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of error.issues) {
    const field = issue.path.join(".") || "form";
    if (errors[field]) continue;
    errors[field] = fieldErrorFromIssue(issue);
  }
  return errors;
}

function fieldErrorFromIssue(issue: z.core.$ZodIssue): FieldError {
  if (issue.message.startsWith("errors.")) {
    const params = (issue as { params?: Record<string, string | number> }).params;
    return params ? { key: issue.message, values: params } : { key: issue.message };
  }
  switch (issue.code) {
    case "too_big":
      return { key: "errors.tooLong", values: { max: Number(issue.maximum) } };
    case "too_small":
      return Number(issue.minimum) <= 1
        ? { key: "errors.required" }
        : { key: "errors.tooShort", values: { min: Number(issue.minimum) } };
    case "invalid_type":
      return { key: "errors.required" };
    default:
      return { key: "errors.invalid" };
  }
}
