import type { ApplicantFilters } from "../../domain/applications/applicant-filters.ts";
import { findFacilitatedRound } from "../rounds/find-facilitated-round.ts";
import type { ApplicantRow } from "./application-ports.ts";
import type { Page } from "../page.ts";
import type { UseCaseDeps } from "../ports.ts";
import type { ProgrammeRecord } from "../programmes/programme-ports.ts";
import type { RoundRecord } from "../rounds/round-ports.ts";
import { fail, ok, type Actor, type Result } from "../result.ts";

export interface Count {
  value: string;
  count: number;
}

export interface ApplicantList {
  round: RoundRecord;
  programme: ProgrammeRecord;
  applicants: Page<ApplicantRow>;
  /** Over the whole round, whatever the filters. */
  counts: { country: Count[]; sector: Count[]; status: Count[] };
  /** The languages the round's applicants gave: the only ones worth filtering by. */
  languages: string[];
}

/** One page of a round's applicants with counts, for the round's facilitators and administrators. */
export async function listApplicants(
  deps: Pick<UseCaseDeps, "uow">,
  actor: Actor | null,
  input: { roundId: string; filters: ApplicantFilters; page: { offset: number; limit: number } },
): Promise<Result<ApplicantList>> {
  const repositories = deps.uow.read;
  const found = await findFacilitatedRound(repositories, actor, input.roundId);
  if (!found) return fail({ code: "not_found" });
  const { applications } = repositories;
  const roundId = found.round.id;
  const unfiltered = Object.values(input.filters).every((value) => value === undefined);
  // Unfiltered, the list is the whole round, whose size the counts give: the page is then
  // read through the index alone, without counting (the list a facilitator opens most).
  const [listed, { languages, ...counts }] = await Promise.all([
    unfiltered
      ? applications.listNewest(roundId, input.page)
      : applications.search(roundId, input.filters, input.page),
    applications.countForApplicantList(roundId),
  ]);
  const applicants = Array.isArray(listed)
    ? { items: listed, total: counts.status.reduce((sum, s) => sum + s.count, 0) }
    : listed;
  return ok({ ...found, applicants, counts, languages });
}
