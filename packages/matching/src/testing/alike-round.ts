/**
 * Rounds of alike profiles, as a facilitator's import of one network can look: everyone
 * works in English, shares one interest and differs little otherwise, spread over 30
 * countries. Nearly every pair ties, which is what once collapsed large rounds (issue 11).
 */
import type { Participant } from "../participant.ts";
import { createRandom } from "../seeded-random.ts";

const COUNTRIES = Array.from(
  { length: 30 },
  (_, c) => `C${String.fromCharCode(65 + (c % 26))}${c}`,
);

export function generateAlikeParticipants(count: number, seed: number): Participant[] {
  const random = createRandom(seed);
  return Array.from({ length: count }, (_, i) => ({
    id: `a${i}`,
    country: COUNTRIES[Math.floor(random() * COUNTRIES.length)]!,
    languages: [{ code: "en", level: "C1" as const }],
    utcOffsetMinutes: 0,
    library: `Library ${i}`,
    sector: "public",
    careerStage: "mid" as const,
    experienceYears: 5 + (i % 3),
    interests: ["digital-literacy"],
    otherInterests: "",
    goals: "",
    matchBy: "anyone" as const,
    partnerSector: "any" as const,
    availability: ["mon-10"],
    role: "peer" as const,
  }));
}
