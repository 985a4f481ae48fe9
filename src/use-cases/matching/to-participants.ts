/** Accepted applications to the engine's participants, with earlier partners, locks and blocks. */
import type { Participant } from "@shelfmates/matching";
import { utcOffsetMinutes } from "../../domain/vocabulary/time-zones.ts";
import { canonicalLanguageCode } from "../../domain/vocabulary/languages.ts";
import type { ApplicationRecord } from "../applications/application-ports.ts";
import type { MatchConstraintRecord } from "../../domain/matching/matching-run-types.ts";

export interface ParticipantContext {
  /** Fixes each person's UTC offset (summer or winter time) for availability. */
  roundStartsAt: Date;
  /** Pairs of emails that were partners in earlier rounds of the programme. */
  previousPartnerEmails: readonly (readonly [string, string])[];
  constraints: readonly MatchConstraintRecord[];
}

/** Only accepted applications take part; the application id is the participant id. */
export function toParticipants(
  applications: readonly ApplicationRecord[],
  context: ParticipantContext,
): Participant[] {
  const accepted = applications.filter((a) => a.status === "accepted");
  const idByEmail = new Map(accepted.map((a) => [a.email.toLowerCase(), a.id]));
  const previous = new Map<string, string[]>();
  const blocked = new Map<string, string[]>();
  const locked = new Map<string, string[]>();
  const link = (map: Map<string, string[]>, a: string, b: string) => {
    map.set(a, [...(map.get(a) ?? []), b]);
    map.set(b, [...(map.get(b) ?? []), a]);
  };
  for (const [emailA, emailB] of context.previousPartnerEmails) {
    const a = idByEmail.get(emailA.toLowerCase());
    const b = idByEmail.get(emailB.toLowerCase());
    if (a && b && a !== b) link(previous, a, b);
  }
  for (const c of context.constraints)
    link(c.kind === "lock" ? locked : blocked, c.applicationA, c.applicationB);
  const offsets = new Map<string, number>();
  return accepted.map((a) => {
    let offset = offsets.get(a.timeZone);
    if (offset === undefined) {
      offset = utcOffsetMinutes(a.timeZone, context.roundStartsAt);
      offsets.set(a.timeZone, offset);
    }
    return {
      id: a.id,
      country: a.country,
      // Stored before "tw" was read as Akan ("ak"), a language may be listed under either.
      languages: a.languages
        .map((l) => ({ ...l, code: canonicalLanguageCode(l.code) }))
        .filter((l, i, all) => all.findIndex((o) => o.code === l.code) === i),
      utcOffsetMinutes: offset,
      library: a.library,
      sector: a.sector,
      solo: a.solo,
      careerStage: a.careerStage,
      experienceYears: a.experienceYears,
      interests: a.interests,
      otherInterests: a.otherInterests,
      goals: a.goals,
      matchBy: a.matchBy,
      partnerSector: a.partnerSector,
      availability: a.availability,
      role: a.role,
      mentorCapacity: a.mentorCapacity,
      previousPartnerIds: previous.get(a.id) ?? [],
      blockedIds: blocked.get(a.id) ?? [],
      lockedWithIds: locked.get(a.id) ?? [],
    };
  });
}
