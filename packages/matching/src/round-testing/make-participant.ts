/** A plain participant for tests: override only what the test is about. */
import type { Participant } from "../participant.ts";

export function makeParticipant(id: string, overrides: Partial<Participant> = {}): Participant {
  return {
    id,
    country: "FI",
    languages: [{ code: "en", level: "C1" }],
    utcOffsetMinutes: 0,
    library: "",
    sector: "public",
    careerStage: "mid",
    experienceYears: 5,
    interests: [],
    otherInterests: "",
    goals: "",
    matchBy: "anyone",
    partnerSector: "any",
    availability: [],
    role: "peer",
    ...overrides,
  };
}
