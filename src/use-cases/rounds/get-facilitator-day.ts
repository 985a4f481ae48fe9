import type { UseCaseDeps } from "../ports.ts";
import { fail, ok, type Actor, type Result } from "../result.ts";
import {
  DAY_SECTIONS,
  facilitatorScope,
  listDaySection,
  type DaySectionPage,
} from "./facilitator-day-sections.ts";

/** How many items each section shows on the day's page; "show all" pages through the rest. */
export const FIRST_ITEMS = 5;

/**
 * "What needs me today?" across every round the actor facilitates: problems reported, pairs
 * due for follow-up, agreements unconfirmed after a week, group sessions in the next seven
 * days, and emails that failed or may not have arrived; each with its count and first items.
 */
export async function getFacilitatorDay(
  deps: Pick<UseCaseDeps, "uow" | "clock">,
  actor: Actor | null,
): Promise<Result<{ sections: DaySectionPage[] }>> {
  const repositories = deps.uow.read;
  const scope = await facilitatorScope(repositories, actor);
  if (!scope) return fail({ code: "not_found" });
  const now = deps.clock.now();
  const sections = await Promise.all(
    DAY_SECTIONS.map((section) =>
      listDaySection(repositories, scope, section, now, { offset: 0, limit: FIRST_ITEMS }),
    ),
  );
  return ok({ sections });
}
