import { dueRoundSteps } from "../../domain/rounds/round-life.ts";
import { aboutProgramme, enqueueEmails, type EmailToQueue } from "../mail/enqueue-email.ts";
import type { UseCaseDeps } from "../ports.ts";
import { inviteToEndSurvey } from "../surveys/invite-to-end-survey.ts";
import type { EndedMember } from "./round-life-ports.ts";

export interface FinishedRounds {
  /** Rounds moved from matched to active. */
  started: number;
  /** Rounds moved to finished. */
  finished: number;
  partnershipsEnded: number;
  thankYous: number;
}

/**
 * The scheduled job "rounds.finish": a matched round becomes active at its start; at its end
 * its active partnerships end, each current member is thanked by email (in their language),
 * and the round is finished; the thank-you carries the end-of-round survey's link when it is open
 * (and counts as its invitation). One transaction per round with the round's row locked and its
 * status read again inside, so a second run, or a second instance at the same time, finds nothing
 * left to do; the thank-you's dedupe key would refuse a second copy anyway.
 */
export async function finishEndedRounds(deps: UseCaseDeps): Promise<FinishedRounds> {
  const now = deps.clock.now();
  const totals: FinishedRounds = { started: 0, finished: 0, partnershipsEnded: 0, thankYous: 0 };
  for (const { id } of await deps.uow.read.roundLife.listRoundsDue(now)) {
    await deps.uow.transaction(async (repositories) => {
      const round = await repositories.rounds.lockById(id);
      if (!round) return;
      const steps = dueRoundSteps(round, now);
      if (steps.length === 0) return;
      let from = round.status;
      for (const to of steps) {
        await repositories.audit.record({
          id: deps.ids.newId(),
          actorUserId: null,
          action: "round.status_changed",
          subjectType: "round",
          subjectId: round.id,
          data: { from, to, by: "schedule" },
          createdAt: now,
        });
        from = to;
      }
      if (steps.includes("active")) totals.started++;
      if (steps.includes("finished")) {
        const members = await repositories.roundLife.endActivePartnerships(round.id, now);
        const programme = await repositories.programmes.findById(round.programmeId);
        const surveyUrls = await inviteToEndSurvey(
          repositories,
          deps,
          round,
          members.map((m) => m.applicationId),
          now,
        );
        const emails = thankYous(round, programme?.name ?? "", members, surveyUrls).map(
          (email) => ({
            ...email,
            ...aboutProgramme(programme),
          }),
        );
        if (emails.length > 0) await enqueueEmails(repositories, { ...deps, now }, emails);
        const partnershipsEnded = new Set(members.map((m) => m.partnershipId)).size;
        await repositories.audit.record({
          id: deps.ids.newId(),
          actorUserId: null,
          action: "round.finished",
          subjectType: "round",
          subjectId: round.id,
          data: { partnershipsEnded, thankYous: emails.length },
          createdAt: now,
        });
        totals.finished++;
        totals.partnershipsEnded += partnershipsEnded;
        totals.thankYous += emails.length;
      }
      await repositories.rounds.update({ ...round, status: from, updatedAt: now });
    });
  }
  return totals;
}

function thankYous(
  round: { id: string; name: string },
  programmeName: string,
  members: readonly EndedMember[],
  surveyUrls: ReadonlyMap<string, string>,
): EmailToQueue[] {
  const byPartnership = new Map<string, EndedMember[]>();
  for (const m of members)
    byPartnership.set(m.partnershipId, [...(byPartnership.get(m.partnershipId) ?? []), m]);
  return members.map((member) => ({
    to: member.email,
    toName: member.name,
    locale: member.locale,
    dedupeKey: `round-thank-you:${round.id}:${member.applicationId}`,
    message: {
      kind: "round-thank-you",
      recipientName: member.name,
      roundName: round.name,
      programmeName,
      partnerNames: (byPartnership.get(member.partnershipId) ?? [])
        .filter((m) => m.applicationId !== member.applicationId)
        .map((m) => m.name),
      surveyUrl: surveyUrls.get(member.applicationId) ?? null,
    },
  }));
}
