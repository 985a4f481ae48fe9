import {
  parseSignatureInput,
  type SignatureFormValues,
} from "../../domain/networks/signature-input.ts";
import { enqueueEmail } from "../mail/enqueue-email.ts";
import type { Repositories, UseCaseDeps } from "../ports.ts";
import { fail, ok, type Result } from "../result.ts";
import type { CampaignRecord, NetworkRecord, SignatureRecord } from "./network-ports.ts";
import { signatureConfirmUrl } from "./petition-links.ts";

/**
 * Anyone signs an open campaign's petition with name, email, country and an optional
 * comment; no account is needed. The signature counts only once confirmed from the emailed
 * link. One per address and campaign: signing again before confirming replaces what was
 * typed and sends the link again; after confirming it answers "already signed" and changes
 * nothing.
 */
export async function signPetition(
  deps: UseCaseDeps,
  input: { slug: string; campaignSlug: string; values: SignatureFormValues; locale: string },
): Promise<Result<{ email: string; signatureId: string }>> {
  return deps.uow.transaction(async (repositories) => {
    const network = await repositories.networks.findBySlug(input.slug);
    const campaign =
      network?.status === "approved"
        ? await repositories.networks.findCampaign(network.id, input.campaignSlug)
        : undefined;
    if (!network || !campaign) return fail({ code: "not_found" });
    if (campaign.status === "closed") return fail({ code: "closed" });
    const parsed = parseSignatureInput(input.values);
    if (!parsed.ok) return fail({ code: "invalid", fieldErrors: parsed.fieldErrors });
    const details = { ...parsed.value, locale: input.locale };
    const now = deps.clock.now();
    const record: SignatureRecord = {
      ...details,
      id: deps.ids.newId(),
      campaignId: campaign.id,
      confirmedAt: null,
      createdAt: now,
    };
    // The unique index decides between two signings of one address at the same moment.
    if (await repositories.networks.insertSignature(record)) {
      await sendConfirmation(repositories, deps, now, { network, campaign, signature: record });
      return ok({ email: details.email, signatureId: record.id });
    }
    const existing = await repositories.networks.findSignatureByEmail(campaign.id, details.email);
    if (!existing) return fail({ code: "conflict", reason: "retry" });
    if (existing.confirmedAt) return fail({ code: "conflict", reason: "already_signed" });
    await repositories.networks.updateUnconfirmedSignature(existing.id, details);
    await sendConfirmation(repositories, deps, now, {
      network,
      campaign,
      signature: { ...existing, ...details },
    });
    return ok({ email: details.email, signatureId: existing.id });
  });
}

async function sendConfirmation(
  repositories: Repositories,
  deps: UseCaseDeps,
  now: Date,
  {
    network,
    campaign,
    signature,
  }: { network: NetworkRecord; campaign: CampaignRecord; signature: SignatureRecord },
) {
  await enqueueEmail(
    repositories,
    { ...deps, now },
    {
      to: signature.email,
      toName: signature.name,
      locale: signature.locale,
      dedupeKey: `petition-confirmation:${signature.id}:${deps.ids.newId()}`,
      message: {
        kind: "petition-confirmation",
        recipientName: signature.name,
        campaignTitle: campaign.title,
        networkName: network.name,
        confirmUrl: signatureConfirmUrl(deps, signature.id, now),
      },
    },
  );
}
