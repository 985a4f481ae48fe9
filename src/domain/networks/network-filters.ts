import { isCountryCode } from "../vocabulary/countries.ts";
import { isLanguageCode } from "../vocabulary/languages.ts";
import { SECTORS } from "../vocabulary/vocabulary.ts";
import { isNetworkKind, type NetworkKind } from "./network-kinds.ts";

/** What a reader looks for in the networks directory. */
export interface NetworkFilters {
  search?: string;
  country?: string;
  sector?: string;
  kind?: NetworkKind;
  language?: string;
  /** Only networks that meet online. */
  online?: boolean;
}

const MAX_SEARCH = 200;

/**
 * Filters from a query string: unknown values are dropped rather than refused, so an old
 * bookmark or a shared link still opens the directory.
 */
export function readNetworkFilters(raw: {
  search?: string | null;
  country?: string | null;
  sector?: string | null;
  kind?: string | null;
  language?: string | null;
  online?: string | null;
}): NetworkFilters {
  const filters: NetworkFilters = {};
  const search = raw.search?.trim().slice(0, MAX_SEARCH);
  if (search) filters.search = search;
  const country = raw.country?.trim().toUpperCase();
  if (country && isCountryCode(country)) filters.country = country;
  const sector = raw.sector?.trim();
  if (sector && (SECTORS as readonly string[]).includes(sector)) filters.sector = sector;
  const kind = raw.kind?.trim();
  if (kind && isNetworkKind(kind)) filters.kind = kind;
  const language = raw.language?.trim().toLowerCase();
  if (language && isLanguageCode(language)) filters.language = language;
  if (raw.online === "1" || raw.online === "on") filters.online = true;
  return filters;
}

/** The filters as a query string ("" when none), for links that keep them. */
export function networkFiltersQuery(filters: NetworkFilters): string {
  const params = new URLSearchParams();
  if (filters.search) params.set("q", filters.search);
  if (filters.country) params.set("country", filters.country);
  if (filters.sector) params.set("sector", filters.sector);
  if (filters.kind) params.set("kind", filters.kind);
  if (filters.language) params.set("language", filters.language);
  if (filters.online) params.set("online", "1");
  const query = params.toString();
  return query ? `?${query}` : "";
}
