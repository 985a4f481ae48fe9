import { isApplicationStatus } from "../../domain/applications/application-status.ts";
import { isCountryCode } from "../../domain/vocabulary/countries.ts";
import { isLanguageCode } from "../../domain/vocabulary/languages.ts";
import { SECTORS } from "../../domain/vocabulary/vocabulary.ts";
import { findFacilitatedRound } from "../rounds/find-facilitated-round.ts";
import type { ApplicantFilters, ApplicationRecord } from "./application-ports.ts";
import type { Page } from "../page.ts";
import type { UseCaseDeps } from "../ports.ts";
import type { ProgrammeRecord } from "../programmes/programme-ports.ts";
import type { RoundRecord } from "../rounds/round-ports.ts";
import { fail, ok, type Actor, type Result } from "../result.ts";

const MAX_SEARCH = 200;

export interface Count {
  value: string;
  count: number;
}

export interface ApplicantList {
  round: RoundRecord;
  programme: ProgrammeRecord;
  applicants: Page<ApplicationRecord>;
  /** Over the whole round, whatever the filters. */
  counts: { country: Count[]; sector: Count[]; status: Count[] };
}

/**
 * Filters from untrusted text (a query string): unknown values are dropped rather than
 * refused, so a stale bookmark still opens the list.
 */
export function readApplicantFilters(raw: {
  search?: string | null;
  country?: string | null;
  sector?: string | null;
  language?: string | null;
  status?: string | null;
}): ApplicantFilters {
  const filters: ApplicantFilters = {};
  const search = raw.search?.trim().slice(0, MAX_SEARCH);
  if (search) filters.search = search;
  const country = raw.country?.trim().toUpperCase();
  if (country && isCountryCode(country)) filters.country = country;
  const sector = raw.sector?.trim();
  if (sector && (SECTORS as readonly string[]).includes(sector)) filters.sector = sector;
  const language = raw.language?.trim().toLowerCase();
  if (language && isLanguageCode(language)) filters.language = language;
  const status = raw.status?.trim();
  if (status && isApplicationStatus(status)) filters.status = status;
  return filters;
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
  const [applicants, country, sector, status] = await Promise.all([
    applications.search(roundId, input.filters, input.page),
    applications.countBy(roundId, "country"),
    applications.countBy(roundId, "sector"),
    applications.countBy(roundId, "status"),
  ]);
  return ok({ ...found, applicants, counts: { country, sector, status } });
}
