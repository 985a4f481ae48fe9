/** What a member looks for in the member directory (issue 15). */
import { isCountryCode } from "../vocabulary/countries.ts";

export interface MemberFilters {
  search?: string;
  country?: string;
  openToMentoring?: boolean;
  lookingForMentor?: boolean;
}

const MAX_SEARCH = 200;

/** From a query string; unknown values are dropped, so an old link still opens the directory. */
export function readMemberFilters(params: URLSearchParams): MemberFilters {
  const filters: MemberFilters = {};
  const search = params.get("q")?.trim().slice(0, MAX_SEARCH);
  if (search) filters.search = search;
  const country = params.get("country")?.trim().toUpperCase();
  if (country && isCountryCode(country)) filters.country = country;
  if (params.get("mentoring") === "1") filters.openToMentoring = true;
  if (params.get("mentor") === "1") filters.lookingForMentor = true;
  return filters;
}

/** The filters as a query string ("" when none), for links that keep them. */
export function memberFiltersQuery(filters: MemberFilters): string {
  const params = new URLSearchParams();
  if (filters.search) params.set("q", filters.search);
  if (filters.country) params.set("country", filters.country);
  if (filters.openToMentoring) params.set("mentoring", "1");
  if (filters.lookingForMentor) params.set("mentor", "1");
  const query = params.toString();
  return query ? `?${query}` : "";
}
