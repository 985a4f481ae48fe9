import type { NetworkFilters } from "../../domain/networks/network-filters.ts";
import type { Page } from "../page.ts";
import type { UseCaseDeps } from "../ports.ts";
import { ok, type Actor, type Result } from "../result.ts";
import type { NetworkListItem } from "./network-ports.ts";

export interface NetworkDirectory {
  networks: Page<NetworkListItem>;
  /** Approved networks per country, whatever the filters: the map of where networks meet. */
  countries: { code: string; count: number }[];
  /** Administrators see a link to the proposals waiting for them. */
  reviewsProposals: boolean;
}

/** The networks directory: approved networks only, searched and filtered, one page at a time. */
export async function listNetworks(
  deps: Pick<UseCaseDeps, "uow">,
  actor: Actor | null,
  input: { filters: NetworkFilters; page: { offset: number; limit: number } },
): Promise<Result<NetworkDirectory>> {
  const { networks, countries } = await deps.uow.read.networks.listDirectory(
    input.filters,
    input.page,
  );
  return ok({ networks, countries, reviewsProposals: actor?.role === "admin" });
}
