/**
 * The partnerships of a published round, for its facilitators: searchable by a member's
 * name, email or library, filtered by a member's country or sector and by status; and the
 * same list whole, for the CSV export.
 */
import { canFacilitate } from "../authorise.ts";
import type { Page } from "../page.ts";
import type { UseCaseDeps } from "../ports.ts";
import { fail, ok, type Actor, type Result } from "../result.ts";
import type { RoundPartnershipFilters, RoundPartnershipRow } from "./matching-ports.ts";

export interface RoundPartnerships extends Page<RoundPartnershipRow> {
  round: { id: string; name: string; programmeId: string };
  /** Whether the round was published at all (else the list is empty for that reason). */
  published: boolean;
  /** Members' countries and sectors, for the filters. */
  facets: { countries: string[]; sectors: string[] };
}

async function facilitatedRound(
  deps: Pick<UseCaseDeps, "uow">,
  actor: Actor | null,
  roundId: string,
) {
  const round = await deps.uow.read.rounds.findById(roundId);
  if (!round || !(await canFacilitate(deps.uow.read, actor, round.programmeId))) return null;
  return round;
}

export async function listRoundPartnerships(
  deps: Pick<UseCaseDeps, "uow">,
  actor: Actor | null,
  input: {
    roundId: string;
    filters: RoundPartnershipFilters;
    page: { offset: number; limit: number };
  },
): Promise<Result<RoundPartnerships>> {
  const round = await facilitatedRound(deps, actor, input.roundId);
  if (!round) return fail({ code: "not_found" });
  const [published, list, facets] = await Promise.all([
    deps.uow.read.partnerships.findPublication(round.id),
    deps.uow.read.partnerships.listForRound(round.id, input.filters, input.page),
    deps.uow.read.partnerships.listMemberFacets(round.id),
  ]);
  return ok({
    round: { id: round.id, name: round.name, programmeId: round.programmeId },
    published: Boolean(published),
    facets,
    ...list,
  });
}

export async function exportRoundPartnerships(
  deps: Pick<UseCaseDeps, "uow">,
  actor: Actor | null,
  input: { roundId: string; filters: RoundPartnershipFilters },
): Promise<Result<{ roundName: string; items: RoundPartnershipRow[] }>> {
  const round = await facilitatedRound(deps, actor, input.roundId);
  if (!round) return fail({ code: "not_found" });
  const { items } = await deps.uow.read.partnerships.listForRound(round.id, input.filters, null);
  return ok({ roundName: round.name, items });
}
