import type { RoundPartnershipFilters } from "../../../use-cases/matching/matching-ports.ts";

export const PARTNERSHIP_STATUSES = ["active", "dissolved", "ended"] as const;

/** The partnership list's filters from its URL; unknown values are dropped, not trusted. */
export function partnershipFiltersFromUrl(url: URL): RoundPartnershipFilters {
  const get = (name: string) => (url.searchParams.get(name) ?? "").trim();
  const status = get("status");
  return {
    search: get("q").slice(0, 200),
    country: /^[A-Z]{2}$/.test(get("country")) ? get("country") : "",
    sector: /^[a-z_]{1,40}$/.test(get("sector")) ? get("sector") : "",
    status: (PARTNERSHIP_STATUSES as readonly string[]).includes(status) ? status : "",
  };
}

/** The same filters as a query string ("" when none), for links and the CSV export. */
export function partnershipFiltersQuery(filters: RoundPartnershipFilters): string {
  const params = new URLSearchParams();
  if (filters.search) params.set("q", filters.search);
  if (filters.country) params.set("country", filters.country);
  if (filters.sector) params.set("sector", filters.sector);
  if (filters.status) params.set("status", filters.status);
  const query = params.toString();
  return query ? `?${query}` : "";
}
