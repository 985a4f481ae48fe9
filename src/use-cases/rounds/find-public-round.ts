import {
  localiseQuestion,
  roundHasRules,
  roundTextsFor,
  type LocalisedQuestion,
  type RoundTexts,
} from "../../domain/rounds/round-texts.ts";
import type { UseCaseDeps } from "../ports.ts";
import type { ProgrammeRecord } from "../programmes/programme-ports.ts";
import type { RoundRecord } from "./round-ports.ts";
import { fail, ok, type Result } from "../result.ts";

export interface PublicRound {
  programme: ProgrammeRecord;
  round: RoundRecord;
  /** In the reader's language where the facilitators wrote it, else the programme's default. */
  questions: LocalisedQuestion[];
  /** The theme and rules the reader gets, chosen the same way. */
  texts: RoundTexts;
  /** Whether the round has rules in any language: the form then asks applicants to agree. */
  hasRules: boolean;
  /** A finished round whose facilitators published its public summary (issue 13). */
  publicSummary: boolean;
}

/**
 * A round as the public sees it, in the reader's language; drafts are not found, so
 * unpublished rounds stay unknown. The round page does without the questions.
 */
export async function findPublicRound(
  deps: Pick<UseCaseDeps, "uow">,
  slugs: { programmeSlug: string; roundSlug: string },
  options: { withQuestions?: boolean; locale: string },
): Promise<Result<PublicRound>> {
  const repositories = deps.uow.read;
  // The round, its programme, texts and questions in one statement (the busiest public pages).
  const found = await repositories.rounds.findWithTextsBySlugs(
    slugs.programmeSlug,
    slugs.roundSlug,
    options.withQuestions !== false,
  );
  if (!found || found.round.status === "draft") return fail({ code: "not_found" });
  const { round, programme, translations, questions } = found;
  const publicSummary =
    round.status === "finished"
      ? await repositories.reports.findPublicSummary(round.id)
      : undefined;
  return ok({
    programme,
    round,
    questions: questions.map((q) => localiseQuestion(q, options.locale)),
    texts: roundTextsFor(round, translations, options.locale),
    hasRules: roundHasRules(round, translations),
    publicSummary: publicSummary !== undefined,
  });
}
