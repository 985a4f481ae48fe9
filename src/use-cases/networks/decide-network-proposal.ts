import { parseNetworkDecision } from "../../domain/networks/decline-reason.ts";
import { enqueueEmail } from "../mail/enqueue-email.ts";
import type { UseCaseDeps } from "../ports.ts";
import { fail, ok, type Actor, type Result } from "../result.ts";

/**
 * An administrator approves or declines a proposed network; the proposer is told either way.
 * On approval the proposer becomes its first organiser: the grant, the decision, the email
 * and both audit entries are written in one transaction, and a second decision (another
 * administrator at the same moment) finds the proposal decided and changes nothing.
 */
export async function decideNetworkProposal(
  deps: UseCaseDeps,
  actor: Actor | null,
  input: { networkId: string; decision: string; reason: string },
): Promise<Result<{ status: "approved" | "declined"; slug: string }>> {
  if (actor?.role !== "admin") return fail({ code: "not_found" });
  const parsed = parseNetworkDecision(input);
  if (!parsed.ok) return fail({ code: "invalid", fieldErrors: parsed.fieldErrors });
  const decision = parsed.value;
  return deps.uow.transaction(async (repositories) => {
    const network = await repositories.networks.findById(input.networkId);
    if (!network) return fail({ code: "not_found" });
    const now = deps.clock.now();
    const status = decision.approve ? "approved" : "declined";
    const reason = decision.approve ? "" : decision.reason;
    const decided = await repositories.networks.decide(
      network.id,
      { status, declineReason: reason, decidedBy: actor.userId },
      now,
    );
    if (!decided) return fail({ code: "conflict", reason: "decided" });
    await repositories.audit.record({
      id: deps.ids.newId(),
      actorUserId: actor.userId,
      action: `network.${status}`,
      subjectType: "network",
      subjectId: network.id,
      data: decision.approve ? {} : { reason },
      createdAt: now,
    });
    const proposer = network.proposedBy && (await repositories.users.findById(network.proposedBy));
    if (!proposer) return ok({ status, slug: network.slug });
    if (
      decision.approve &&
      (await repositories.networks.addOrganiser(network.id, proposer.id, actor.userId, now))
    )
      await repositories.audit.record({
        id: deps.ids.newId(),
        actorUserId: actor.userId,
        action: "network.organiser_granted",
        subjectType: "network",
        subjectId: network.id,
        data: { userId: proposer.id, as: "proposer" },
        createdAt: now,
      });
    await enqueueEmail(
      repositories,
      { ...deps, now },
      {
        to: proposer.email,
        toName: proposer.name,
        locale: proposer.locale ?? "en",
        dedupeKey: `network-decided:${network.id}`,
        message: {
          kind: "network-decided",
          recipientName: proposer.name,
          networkName: network.name,
          approved: decision.approve,
          reason,
          url: decision.approve
            ? `${deps.baseUrl}/networks/${network.slug}`
            : `${deps.baseUrl}/networks/propose`,
        },
      },
    );
    return ok({ status, slug: network.slug });
  });
}
