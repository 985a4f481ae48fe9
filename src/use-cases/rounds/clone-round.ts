import { canFacilitate } from "../authorise.ts";
import type { UseCaseDeps } from "../ports.ts";
import type { RoundRecord } from "./round-ports.ts";
import { fail, ok, type Actor, type Result } from "../result.ts";
import { uniqueSlug } from "../../domain/slug.ts";
import { copyRoundSurveys } from "../surveys/copy-round-surveys.ts";

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Clones a round into the next one: same settings, rules and questions (with their
 * translations), as a draft, with
 * every date moved to just after the original round ends (same durations between dates).
 */
export async function cloneRound(
  deps: Pick<UseCaseDeps, "uow" | "clock" | "ids">,
  actor: Actor | null,
  input: { roundId: string; name: string },
): Promise<Result<RoundRecord>> {
  return deps.uow.transaction(async (repositories) => {
    const source = await repositories.rounds.findById(input.roundId);
    if (!source) return fail({ code: "not_found" });
    if (!(await canFacilitate(repositories, actor, source.programmeId)))
      // Decision 0003: another programme\'s things look like things that do not exist.
      return fail({ code: "not_found" });
    const now = deps.clock.now();
    const name = input.name.trim().slice(0, 120) || `${source.name} (copy)`;
    const shift =
      Math.max(source.endsAt.getTime(), now.getTime()) +
      DAY_MS -
      source.applicationsOpenAt.getTime();
    const moved = (date: Date) => new Date(date.getTime() + shift);
    const round: RoundRecord = {
      ...source,
      id: deps.ids.newId(),
      name,
      slug: await uniqueSlug(name, (slug) =>
        repositories.rounds.slugExists(source.programmeId, slug),
      ),
      status: "draft",
      applicationsOpenAt: moved(source.applicationsOpenAt),
      applicationsCloseAt: moved(source.applicationsCloseAt),
      matchingAt: moved(source.matchingAt),
      startsAt: moved(source.startsAt),
      endsAt: moved(source.endsAt),
      clonedFromRoundId: source.id,
      createdAt: now,
      updatedAt: now,
    };
    await repositories.rounds.insert(round);
    const questions = await repositories.rounds.listQuestions(source.id);
    await repositories.rounds.replaceQuestions(
      round.id,
      questions.map((q) => ({ ...q, id: deps.ids.newId(), roundId: round.id })),
    );
    await repositories.rounds.replaceTranslations(
      round.id,
      await repositories.rounds.listTranslations(source.id),
    );
    await copyRoundSurveys(repositories, deps, source.id, round, now);
    await repositories.audit.record({
      id: deps.ids.newId(),
      actorUserId: actor?.userId ?? null,
      action: "round.cloned",
      subjectType: "round",
      subjectId: round.id,
      data: { from: source.id },
      createdAt: now,
    });
    return ok(round);
  });
}
