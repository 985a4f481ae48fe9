import {
  parseCampaignInput,
  type CampaignFormValues,
} from "../../domain/networks/campaign-input.ts";
import { uniqueSlug } from "../../domain/slug.ts";
import type { UseCaseDeps } from "../ports.ts";
import { fail, ok, type Actor, type Result } from "../result.ts";
import { findOrganisedNetwork } from "./network-access.ts";

/**
 * An organiser starts a campaign with a petition (no `campaignSlug`) or changes one. Its
 * address is made from the title once and kept, so shared links keep working.
 */
export async function saveCampaign(
  deps: Pick<UseCaseDeps, "uow" | "clock" | "ids">,
  actor: Actor | null,
  input: { slug: string; campaignSlug?: string; values: CampaignFormValues },
): Promise<Result<{ campaignSlug: string }>> {
  return deps.uow.transaction(async (repositories) => {
    const network = await findOrganisedNetwork(repositories, actor, input.slug);
    if (!actor || !network) return fail({ code: "not_found" });
    const existing = input.campaignSlug
      ? await repositories.networks.findCampaign(network.id, input.campaignSlug)
      : undefined;
    if (input.campaignSlug && !existing) return fail({ code: "not_found" });
    const parsed = parseCampaignInput(input.values);
    if (!parsed.ok) return fail({ code: "invalid", fieldErrors: parsed.fieldErrors });
    const now = deps.clock.now();
    if (existing) {
      await repositories.networks.updateCampaign(existing.id, parsed.value, now);
      return ok({ campaignSlug: existing.slug });
    }
    const campaignSlug = await uniqueSlug(parsed.value.title, (s) =>
      repositories.networks.campaignSlugExists(network.id, s),
    );
    const id = deps.ids.newId();
    await repositories.networks.insertCampaign({
      ...parsed.value,
      id,
      networkId: network.id,
      slug: campaignSlug,
      status: "open",
      createdBy: actor.userId,
      createdAt: now,
      updatedAt: now,
    });
    await repositories.audit.record({
      id: deps.ids.newId(),
      actorUserId: actor.userId,
      action: "campaign.created",
      subjectType: "campaign",
      subjectId: id,
      data: { networkId: network.id, title: parsed.value.title },
      createdAt: now,
    });
    return ok({ campaignSlug });
  });
}
