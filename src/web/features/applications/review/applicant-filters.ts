import {
  readApplicantFilters,
  type ApplicantFilters,
} from "../../../../domain/applications/applicant-filters.ts";

/** The list's filters from its query string (?q=&country=&sector=&language=&status=). */
export function applicantFiltersFromUrl(url: URL): ApplicantFilters {
  const params = url.searchParams;
  return readApplicantFilters({
    search: params.get("q"),
    country: params.get("country"),
    sector: params.get("sector"),
    language: params.get("language"),
    status: params.get("status"),
  });
}

/** The same filters as a query string ("" or "?…"), e.g. for the CSV export link. */
export function applicantFiltersQuery(filters: ApplicantFilters): string {
  const params = new URLSearchParams();
  if (filters.search) params.set("q", filters.search);
  if (filters.country) params.set("country", filters.country);
  if (filters.sector) params.set("sector", filters.sector);
  if (filters.language) params.set("language", filters.language);
  if (filters.status) params.set("status", filters.status);
  const query = params.toString();
  return query ? `?${query}` : "";
}
