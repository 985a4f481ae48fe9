/** Imported applications to the matching engine's participants: the email is the id. */
import type { Participant } from "@shelfmates/matching";
import type { ImportedApplication } from "../domain/applications/application-csv/index.ts";
import { utcOffsetMinutes } from "../domain/vocabulary/time-zones.ts";

/** `roundStart` fixes each person's UTC offset (summer or winter time) for availability. */
export function toParticipants(
  applications: readonly ImportedApplication[],
  roundStart: Date,
): Participant[] {
  const offsets = new Map<string, number>();
  return applications.map(({ profile }) => {
    let offset = offsets.get(profile.timeZone);
    if (offset === undefined)
      offsets.set(profile.timeZone, (offset = utcOffsetMinutes(profile.timeZone, roundStart)));
    return {
      id: profile.email,
      country: profile.country,
      languages: profile.languages,
      utcOffsetMinutes: offset,
      library: profile.library,
      sector: profile.sector,
      solo: profile.solo,
      careerStage: profile.careerStage,
      experienceYears: profile.experienceYears,
      interests: profile.interests,
      otherInterests: profile.otherInterests,
      goals: profile.goals,
      matchBy: profile.matchBy,
      partnerSector: profile.partnerSector,
      availability: profile.availability,
      role: profile.role,
      mentorCapacity: profile.mentorCapacity,
    };
  });
}
