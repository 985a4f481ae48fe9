/**
 * Confirming a petition signature from its emailed link. Opening the link (GET) only shows
 * the page: mail scanners open links. Its button (POST) confirms, once: a second
 * confirmation, even at the same moment, finds it confirmed and counts nothing twice.
 */
import type { ReadRepositories, UseCaseDeps } from "../ports.ts";
import { fail, ok, type Result } from "../result.ts";
import { readSignatureToken } from "./petition-links.ts";

export interface SignatureLinkPage {
  name: string;
  campaignTitle: string;
  campaignSlug: string;
  networkSlug: string;
  networkName: string;
  confirmed: boolean;
  /** The campaign was closed before this signature was confirmed. */
  closed: boolean;
}

async function load(repositories: ReadRepositories, signatureId: string) {
  const signature = await repositories.networks.findSignatureById(signatureId);
  const campaign =
    signature && (await repositories.networks.findCampaignById(signature.campaignId));
  const network = campaign && (await repositories.networks.findById(campaign.networkId));
  if (!signature || !campaign || !network) return undefined;
  return { signature, campaign, network };
}

function pageOf(found: NonNullable<Awaited<ReturnType<typeof load>>>): SignatureLinkPage {
  const { signature, campaign, network } = found;
  return {
    name: signature.name,
    campaignTitle: campaign.title,
    campaignSlug: campaign.slug,
    networkSlug: network.slug,
    networkName: network.name,
    confirmed: signature.confirmedAt !== null,
    closed: campaign.status === "closed",
  };
}

/** not_found: the link is not ours or was changed; closed: it expired. */
export async function findSignatureByLink(
  deps: Pick<UseCaseDeps, "uow" | "clock" | "links">,
  input: { token: string },
): Promise<Result<SignatureLinkPage>> {
  const claims = readSignatureToken(deps, input.token);
  if ("error" in claims)
    return fail(claims.error === "expired" ? { code: "closed" } : { code: "not_found" });
  const found = await load(deps.uow.read, claims.signatureId);
  return found ? ok(pageOf(found)) : fail({ code: "not_found" });
}

export async function confirmPetitionSignature(
  deps: Pick<UseCaseDeps, "uow" | "clock" | "links">,
  input: { token: string },
): Promise<Result<SignatureLinkPage & { newlyConfirmed: boolean }>> {
  const claims = readSignatureToken(deps, input.token);
  if ("error" in claims)
    return fail(claims.error === "expired" ? { code: "closed" } : { code: "not_found" });
  return deps.uow.transaction(async (repositories) => {
    const found = await load(repositories, claims.signatureId);
    if (!found) return fail({ code: "not_found" });
    if (found.signature.confirmedAt) return ok({ ...pageOf(found), newlyConfirmed: false });
    if (found.campaign.status === "closed") return ok({ ...pageOf(found), newlyConfirmed: false });
    const now = deps.clock.now();
    const newlyConfirmed = await repositories.networks.confirmSignature(found.signature.id, now);
    return ok({ ...pageOf(found), confirmed: true, newlyConfirmed });
  });
}
