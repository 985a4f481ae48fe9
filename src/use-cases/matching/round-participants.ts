/**
 * A round's matching inputs as the adjust and run use cases need them: the accepted
 * applications, the engine's participants (earlier partners, locks, blocks), and a way to
 * score and explain any two of them with a run's criteria.
 */
import {
  explainPair,
  findHardRuleViolation,
  prepareScoring,
  resolveRoundConfig,
  type Participant,
  type RoundIndex,
} from "@shelfmates/matching";
import type { ApplicationRecord } from "../applications/application-ports.ts";
import type { ReadRepositories } from "../ports.ts";
import type { RoundRecord } from "../rounds/round-ports.ts";
import type { EditContext } from "../../domain/matching/edit-run-result.ts";
import { toRoundConfig } from "../../domain/matching/matching-criteria.ts";
import type { MatchingCriteria } from "../../domain/matching/matching-run-types.ts";
import type { PersonFacts } from "../../domain/matching/run-result.ts";
import { toParticipants } from "./to-participants.ts";

export interface RoundParticipants {
  applications: Map<string, ApplicationRecord>;
  participants: Participant[];
  people: Map<string, PersonFacts>;
}

export async function loadRoundParticipants(
  repositories: ReadRepositories,
  round: RoundRecord,
): Promise<RoundParticipants> {
  const accepted = await repositories.applications.listAll(round.id, { status: "accepted" });
  const participants = toParticipants(accepted, {
    roundStartsAt: round.startsAt,
    previousPartnerEmails: await repositories.partnerships.listPartnerEmailPairs(
      round.programmeId,
      round.startsAt,
    ),
    constraints: await repositories.matchingRuns.listConstraints(round.id),
  });
  return {
    applications: new Map(accepted.map((a) => [a.id, a])),
    participants,
    people: new Map(accepted.map((a) => [a.id, { country: a.country, sector: a.sector }])),
  };
}

/** Scoring with the run's criteria, built on first use (a round index costs a few ms per 1,000). */
export function editContextFor(
  loaded: RoundParticipants,
  criteria: MatchingCriteria,
  round: RoundRecord,
): EditContext & { index(): RoundIndex } {
  let index: RoundIndex | undefined;
  const getIndex = () =>
    (index ??= prepareScoring(
      loaded.participants,
      resolveRoundConfig(toRoundConfig(criteria, round)).scoring,
    ));
  return {
    index: getIndex,
    people: loaded.people,
    roleOf: (id) => loaded.applications.get(id)?.role ?? "peer",
    explain(a, b) {
      const idx = getIndex();
      const ia = idx.indexById.get(a);
      const ib = idx.indexById.get(b);
      if (ia === undefined || ib === undefined) throw new RangeError("not in the round");
      const explanation = explainPair(idx, ia, ib);
      return {
        link: { ids: [a, b], score: explanation.score, explanation },
        violation: findHardRuleViolation(idx, ia, ib),
      };
    },
  };
}
