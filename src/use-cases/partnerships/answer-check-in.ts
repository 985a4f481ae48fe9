/**
 * Saves a check-in answer, from the page its emailed link opens (a POST, never the link
 * itself). Answering again replaces the answer. "There's a problem" puts the partnership on
 * the facilitator's follow-up list at once.
 */
import {
  GOOD_MATCH_ANSWERS,
  isCheckInAnswer,
  type GoodMatchAnswer,
} from "../../domain/partnerships/check-in-schedule.ts";
import type { FieldErrors } from "../../domain/field-errors.ts";
import type { UseCaseDeps } from "../ports.ts";
import { fail, ok, type Result } from "../result.ts";
import { loadCheckIn } from "./find-check-in.ts";

export const MAX_CHECK_IN_NOTE = 2000;

export async function answerCheckIn(
  deps: Pick<UseCaseDeps, "uow" | "clock" | "links" | "ids">,
  token: string,
  input: { answer: string; goodMatch: string; note: string },
): Promise<Result<{ followUpOpened: boolean }>> {
  const note = input.note.trim();
  const errors: FieldErrors = {};
  if (!isCheckInAnswer(input.answer)) errors.answer = { key: "checkins:page.errors.answer" };
  if (input.goodMatch && !(GOOD_MATCH_ANSWERS as readonly string[]).includes(input.goodMatch))
    errors.goodMatch = { key: "errors.invalidChoice" };
  if (note.length > MAX_CHECK_IN_NOTE)
    errors.note = { key: "errors.tooLong", values: { max: MAX_CHECK_IN_NOTE } };
  if (Object.keys(errors).length > 0) return fail({ code: "invalid", fieldErrors: errors });
  return deps.uow.transaction(async (repositories) => {
    const found = await loadCheckIn(repositories, deps, token);
    if (!found.ok) return found;
    const { checkIn, asksGoodMatch, open, partnership } = found.value;
    if (!open) return fail({ code: "conflict", reason: "ended" });
    const now = deps.clock.now();
    const answer = input.answer as "in_touch" | "not_yet" | "problem";
    await repositories.checkIns.saveAnswer(checkIn.id, {
      answer,
      // Asked on the first check-in only; left as it was on the others.
      goodMatch: asksGoodMatch
        ? ((input.goodMatch || null) as GoodMatchAnswer | null)
        : checkIn.goodMatch,
      note,
      answeredAt: now,
    });
    const followUpOpened =
      answer === "problem" &&
      (await repositories.checkIns.openFollowUp({
        id: deps.ids.newId(),
        partnershipId: partnership.id,
        reason: "problem",
        openedAt: now,
      }));
    return ok({ followUpOpened });
  });
}
