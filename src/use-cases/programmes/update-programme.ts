import { toFieldErrors } from "../../domain/field-errors.ts";
import { canFacilitate } from "../authorise.ts";
import { programmeInputSchema, type ProgrammeInput } from "./create-programme.ts";
import type { UseCaseDeps } from "../ports.ts";
import type { ProgrammeRecord } from "./programme-ports.ts";
import { fail, ok, type Actor, type Result } from "../result.ts";

/** A facilitator edits a programme's name, description, organisation and default language. */
export async function updateProgramme(
  deps: Pick<UseCaseDeps, "uow" | "clock" | "ids">,
  actor: Actor | null,
  input: { programmeId: string; programme: ProgrammeInput },
): Promise<Result<ProgrammeRecord>> {
  const parsed = programmeInputSchema.safeParse(input.programme);
  if (!parsed.success) return fail({ code: "invalid", fieldErrors: toFieldErrors(parsed.error) });
  return deps.uow.transaction(async (repositories) => {
    const existing = await repositories.programmes.findById(input.programmeId);
    if (!existing || !(await canFacilitate(repositories, actor, existing.id)))
      return fail({ code: "not_found" });
    const updated = { ...existing, ...parsed.data };
    await repositories.programmes.update(updated);
    await repositories.audit.record({
      id: deps.ids.newId(),
      actorUserId: actor?.userId ?? null,
      action: "programme.updated",
      subjectType: "programme",
      subjectId: existing.id,
      createdAt: deps.clock.now(),
    });
    return ok(updated);
  });
}
