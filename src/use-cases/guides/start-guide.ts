/** A facilitator starts the round's guide (one per round): its title, summary and language. */
import { parseGuideInput, type GuideValues } from "../../domain/guides/guide-input.ts";
import { OPEN_LICENCE } from "../../domain/guides/guide-licence.ts";
import { uniqueSlug } from "../../domain/slug.ts";
import { canFacilitate } from "../authorise.ts";
import type { UseCaseDeps } from "../ports.ts";
import { fail, ok, type Actor, type Result } from "../result.ts";

export async function startGuide(
  deps: Pick<UseCaseDeps, "uow" | "clock" | "ids">,
  actor: Actor,
  input: { roundId: string; values: GuideValues },
): Promise<Result<{ slug: string }>> {
  const round = await deps.uow.read.rounds.findById(input.roundId);
  if (!round || !(await canFacilitate(deps.uow.read, actor, round.programmeId)))
    return fail({ code: "not_found" });
  const parsed = parseGuideInput(input.values);
  if (!parsed.ok) return fail({ code: "invalid", fieldErrors: parsed.fieldErrors });
  const programme = await deps.uow.read.programmes.findById(round.programmeId);
  const now = deps.clock.now();
  return deps.uow.transaction(async (repositories) => {
    if (await repositories.guides.findByRound(round.id))
      return fail({ code: "conflict", reason: "guide_exists" });
    const slug = await uniqueSlug(parsed.value.title, (s) => repositories.guides.slugExists(s));
    const id = deps.ids.newId();
    await repositories.guides.insert({
      id,
      roundId: round.id,
      slug,
      title: parsed.value.title,
      summary: parsed.value.summary,
      language: programme?.defaultLanguage ?? "en",
      status: "writing",
      licence: OPEN_LICENCE.id,
      publishedAt: null,
      publishedBy: null,
      createdAt: now,
      updatedAt: now,
    });
    await repositories.audit.record({
      id: deps.ids.newId(),
      actorUserId: actor.userId,
      action: "guide.started",
      subjectType: "guide",
      subjectId: id,
      data: { roundId: round.id },
      createdAt: now,
    });
    return ok({ slug });
  });
}
