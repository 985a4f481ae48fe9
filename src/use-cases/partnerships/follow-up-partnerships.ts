/**
 * The scheduled job "partnerships.follow-up": a partnership of a live round with no meeting
 * held and no "in touch" answer for the round's nudgeAfterDays gets one gentle nudge (its
 * nudgedAt is set in the same transaction as the emails, and only if it was not set, so two
 * runs at once nudge once); after followUpAfterDays it goes on the facilitator's follow-up
 * list (the partial unique index keeps one open follow-up per partnership).
 */
import { silenceActions } from "../../domain/partnerships/silence.ts";
import { aboutProgramme, enqueueEmails } from "../mail/enqueue-email.ts";
import type { UseCaseDeps } from "../ports.ts";
import type { ProgrammeRecord } from "../programmes/programme-ports.ts";
import { firstNameOf } from "./check-in-emails.ts";
import type { LiveRound } from "./check-in-ports.ts";

/** The programme that signs a round's nudges, read once per programme however many it sends. */
type ProgrammeOf = (round: LiveRound) => Promise<ProgrammeRecord | undefined>;

export async function followUpPartnerships(
  deps: UseCaseDeps,
): Promise<{ nudged: number; listed: number }> {
  const now = deps.clock.now();
  let nudged = 0;
  let listed = 0;
  // A meeting planned for a time now past took place (the page shows it so): silence, the
  // follow-up list and the dashboard read it as held.
  await deps.uow.transaction((r) => r.partnershipPages.markPastMeetingsHeld(now));
  const programmes = new Map<string, Promise<ProgrammeRecord | undefined>>();
  const programmeOf: ProgrammeOf = (round) => {
    let programme = programmes.get(round.programmeId);
    if (!programme) {
      programme = deps.uow.read.programmes.findById(round.programmeId);
      programmes.set(round.programmeId, programme);
    }
    return programme;
  };
  for (const round of await deps.uow.read.checkIns.listLiveRounds(now)) {
    for (const row of await deps.uow.read.checkIns.listSilenceRows(round.id)) {
      const actions = silenceActions(
        { ...row, roundStartsAt: round.startsAt, partnershipCreatedAt: row.createdAt },
        round,
        now,
      );
      if (actions.nudge && (await nudge(deps, round, programmeOf, row.partnershipId, now)))
        nudged++;
      if (actions.followUp && (await listForFollowUp(deps, row.partnershipId, now))) listed++;
    }
  }
  return { nudged, listed };
}

async function nudge(
  deps: UseCaseDeps,
  round: LiveRound,
  programmeOf: ProgrammeOf,
  partnershipId: string,
  now: Date,
) {
  const programme = await programmeOf(round);
  return deps.uow.transaction(async (repositories) => {
    if (!(await repositories.checkIns.markNudged(partnershipId, now))) return false;
    const partnership = (await repositories.checkIns.findPartnership(partnershipId))!;
    const current = partnership.members.filter((m) => m.leftAt === null);
    await enqueueEmails(
      repositories,
      { ...deps, now },
      current.map((member) => ({
        to: member.email,
        toName: member.name,
        locale: member.locale,
        dedupeKey: `partnership-nudge:${partnershipId}:${member.applicationId}`,
        bulk: "nudges" as const,
        ...aboutProgramme(programme),
        message: {
          kind: "partnership-nudge" as const,
          recipientName: member.name,
          roundName: round.name,
          partnerNames: current
            .filter((m) => m.applicationId !== member.applicationId)
            .map((m) => firstNameOf(m.name)),
          accountUrl: `${deps.baseUrl}/account`,
        },
      })),
    );
    return true;
  });
}

async function listForFollowUp(deps: UseCaseDeps, partnershipId: string, now: Date) {
  return deps.uow.transaction((repositories) =>
    repositories.checkIns.openFollowUp({
      id: deps.ids.newId(),
      partnershipId,
      reason: "silent",
      openedAt: now,
    }),
  );
}
