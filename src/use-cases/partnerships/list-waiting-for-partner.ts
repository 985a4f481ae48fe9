/** People of a round freed by a dissolved partnership who have no new partner yet. */
import type { ApplicationRecord } from "../applications/application-ports.ts";
import type { Page } from "../page.ts";
import type { UseCaseDeps } from "../ports.ts";
import type { ProgrammeRecord } from "../programmes/programme-ports.ts";
import { fail, ok, type Actor, type Result } from "../result.ts";
import { findFacilitatedRound } from "../rounds/find-facilitated-round.ts";
import type { RoundRecord } from "../rounds/round-ports.ts";

export async function listWaitingForPartner(
  deps: Pick<UseCaseDeps, "uow">,
  actor: Actor | null,
  input: { roundId: string; page: { offset: number; limit: number } },
): Promise<
  Result<{
    round: RoundRecord;
    programme: ProgrammeRecord;
    people: Page<{ person: ApplicationRecord; leftAt: Date | null }>;
  }>
> {
  const repositories = deps.uow.read;
  const found = await findFacilitatedRound(repositories, actor, input.roundId);
  if (!found) return fail({ code: "not_found" });
  const waiting = await repositories.checkIns.listWaitingForPartner(found.round.id, input.page);
  const people = new Map(
    (await repositories.applications.findByIds(waiting.items.map((w) => w.applicationId))).map(
      (a) => [a.id, a],
    ),
  );
  return ok({
    ...found,
    people: {
      total: waiting.total,
      items: waiting.items.flatMap((w) => {
        const person = people.get(w.applicationId);
        return person ? [{ person, leftAt: w.leftAt }] : [];
      }),
    },
  });
}
