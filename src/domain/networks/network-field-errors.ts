import type { z } from "zod";
import { toFieldErrors, type FieldErrors } from "../field-errors.ts";

/**
 * toFieldErrors, keeping this feature's own messages ("networks:…"), which it would
 * otherwise read as a generic "not valid".
 */
export function networkFieldErrors(error: z.ZodError): FieldErrors {
  const errors = toFieldErrors(error);
  for (const issue of error.issues) {
    const field = issue.path.join(".") || "form";
    if (issue.message.startsWith("networks:") && errors[field]?.key === "errors.invalid")
      errors[field] = { key: issue.message };
  }
  return errors;
}
