import { canCreateProgrammes } from "../authorise.ts";
import type { Page } from "../page.ts";
import type { UseCaseDeps } from "../ports.ts";
import type { ProgrammeRecord } from "./programme-ports.ts";
import type { Actor } from "../result.ts";

/** Programmes the actor facilitates (administrators: all), and whether they may create more. */
export async function listProgrammesForFacilitator(
  deps: Pick<UseCaseDeps, "uow">,
  actor: Actor,
  page: { offset: number; limit: number },
): Promise<{ programmes: Page<ProgrammeRecord>; canCreate: boolean }> {
  const { programmes } = deps.uow.read;
  const canCreate = await canCreateProgrammes(deps.uow.read, actor);
  if (actor.role === "admin") return { programmes: await programmes.list(page), canCreate };
  const mine = await programmes.listFacilitatedBy(actor.userId);
  return {
    programmes: { items: mine.slice(page.offset, page.offset + page.limit), total: mine.length },
    canCreate,
  };
}
