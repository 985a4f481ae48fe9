/**
 * The demo's round under way: the peer programme's "Pilot round", published and started six
 * weeks before now, lived through its first weeks by the real use cases on a simulated
 * clock — topics sent each fortnight, check-ins sent and answered from their email links,
 * meetings logged, agreements confirmed, a group session held and one coming, silent pairs
 * nudged and listed, one problem reported — so that the partnership page, the follow-up
 * list, the dashboard and the facilitator's day show real content on a fresh start.
 */
import { defaultCriteria } from "../domain/matching/matching-criteria.ts";
import type { ApplicationRecord } from "../use-cases/applications/application-ports.ts";
import { computeMatchingRun } from "../use-cases/matching/compute-matching-run.ts";
import type { RoundPartnershipRow } from "../use-cases/matching/matching-ports.ts";
import type { AllUseCaseDeps } from "../use-cases/use-cases.ts";
import { createUseCases } from "../use-cases/use-cases.ts";
import type { Actor } from "../use-cases/result.ts";
import type { RoundRecord } from "../use-cases/rounds/round-ports.ts";
import { generateDemoApplicants } from "./demo-applicants.ts";
import { loadDemoTopics } from "./demo-topics.ts";

const DAY_MS = 24 * 60 * 60 * 1000;
const PEOPLE = 48;

export interface DemoParticipant {
  name: string;
  email: string;
}

function ensure<T>(
  result: { ok: true; value: T } | { ok: false; error: unknown },
  what: string,
): T {
  if (!result.ok) throw new Error(`Demo: ${what} failed: ${JSON.stringify(result.error)}`);
  return result.value;
}

/**
 * Adds the round under way to the peer programme. `participant` becomes a member of one of
 * its partnerships (the demo participant account signs in with that address).
 */
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
  const realNow = deps.clock.now();
  // Days counted from today's midnight (UTC), so the demo's times read cleanly.
  const midnight = Math.floor(realNow.getTime() / DAY_MS) * DAY_MS;
  const at = (days: number, hourOfDay = 0) =>
    new Date(midnight + days * DAY_MS + hourOfDay * 3_600_000);
  let current = at(-100);
  const simulated: AllUseCaseDeps = { ...deps, clock: { now: () => new Date(current) } };
  const useCases = createUseCases(simulated);
  const on = (days: number, hourOfDay = 0) => void (current = at(days, hourOfDay));

  // The round and its accepted applicants, as they stood when applications closed.
  const round: RoundRecord = {
    id: deps.ids.newId(),
    programmeId: input.programmeId,
    slug: "pilot",
    name: "Pilot round",
    theme: "Our first round: colleagues abroad, one conversation a fortnight",
    mode: "peer",
    status: "closed",
    applicationsOpenAt: at(-100),
    applicationsCloseAt: at(-60),
    matchingAt: at(-50),
    startsAt: at(-42),
    endsAt: at(78),
    rulesMarkdown: input.rules,
    countryCapPercent: null,
    countryCapMinApplications: 20,
    allowTriads: false,
    groupSize: null,
    clonedFromRoundId: null,
    createdAt: at(-110),
    updatedAt: at(-60),
  };
  const people = generateDemoApplicants({ seed: input.seed, count: PEOPLE, mode: "peer" }).map(
    (profile, i): ApplicationRecord => {
      const applied = at(-100 + (i * 40) / PEOPLE);
      return {
        ...profile,
        ...(i === 0 ? { name: input.participant.name, email: input.participant.email } : {}),
        id: deps.ids.newId(),
        roundId: round.id,
        userId: null,
        status: "accepted",
        waitlistReason: null,
        decisionMessage: null,
        source: "form",
        locale: i === 0 ? "en" : input.locale(profile.country),
        customAnswers: {},
        consentAt: applied,
        createdAt: applied,
        updatedAt: at(-60),
        withdrawnAt: null,
      };
    },
  );
  await deps.uow.transaction(async (r) => {
    await r.rounds.insert(round);
    await r.applications.insertMany(
      people.map((record) => ({
        record,
        manageTokenHash: deps.ids.hashSecret(deps.ids.newSecret()),
      })),
    );
  });

  // Matched and published by the facilitator, a week before the start.
  on(-50, 9);
  const { runId } = ensure(
    await useCases.startMatchingRun(input.facilitator, {
      roundId: round.id,
      criteria: defaultCriteria({ allowTriads: false }),
      seed: input.seed,
      basedOnRunId: null,
    }),
    "matching run",
  );
  await computeMatchingRun(simulated, { runId });
  on(-45, 10);
  ensure(await useCases.publishRun(input.facilitator, { roundId: round.id, runId }), "publish");
  await loadDemoTopics(useCases, input.facilitator, input.programmeId);

  const { items: partnerships } = await deps.uow.read.partnerships.listForRound(
    round.id,
    { search: "", country: "", sector: "", status: "" },
    null,
  );
  // Who does what: most pairs are engaged, a few quiet, four silent; the participant's pair
  // is engaged; one pair reports a problem.
  const mine = partnerships.find((p) =>
    p.members.some((m) => m.email === input.participant.email.toLowerCase()),
  );
  const others = partnerships.filter((p) => p !== mine);
  const silent = new Set(others.slice(0, 4).map((p) => p.id));
  const problem = others[4];
  const quiet = new Set(others.slice(5, 8).map((p) => p.id));
  const engaged = partnerships.filter((p) => !silent.has(p.id) && p !== problem);

  on(-35, 12);
  await useCases.scheduleGroupSession(input.facilitator, {
    roundId: round.id,
    values: {
      title: "Welcome call: meet the other pairs",
      description:
        "Half an hour to meet the round, share one hope for it, and ask the facilitators anything.",
      startsAtLocal: localInput(at(-21, 15)),
      timeZone: "UTC",
      durationMinutes: "45",
      onlineUrl: "https://meet.example.org/pilot-round-welcome",
      place: "",
    },
  });
  on(-8, 12);
  await useCases.scheduleGroupSession(input.facilitator, {
    roundId: round.id,
    values: {
      title: "Advocacy in hard times: an evening of stories",
      description:
        "Bring one story of your library standing up for its community. Short talks, then small groups.",
      startsAtLocal: localInput(at(5, 16)),
      timeZone: "UTC",
      durationMinutes: "60",
      onlineUrl: "https://meet.example.org/pilot-round-advocacy",
      place: "",
    },
  });

  // The weeks so far, day by day where something happens.
  const days = [-42, -41, -38, -28, -27, -24, -22, -21, -14, -13, -10, -3, 0];
  for (const day of days) {
    on(day, day === 0 ? 0 : 10);
    if (day === 0) current = new Date(realNow);
    await useCases.sendDueTopics();
    await useCases.sendDueCheckIns();
    await useCases.followUpPartnerships();
    await useCases.remindGroupSessions();
    await liveTheDay(day);
  }

  async function liveTheDay(day: number) {
    const now = current;
    if (day === -41)
      await deps.uow.transaction(async (r) => {
        for (const p of engaged)
          for (const m of p.members)
            await r.partnershipPages.insertAgreementConfirmation({
              partnershipId: p.id,
              applicationId: m.applicationId,
              confirmedAt: now,
            });
      });
    if (day === -38 || day === -24 || day === -10)
      await deps.uow.transaction(async (r) => {
        for (const [i, p] of engaged.entries()) {
          if (quiet.has(p.id) && day !== -24) continue;
          await r.partnershipPages.insertMeeting(
            meeting(p, at(day - 1, 14 + (i % 5)), MEETING_NOTES[(i + days.indexOf(day)) % 6]!),
          );
        }
      });
    if (day === -27 || day === -13) await answerCheckIns(day);
    if (day === -3 && mine)
      await deps.uow.transaction((r) =>
        r.partnershipPages.insertMeeting({
          ...meeting(mine, at(4, 17), "Second topic: our libraries' communities."),
          status: "planned",
        }),
      );
  }

  function meeting(p: RoundPartnershipRow, startsAt: Date, note: string) {
    return {
      id: deps.ids.newId(),
      partnershipId: p.id,
      loggedBy: p.members[0]!.applicationId,
      status: "held" as const,
      startsAt,
      durationMinutes: 45 + (startsAt.getUTCHours() % 3) * 15,
      place: "online" as const,
      format: "one_to_one" as const,
      sharedNote: note,
      privateNote: "",
      sequence: 0,
      createdAt: current,
      updatedAt: current,
    };
  }

  /** Members answer from the links in their check-in email, as a person would. */
  async function answerCheckIns(day: number) {
    for (const p of partnerships) {
      if (silent.has(p.id)) continue;
      for (const [i, m] of p.members.entries()) {
        const answer =
          p === problem
            ? i === 0
              ? "problem"
              : null
            : quiet.has(p.id)
              ? day === -27
                ? "not_yet"
                : "in_touch"
              : "in_touch";
        if (!answer) continue;
        const token = await checkInToken(m.email, answer);
        if (!token) continue;
        await useCases.answerCheckIn(token, {
          answer,
          goodMatch: day === -27 ? (p === problem ? "no" : "yes") : "",
          note:
            answer === "problem"
              ? "My partner has not answered my last three emails, and our first call never happened."
              : "",
        });
      }
    }
  }

  async function checkInToken(email: string, answer: string): Promise<string | null> {
    const mail = await deps.uow.read.outbox.list({ offset: 0, limit: 5 }, email.toLowerCase());
    const checkIn = mail.items.find((m) => m.kind === "check-in");
    const links = checkIn?.bodyText.match(/\/check-in\/([A-Za-z0-9_-]+\.[A-Za-z0-9_-]+)/g) ?? [];
    for (const link of links) {
      const token = link.slice("/check-in/".length);
      const verified = deps.links.verify(token, "check-in", current);
      if ("subject" in verified && verified.subject.endsWith(`:${answer}`)) return token;
    }
    return null;
  }

  // The round started at its start date (the scheduled job does this in a running server).
  await createUseCases(deps).finishEndedRounds();
  // The simulated weeks' emails went to invented people: kept in the mailbox, never sent.
  await deps.uow.transaction((r) => r.outbox.keepPendingUnsent());
  return { roundId: round.id };
}

/** An instant as the "YYYY-MM-DDTHH:MM" a form's datetime-local field sends, in UTC. */
function localInput(instant: Date): string {
  return instant.toISOString().slice(0, 16);
}

const MEETING_NOTES = [
  "Getting to know you: our libraries, our teams and what we hope for from the round.",
  "We compared how our libraries welcome new arrivals; I'll send the leaflet we use.",
  "Talked about funding cuts and how each of us makes the case to our council.",
  "Shared our favourite makerspace projects; planning a joint online workshop.",
  "Short call this time, both busy with exhibitions. Next one in two weeks.",
  "Walked through each other's catalogue search: so many ideas for our next update.",
];
