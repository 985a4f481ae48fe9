/**
 * The facilitator confirms a proposed new partner: a partnership made by hand (no run),
 * both introduced by the same email publishing sends; a waitlisted partner is accepted.
 * Checked again in the transaction (the round row locked, so two confirmations cannot take
 * the same person): both still free, the pair still allowed (hard rules, earlier partners).
 */
import { enqueueEmails } from "../mail/enqueue-email.ts";
import { introductionEmail } from "../matching/publication-emails.ts";
import type { UseCaseDeps } from "../ports.ts";
import { fail, ok, type Actor, type Result } from "../result.ts";
import { findFacilitatedRound } from "../rounds/find-facilitated-round.ts";
import { loadRematchCandidates } from "./rematch-pool.ts";

export async function rematchPartner(
  deps: UseCaseDeps,
  actor: Actor | null,
  input: { roundId: string; applicationId: string; partnerId: string },
): Promise<Result<{ partnershipId: string }>> {
  return deps.uow.transaction(async (repositories) => {
    if (!(await repositories.rounds.lockById(input.roundId))) return fail({ code: "not_found" });
    const found = await findFacilitatedRound(repositories, actor, input.roundId);
    if (!found) return fail({ code: "not_found" });
    const { round, programme } = found;
    const now = deps.clock.now();
    if (!["matched", "active"].includes(round.status) || now >= round.endsAt)
      return fail({ code: "conflict", reason: "round_not_running" });
    const application = await repositories.applications.findById(input.applicationId);
    if (!application || application.roundId !== round.id) return fail({ code: "not_found" });
    const pool = await loadRematchCandidates(repositories, round, application.id, Infinity);
    if (!pool) return fail({ code: "conflict", reason: "has_partner" });
    const chosen = pool.candidates.find((c) => c.person.id === input.partnerId);
    if (!chosen) return fail({ code: "conflict", reason: "not_available" });
    const { person } = pool;
    const partner = chosen.person;

    const mentorship = round.mode === "mentor";
    const members = [person, partner]
      .map((a) => ({ applicationId: a.id, role: mentorship ? a.role : ("peer" as const) }))
      // A mentorship lists its mentor first (partnersOf reads it so).
      .sort((a, b) => Number(b.role === "mentor") - Number(a.role === "mentor"));
    const partnershipId = deps.ids.newId();
    await repositories.checkIns.insertPartnership({
      id: partnershipId,
      roundId: round.id,
      kind: mentorship ? "mentorship" : "pair",
      score: chosen.score,
      links: [
        { ids: [person.id, partner.id], score: chosen.score, explanation: chosen.explanation },
      ],
      createdAt: now,
      members,
    });
    for (const a of [person, partner])
      if (a.status !== "accepted")
        await repositories.applications.update({
          ...a,
          status: "accepted",
          waitlistReason: null,
          updatedAt: now,
        });
    // The same introduction publishing sends (and its programme's signature and Reply-To).
    const byId = new Map([person, partner].map((a) => [a.id, a]));
    const publication = {
      round,
      translations: await repositories.rounds.listTranslations(round.id),
      programme,
      baseUrl: deps.baseUrl,
      person: (id: string) => byId.get(id)!,
    };
    const group = {
      partnershipId,
      kind: mentorship ? "mentorship" : "pair",
      memberIds: members.map((m) => m.applicationId),
    };
    await enqueueEmails(
      repositories,
      { ...deps, now },
      group.memberIds.map((id) => introductionEmail(publication, group, id)),
    );
    await repositories.audit.record({
      id: deps.ids.newId(),
      actorUserId: actor?.userId ?? null,
      action: "partnership.rematched",
      subjectType: "partnership",
      subjectId: partnershipId,
      data: { members: members.map((m) => m.applicationId), score: chosen.score },
      createdAt: now,
    });
    return ok({ partnershipId });
  });
}
