import { parseNetworkInput, type NetworkFormValues } from "../../domain/networks/network-input.ts";
import { uniqueSlug } from "../../domain/slug.ts";
import type { UseCaseDeps } from "../ports.ts";
import { fail, ok, type Actor, type Result } from "../result.ts";
import { findVerifiedUser } from "./network-access.ts";

/**
 * "Start a network": a member with a verified address proposes one. It is listed only once
 * an administrator approves it (decideNetworkProposal); until then its page is the
 * proposer's and the administrators' alone.
 */
export async function proposeNetwork(
  deps: Pick<UseCaseDeps, "uow" | "clock" | "ids">,
  actor: Actor | null,
  input: { values: NetworkFormValues },
): Promise<Result<{ id: string; slug: string }>> {
  const parsed = parseNetworkInput(input.values);
  return deps.uow.transaction(async (repositories) => {
    if (!actor) return fail({ code: "not_found" });
    if (!(await findVerifiedUser(repositories, actor)))
      return fail({ code: "conflict", reason: "unverified" });
    if (!parsed.ok) return fail({ code: "invalid", fieldErrors: parsed.fieldErrors });
    const now = deps.clock.now();
    const slug = await uniqueSlug(parsed.value.name, (s) => repositories.networks.slugExists(s));
    const id = deps.ids.newId();
    await repositories.networks.insert({
      ...parsed.value,
      id,
      slug,
      status: "proposed",
      declineReason: "",
      proposedBy: actor.userId,
      decidedBy: null,
      decidedAt: null,
      createdAt: now,
      updatedAt: now,
    });
    await repositories.audit.record({
      id: deps.ids.newId(),
      actorUserId: actor.userId,
      action: "network.proposed",
      subjectType: "network",
      subjectId: id,
      data: { name: parsed.value.name, slug },
      createdAt: now,
    });
    return ok({ id, slug });
  });
}
