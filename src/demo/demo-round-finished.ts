/**
 * The demo's finished round: the peer programme's "Founding round", lived months ago from
 * its applications to its end and past its surveys' closing — 96 librarians in pairs, some
 * applicants waitlisted or turned away, meetings, check-ins, a pair dissolved after reporting
 * a problem, the mid and end surveys answered — so that its report, its world map and the
 * comparison with the round under way show real content on a fresh start, and its public
 * summary is published.
 */
import { type AllUseCaseDeps, createUseCases } from "../use-cases/use-cases.ts";
import type { Actor } from "../use-cases/result.ts";
import { liveDemoRound } from "./demo-lived-round.ts";

export async function loadDemoFinishedRound(
  deps: AllUseCaseDeps,
  input: {
    programmeId: string;
    facilitator: Actor;
    seed: number;
    rules: string;
    locale: (country: string) => string;
  },
): Promise<{ roundId: string }> {
  const lived = await liveDemoRound(deps, {
    ...input,
    slug: "founding",
    name: "Founding round",
    theme: "Starting out: what a colleague abroad can teach us about our own library",
    people: 96,
    turnedAway: [8, 6],
    // Ended five months before today, its surveys closed a month later.
    startsOnDay: -270,
    livedUntil: 150,
    dissolveProblemAfterDays: 6,
    sessions: [
      {
        scheduledOn: 5,
        heldOn: 21,
        title: "Welcome call: meet the other pairs",
        description: "Half an hour to meet the round and ask the facilitators anything.",
        onlineUrl: "https://meet.example.org/founding-round-welcome",
      },
      {
        scheduledOn: 80,
        heldOn: 110,
        title: "Closing circle: what we take home",
        description: "Each pair shares one idea they will try in their own library.",
        onlineUrl: "https://meet.example.org/founding-round-closing",
      },
    ],
  });
  // The facilitator shared the round's public summary (map and headline figures).
  const published = await createUseCases(deps).publishRoundSummary(input.facilitator, {
    roundId: lived.roundId,
    confirmed: true,
  });
  if (!published.ok)
    throw new Error(`Demo: public summary failed: ${JSON.stringify(published.error)}`);
  return lived;
}
