import type { z } from "zod";
import { toFieldErrors, type FieldErrors } from "../field-errors.ts";

/**
 * toFieldErrors, keeping a feature's own messages ("spotlights:…", "profiles:…") rather than
 * replacing them with a generic one; the first problem of each field wins.
 */
export function ownFieldErrors(error: z.ZodError, namespace: string): FieldErrors {
  const errors = toFieldErrors(error);
  const seen = new Set<string>();
  for (const issue of error.issues) {
    const field = issue.path.join(".") || "form";
    if (seen.has(field)) continue;
    seen.add(field);
    if (issue.message.startsWith(`${namespace}:`)) errors[field] = { key: issue.message };
  }
  return errors;
}
