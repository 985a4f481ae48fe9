/**
 * For one person of a run, the five best partners other than their current ones, scored
 * and explained with the run's criteria (pairs a hard rule removes are left out), each
 * with the group they are in now, so the facilitator sees what a change would cost.
 */
import { explainPair, scorePair, type PairExplanation } from "@shelfmates/matching";
import type { ApplicationRecord } from "../applications/application-ports.ts";
import type { UseCaseDeps } from "../ports.ts";
import { fail, ok, type Actor, type Result } from "../result.ts";
import { findGroupOf } from "../../domain/matching/edit-run-result.ts";
import { findFacilitatedRun, isStillMatching } from "./find-facilitated-run.ts";
import type { MatchingRunRecord, RunGroup } from "../../domain/matching/matching-run-types.ts";
import { editContextFor, loadRoundParticipants } from "./round-participants.ts";

export const ALTERNATIVES = 5;

export interface AlternativePartner {
  person: ApplicationRecord;
  score: number;
  explanation: PairExplanation;
  currentGroup: RunGroup | undefined;
}

export async function findAlternativePartners(
  deps: Pick<UseCaseDeps, "uow">,
  actor: Actor | null,
  input: { roundId: string; runId: string; applicationId: string },
): Promise<
  Result<{
    run: MatchingRunRecord;
    /** The round is closed and not published, so the result may still change. */
    editable: boolean;
    person: ApplicationRecord;
    people: Map<string, ApplicationRecord>;
    currentGroup: RunGroup | undefined;
    alternatives: AlternativePartner[];
  }>
> {
  const repositories = deps.uow.read;
  const found = await findFacilitatedRun(repositories, actor, input.roundId, input.runId);
  if (!found?.run.result) return fail({ code: "not_found" });
  const { round, run } = found;
  const result = found.run.result;
  const loaded = await loadRoundParticipants(repositories, round);
  const person = loaded.applications.get(input.applicationId);
  if (!person) return fail({ code: "not_found" });
  const index = editContextFor(loaded, run.criteria, round).index();
  const self = index.indexById.get(person.id)!;
  const currentGroup = findGroupOf(result, person.id);
  const current = new Set(currentGroup?.memberIds ?? [person.id]);
  // Keep the best few in a small sorted list: one pass over the round, no full sort.
  const best: { other: number; score: number }[] = [];
  for (let other = 0; other < index.count; other++) {
    if (current.has(index.participants[other]!.id)) continue;
    const score = scorePair(index, self, other);
    if (score < 0 || (best.length === ALTERNATIVES && score <= best[ALTERNATIVES - 1]!.score))
      continue;
    best.push({ other, score });
    best.sort((x, y) => y.score - x.score);
    if (best.length > ALTERNATIVES) best.pop();
  }
  return ok({
    run,
    editable: run.status === "done" && (await isStillMatching(repositories, round)),
    person,
    people: loaded.applications,
    currentGroup,
    alternatives: best.map(({ other, score }) => {
      const id = index.participants[other]!.id;
      return {
        person: loaded.applications.get(id)!,
        score,
        explanation: explainPair(index, self, other),
        currentGroup: findGroupOf(result, id),
      };
    }),
  });
}
