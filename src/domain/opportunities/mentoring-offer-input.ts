/**
 * A mentoring offer as the nominator types it after an outcome: a direct connection (the two
 * exchange addresses once the mentee accepts), or an open mentoring round to apply to; and a
 * message.
 */
import { z } from "zod";
import { toFieldErrors, type FieldErrors } from "../field-errors.ts";

export const MENTORING_MESSAGE_MAX = 2_000;

export const MENTORING_OFFER_STATUSES = ["offered", "accepted", "declined", "ended"] as const;
export type MentoringOfferStatus = (typeof MENTORING_OFFER_STATUSES)[number];

/** `way` is "direct" or "round"; `roundId` names the round when it is "round". */
export interface MentoringOfferFormValues {
  way: string;
  roundId: string;
  message: string;
}

export type MentoringOfferInput = { roundId: string | null; message: string };

const schema = z.object({
  way: z.enum(["direct", "round"], { message: "errors.invalidChoice" }),
  message: z.string().trim().min(1).max(MENTORING_MESSAGE_MAX),
});

/** `openRoundIds`: the rounds that may be suggested (mentor mode, taking applications). */
export function parseMentoringOfferInput(
  values: MentoringOfferFormValues,
  openRoundIds: readonly string[],
): { ok: true; value: MentoringOfferInput } | { ok: false; fieldErrors: FieldErrors } {
  const parsed = schema.safeParse(values);
  const fieldErrors: FieldErrors = parsed.success ? {} : toFieldErrors(parsed.error);
  const round = values.way === "round";
  if (round && !openRoundIds.includes(values.roundId))
    fieldErrors.roundId = { key: "errors.invalidChoice" };
  if (!parsed.success || Object.keys(fieldErrors).length > 0) return { ok: false, fieldErrors };
  return {
    ok: true,
    value: { roundId: round ? values.roundId : null, message: parsed.data.message },
  };
}
