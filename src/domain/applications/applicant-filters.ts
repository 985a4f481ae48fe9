import { isApplicationStatus, type ApplicationStatus } from "./application-status.ts";
import { isCountryCode } from "../vocabulary/countries.ts";
import { isLanguageCode } from "../vocabulary/languages.ts";
import { SECTORS } from "../vocabulary/vocabulary.ts";

/** Which of a round's applicants a facilitator looks at (the list, its CSV export). */
export interface ApplicantFilters {
  search?: string;
  country?: string;
  sector?: string;
  language?: string;
  status?: ApplicationStatus;
}

const MAX_SEARCH = 200;

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
