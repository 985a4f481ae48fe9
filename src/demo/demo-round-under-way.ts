/**
 * The demo's round under way: the peer programme's "Pilot round", published and started six
 * weeks before now, lived to today, so that the partnership page, the follow-up list, the
 * dashboard and the facilitator's day show real content on a fresh start.
 */
import type { AllUseCaseDeps } from "../use-cases/use-cases.ts";
import type { Actor } from "../use-cases/result.ts";
import { type DemoParticipant, liveDemoRound } from "./demo-lived-round.ts";

export async function loadDemoRoundUnderWay(
  deps: AllUseCaseDeps,
  input: {
    programmeId: string;
    facilitator: Actor;
    seed: number;
    participant: DemoParticipant;
    rules: string;
    locale: (country: string) => string;
  },
): Promise<{ roundId: string }> {
  return liveDemoRound(deps, {
    ...input,
    slug: "pilot",
    name: "Pilot round",
    theme: "Our first round: colleagues abroad, one conversation a fortnight",
    people: 48,
    turnedAway: [0, 0],
    startsOnDay: -42,
    livedUntil: 42,
    sessions: [
      {
        scheduledOn: 7,
        heldOn: 21,
        title: "Welcome call: meet the other pairs",
        description:
          "Half an hour to meet the round, share one hope for it, and ask the facilitators anything.",
        onlineUrl: "https://meet.example.org/pilot-round-welcome",
      },
      {
        scheduledOn: 34,
        heldOn: 47,
        title: "Advocacy in hard times: an evening of stories",
        description:
          "Bring one story of your library standing up for its community. Short talks, then small groups.",
        onlineUrl: "https://meet.example.org/pilot-round-advocacy",
      },
    ],
  });
}
