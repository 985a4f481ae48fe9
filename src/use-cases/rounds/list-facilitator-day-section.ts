import type { UseCaseDeps } from "../ports.ts";
import { fail, ok, type Actor, type Result } from "../result.ts";
import {
  facilitatorScope,
  isDaySection,
  listDaySection,
  type DaySectionPage,
} from "./facilitator-day-sections.ts";

/** Every item of one section of the facilitator's day, a page at a time ("show all"). */
export async function listFacilitatorDaySection(
  deps: Pick<UseCaseDeps, "uow" | "clock">,
  actor: Actor | null,
  input: { section: string; page: { offset: number; limit: number } },
): Promise<Result<DaySectionPage>> {
  if (!isDaySection(input.section)) return fail({ code: "not_found" });
  const repositories = deps.uow.read;
  const scope = await facilitatorScope(repositories, actor);
  if (!scope) return fail({ code: "not_found" });
  const limit = Math.min(100, Math.max(1, Math.floor(input.page.limit)));
  const offset = Math.max(0, Math.floor(input.page.offset));
  return ok(
    await listDaySection(repositories, scope, input.section, deps.clock.now(), { offset, limit }),
  );
}
