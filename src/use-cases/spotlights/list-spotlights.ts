import type { Page } from "../page.ts";
import type { UseCaseDeps } from "../ports.ts";
import { fail, ok, type Result } from "../result.ts";
import type { ShownSpotlight } from "./spotlight-ports.ts";

/**
 * Published spotlights, the most recently agreed first: the site's, or a network's (about
 * members who show their membership of it; the network must be approved).
 */
export async function listSpotlights(
  deps: Pick<UseCaseDeps, "uow">,
  input: { networkSlug?: string; page: { offset: number; limit: number } },
): Promise<
  Result<{ network: { slug: string; name: string } | null; spotlights: Page<ShownSpotlight> }>
> {
  const read = deps.uow.read;
  if (!input.networkSlug)
    return ok({
      network: null,
      spotlights: await read.spotlights.listPublished("site", input.page),
    });
  const network = await read.networks.findBySlug(input.networkSlug);
  if (!network || network.status !== "approved") return fail({ code: "not_found" });
  const spotlights = await read.spotlights.listPublished({ networkId: network.id }, input.page);
  return ok({ network: { slug: network.slug, name: network.name }, spotlights });
}

/** A network's page shows a few of its spotlights through this (the network page's own use case found the network). */
export async function listNetworkSpotlights(
  deps: Pick<UseCaseDeps, "uow">,
  input: { networkId: string; limit: number },
): Promise<Page<ShownSpotlight>> {
  return deps.uow.read.spotlights.listPublished(
    { networkId: input.networkId },
    { offset: 0, limit: input.limit },
  );
}
