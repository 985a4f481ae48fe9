/**
 * The colleague's emailed link (/spotlights/answer/<secret>): it works without signing in and
 * stays the colleague's key (they may withdraw later from it). Opening it (GET) only shows
 * the spotlight and the answers open: mail scanners open links. Its buttons (POST) answer.
 * Only the secret's hash is stored; an unknown secret is not_found.
 */
import { answersOpenTo, type SpotlightAnswer } from "../../domain/spotlights/spotlight-status.ts";
import type { ReadRepositories, UseCaseDeps } from "../ports.ts";
import { fail, ok, type Result } from "../result.ts";
import { applyAnswer } from "./answer-spotlight.ts";
import type { ShownSpotlight } from "./spotlight-ports.ts";

export interface SpotlightLinkPage {
  spotlight: ShownSpotlight;
  answers: SpotlightAnswer[];
}

export async function findSpotlightByAnswerLink(
  deps: Pick<UseCaseDeps, "uow" | "ids">,
  input: { token: string },
): Promise<Result<SpotlightLinkPage>> {
  const spotlight = await deps.uow.read.spotlights.findByAnswerToken(
    deps.ids.hashSecret(input.token),
  );
  if (!spotlight) return fail({ code: "not_found" });
  return ok({ spotlight, answers: answersOpenTo(spotlight.status) });
}

export async function answerSpotlightByLink(
  deps: UseCaseDeps,
  input: { token: string; answer: SpotlightAnswer },
): Promise<Result<SpotlightLinkPage>> {
  return deps.uow.transaction(async (repositories) => {
    const spotlight = await repositories.spotlights.findByAnswerToken(
      deps.ids.hashSecret(input.token),
    );
    if (!spotlight) return fail({ code: "not_found" });
    const account = await verifiedAccountAt(repositories, spotlight);
    const answered = await applyAnswer(repositories, deps, spotlight, input.answer, account);
    if (!answered.ok) return answered;
    const after = await repositories.spotlights.findById(spotlight.id);
    return after
      ? ok({ spotlight: after, answers: answersOpenTo(after.status) })
      : fail({ code: "not_found" });
  });
}

/** The verified account of the invited address, if there is one now. */
async function verifiedAccountAt(
  repositories: Pick<ReadRepositories, "users">,
  spotlight: ShownSpotlight,
): Promise<string | null> {
  if (spotlight.subjectUserId || !spotlight.subjectEmail) return spotlight.subjectUserId;
  const account = await repositories.users.findByEmail(spotlight.subjectEmail);
  return account?.emailVerified ? account.id : null;
}
