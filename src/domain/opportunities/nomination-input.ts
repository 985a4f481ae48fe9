/**
 * A nomination as a member types it: a colleague's name and address, or themselves, and a
 * note saying why. The address is compared lower-cased (one nomination per address and
 * opportunity).
 */
import { z } from "zod";
import { toFieldErrors, type FieldErrors } from "../field-errors.ts";

export const NOMINEE_NAME_MAX = 200;
export const NOMINATION_NOTE_MAX = 2_000;

/** The form's fields, as typed; `self` is "1" when the member nominates themselves. */
export interface NominationFormValues {
  self: string;
  nomineeName: string;
  nomineeEmail: string;
  note: string;
}

export type NominationInput =
  | { self: true; note: string }
  | { self: false; nomineeName: string; nomineeEmail: string; note: string };

const note = z.string().trim().min(1).max(NOMINATION_NOTE_MAX);
const colleague = z.object({
  nomineeName: z.string().trim().min(1).max(NOMINEE_NAME_MAX),
  nomineeEmail: z.string().trim().toLowerCase().max(254).email({ message: "errors.email" }),
  note,
});

export function parseNominationInput(
  values: NominationFormValues,
): { ok: true; value: NominationInput } | { ok: false; fieldErrors: FieldErrors } {
  if (values.self === "1") {
    const parsed = z.object({ note }).safeParse(values);
    return parsed.success
      ? { ok: true, value: { self: true, note: parsed.data.note } }
      : { ok: false, fieldErrors: toFieldErrors(parsed.error) };
  }
  const parsed = colleague.safeParse(values);
  return parsed.success
    ? { ok: true, value: { self: false, ...parsed.data } }
    : { ok: false, fieldErrors: toFieldErrors(parsed.error) };
}
