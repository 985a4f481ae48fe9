/**
 * Who can become a freed person's new partner: everyone of the round with no current
 * partnership (accepted but unmatched, waitlisted, or freed by a dissolved partnership),
 * scored and explained with the published run's criteria. Pairs a hard rule removes (the
 * same country when the criteria say so, no shared language, a block…) are left out, and
 * so is anyone who was ever this person's partner, in this round or an earlier one,
 * whatever the criteria say.
 */
import {
  explainPair,
  prepareScoring,
  resolveRoundConfig,
  scorePair,
  type PairExplanation,
} from "@shelfmates/matching";
import { defaultCriteria, toRoundConfig } from "../../domain/matching/matching-criteria.ts";
import type { ApplicationRecord } from "../applications/application-ports.ts";
import { toParticipants } from "../matching/to-participants.ts";
import type { ReadRepositories } from "../ports.ts";
import type { RoundRecord } from "../rounds/round-ports.ts";

export const PROPOSALS = 10;

export interface RematchCandidate {
  person: ApplicationRecord;
  score: number;
  explanation: PairExplanation;
  /** Freed from a dissolved partnership of the round (else never matched in it). */
  leftAt: Date | null;
}

/** undefined: the person is not free in this round (unknown, or has a partner). */
export async function loadRematchCandidates(
  repositories: ReadRepositories,
  round: RoundRecord,
  applicationId: string,
  limit = PROPOSALS,
): Promise<{ person: ApplicationRecord; candidates: RematchCandidate[] } | undefined> {
  const free = await repositories.checkIns.listFreeParticipants(round.id);
  if (!free.some((f) => f.applicationId === applicationId)) return undefined;
  const leftAt = new Map(free.map((f) => [f.applicationId, f.leftAt]));
  const applications = await repositories.applications.findByIds(free.map((f) => f.applicationId));
  const person = applications.find((a) => a.id === applicationId);
  if (!person) return undefined;

  const publication = await repositories.partnerships.findPublication(round.id);
  const run = publication && (await repositories.matchingRuns.findById(publication.runId));
  const criteria = run?.criteria ?? defaultCriteria(round);
  const earlierRounds = await repositories.partnerships.listPartnerEmailPairs(
    round.programmeId,
    round.startsAt,
  );
  const formerIds = new Set(await repositories.checkIns.listPartnersInRound(person.id));
  const email = person.email.toLowerCase();
  const formerEmails = new Set(
    earlierRounds.flatMap(([a, b]) =>
      a.toLowerCase() === email
        ? [b.toLowerCase()]
        : b.toLowerCase() === email
          ? [a.toLowerCase()]
          : [],
    ),
  );
  const pool = applications.filter(
    (a) => a.id === person.id || (!formerIds.has(a.id) && !formerEmails.has(a.email.toLowerCase())),
  );
  // Waitlisted people take part here as if accepted (a re-match accepts them).
  const participants = toParticipants(
    pool.map((a) => ({ ...a, status: "accepted" as const })),
    {
      roundStartsAt: round.startsAt,
      previousPartnerEmails: earlierRounds,
      constraints: await repositories.matchingRuns.listConstraints(round.id),
    },
  );
  const index = prepareScoring(
    participants,
    resolveRoundConfig(toRoundConfig(criteria, round)).scoring,
  );
  const self = index.indexById.get(person.id)!;
  const scored: { other: number; score: number }[] = [];
  for (let other = 0; other < index.count; other++) {
    if (other === self) continue;
    const score = scorePair(index, self, other);
    if (score >= 0) scored.push({ other, score });
  }
  scored.sort((x, y) => y.score - x.score || x.other - y.other);
  const byId = new Map(pool.map((a) => [a.id, a]));
  return {
    person,
    candidates: scored.slice(0, limit).map(({ other, score }) => {
      const id = index.participants[other]!.id;
      return {
        person: byId.get(id)!,
        score,
        explanation: explainPair(index, self, other),
        leftAt: leftAt.get(id) ?? null,
      };
    }),
  };
}
