/**
 * A facilitator publishes the programme's topic library as open data under CC BY 4.0 (having
 * confirmed what becomes public: every topic's titles and prompts in every language, nothing
 * about participants), or withdraws it. Decision 0020, point 8.
 */
import { canFacilitate } from "../authorise.ts";
import type { UseCaseDeps } from "../ports.ts";
import { fail, ok, type Actor, type Result } from "../result.ts";

export async function setTopicLibraryOpenData(
  deps: Pick<UseCaseDeps, "uow" | "clock" | "ids">,
  actor: Actor | null,
  input: { programmeId: string; open: boolean; confirmed: boolean },
): Promise<Result<{ open: boolean }>> {
  return deps.uow.transaction(async (repositories) => {
    const programme = await repositories.programmes.findById(input.programmeId);
    if (!programme || !(await canFacilitate(repositories, actor, programme.id)))
      return fail({ code: "not_found" });
    if (input.open && !input.confirmed)
      return fail({
        code: "invalid",
        fieldErrors: { confirm: { key: "topics:openData.confirmRequired" } },
      });
    if ((await repositories.openData.isTopicLibraryOpen(programme.id)) === input.open)
      return ok({ open: input.open });
    const now = deps.clock.now();
    await repositories.openData.setTopicLibraryOpen(programme.id, input.open);
    await repositories.audit.record({
      id: deps.ids.newId(),
      actorUserId: actor?.userId ?? null,
      action: input.open
        ? "programme.topics-open-data.published"
        : "programme.topics-open-data.withdrawn",
      subjectType: "programme",
      subjectId: programme.id,
      data: { licence: "CC-BY-4.0" },
      createdAt: now,
    });
    return ok({ open: input.open });
  });
}
