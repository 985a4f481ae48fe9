import { roundTextsFor } from "../../domain/rounds/round-texts.ts";
import type { UseCaseDeps } from "../ports.ts";
import type { RoundRecord } from "./round-ports.ts";

/** The home page shows at most this many rounds taking applications. */
const PUBLIC_ROUNDS_SHOWN = 50;

/**
 * Rounds anyone may see on the home page, with their programme's slug and name; each theme in
 * the reader's language when it was written in it (else the programme's default).
 */
export async function listPublicRounds(
  deps: Pick<UseCaseDeps, "uow" | "clock">,
  locale: string,
): Promise<(RoundRecord & { programmeSlug: string; programmeName: string })[]> {
  const rounds = await deps.uow.read.rounds.listPublic(deps.clock.now(), PUBLIC_ROUNDS_SHOWN);
  const translations = await deps.uow.read.rounds.listTranslationsIn(
    rounds.map((r) => r.id),
    locale,
  );
  return rounds.map((round) => ({
    ...round,
    theme: roundTextsFor(
      round,
      translations.filter((t) => t.roundId === round.id),
      locale,
    ).theme,
  }));
}
