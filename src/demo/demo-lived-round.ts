/**
 * A demo round lived by the real use cases on a simulated clock: its applicants accepted (and
 * some turned away), matched and published a few days before it starts, then day by day —
 * topics sent each fortnight, check-ins sent and answered from their email links, meetings
 * logged, agreements confirmed, group sessions held, silent pairs nudged and listed, one
 * problem reported, the mid and end surveys answered from their links — up to the day the
 * plan stops at. The round under way stops today; the finished round lived months ago, to its
 * end and past its surveys' closing, so its report has every figure.
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
import { answerDemoSurvey } from "./demo-survey-answers.ts";

const DAY_MS = 24 * 60 * 60 * 1000;
/** A round runs four months from its start, as the demo programme's rounds do. */
const ROUND_DAYS = 120;

export interface DemoParticipant {
  name: string;
  email: string;
}

export interface DemoSession {
  /** Days from the round's start: when the facilitator schedules it, and when it is held. */
  scheduledOn: number;
  heldOn: number;
  title: string;
  description: string;
  onlineUrl: string;
}

export interface DemoRoundPlan {
  programmeId: string;
  facilitator: Actor;
  seed: number;
  slug: string;
  name: string;
  theme: string;
  rules: string;
  /** Accepted applicants, all matched in pairs. */
  people: number;
  /** Applicants turned away when applications closed: [waitlisted, rejected]. */
  turnedAway: [number, number];
  /** The round's start, in days from today (negative: in the past). */
  startsOnDay: number;
  /** The last day lived, in days from the start; the day that is today is lived to now. */
  livedUntil: number;
  sessions: readonly DemoSession[];
  /** The demo participant account's address joins one pair (the round under way). */
  participant?: DemoParticipant;
  /** The facilitator dissolves the pair that reported a problem, this many days after. */
  dissolveProblemAfterDays?: number;
  locale: (country: string) => string;
}

function ensure<T>(
  result: { ok: true; value: T } | { ok: false; error: unknown },
  what: string,
): T {
  if (!result.ok) throw new Error(`Demo: ${what} failed: ${JSON.stringify(result.error)}`);
  return result.value;
}

export async function liveDemoRound(
  deps: AllUseCaseDeps,
  plan: DemoRoundPlan,
): Promise<{ roundId: string }> {
  const realNow = deps.clock.now();
  // Days counted from the start's midnight (UTC), so the demo's times read cleanly.
  const midnight = Math.floor(realNow.getTime() / DAY_MS) * DAY_MS;
  const at = (day: number, hourOfDay = 0) =>
    new Date(midnight + (plan.startsOnDay + day) * DAY_MS + hourOfDay * 3_600_000);
  const today = -plan.startsOnDay;
  let current = at(-58);
  const simulated: AllUseCaseDeps = { ...deps, clock: { now: () => new Date(current) } };
  const useCases = createUseCases(simulated);
  const on = (day: number, hourOfDay = 0) =>
    void (current = day === today ? new Date(realNow) : at(day, hourOfDay));

  // The round and its applicants, as they stood when applications closed.
  const round: RoundRecord = {
    id: deps.ids.newId(),
    programmeId: plan.programmeId,
    slug: plan.slug,
    name: plan.name,
    theme: plan.theme,
    mode: "peer",
    status: "closed",
    applicationsOpenAt: at(-58),
    applicationsCloseAt: at(-18),
    matchingAt: at(-8),
    startsAt: at(0),
    endsAt: at(ROUND_DAYS),
    rulesMarkdown: plan.rules,
    countryCapPercent: null,
    countryCapMinApplications: 20,
    allowTriads: false,
    groupSize: null,
    clonedFromRoundId: null,
    createdAt: at(-68),
    updatedAt: at(-18),
  };
  const [waitlisted, rejected] = plan.turnedAway;
  const applicants = plan.people + waitlisted + rejected;
  const people = generateDemoApplicants({ seed: plan.seed, count: applicants, mode: "peer" }).map(
    (profile, i): ApplicationRecord => {
      const applied = at(-58 + (i * 40) / applicants);
      const joins = i === 0 && plan.participant;
      // Every seventh applicant, up to the plan's numbers, was turned away when it closed.
      const turnedAway = i % 7 === 6 ? Math.floor(i / 7) : -1;
      const status =
        turnedAway >= 0 && turnedAway < waitlisted
          ? "waitlisted"
          : turnedAway >= waitlisted && turnedAway < waitlisted + rejected
            ? "rejected"
            : "accepted";
      return {
        ...profile,
        ...(joins ? { name: plan.participant!.name, email: plan.participant!.email } : {}),
        id: deps.ids.newId(),
        roundId: round.id,
        userId: null,
        status,
        waitlistReason: status === "waitlisted" ? "facilitator" : null,
        decisionMessage: null,
        source: "form",
        locale: joins ? "en" : plan.locale(profile.country),
        customAnswers: {},
        consentAt: applied,
        createdAt: applied,
        updatedAt: at(-18),
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

  // Matched and published by the facilitator, a few days before the start.
  on(-8, 9);
  const { runId } = ensure(
    await useCases.startMatchingRun(plan.facilitator, {
      roundId: round.id,
      criteria: defaultCriteria({ allowTriads: false }),
      seed: plan.seed,
      basedOnRunId: null,
    }),
    "matching run",
  );
  await computeMatchingRun(simulated, { runId });
  on(-3, 10);
  ensure(await useCases.publishRun(plan.facilitator, { roundId: round.id, runId }), "publish");
  const localeOf = new Map(people.map((a) => [a.id, a.locale]));
  const surveys = ensure(await useCases.ensureRoundSurveys(round.id), "surveys");

  const { items: partnerships } = await deps.uow.read.partnerships.listForRound(
    round.id,
    { search: "", country: "", sector: "", status: "" },
    null,
  );
  // Who does what: most pairs are engaged, a few quiet, four silent; the participant's pair
  // is engaged; one pair reports a problem.
  const mine = plan.participant
    ? partnerships.find((p) =>
        p.members.some((m) => m.email === plan.participant!.email.toLowerCase()),
      )
    : undefined;
  const others = partnerships.filter((p) => p !== mine);
  const silent = new Set(others.slice(0, 4).map((p) => p.id));
  const problem = others[4];
  const quiet = new Set(others.slice(5, 8).map((p) => p.id));
  const engaged = partnerships.filter((p) => !silent.has(p.id) && p !== problem);
  let dissolved = false;

  // The days something happens: the first two, every fortnight's meetings and check-in
  // answers, the sessions and the day before each, the surveys' answers, the end, today.
  const lastMeetingDay = Math.min(plan.livedUntil, ROUND_DAYS - 1);
  // Each survey's sending day, counted from the start; answers come 2 and 9 days after it.
  const sentOn = new Map(
    surveys.map((s) => [s.id, Math.round((s.sendAt.getTime() - at(0).getTime()) / DAY_MS)]),
  );
  const surveyDays = [...sentOn.values()].flatMap((sent) => [sent + 2, sent + 9]);
  const problemDay = 15;
  const dissolveDay =
    plan.dissolveProblemAfterDays === undefined
      ? undefined
      : problemDay + plan.dissolveProblemAfterDays;
  const days = [
    ...new Set([
      0,
      1,
      ...fortnightly(4, lastMeetingDay),
      ...fortnightly(0, plan.livedUntil),
      ...fortnightly(15, lastMeetingDay),
      ...plan.sessions.flatMap((s) => [s.scheduledOn, s.heldOn - 1, s.heldOn]),
      ...(plan.participant ? [39] : []),
      ...(dissolveDay === undefined ? [] : [dissolveDay]),
      ...surveyDays,
      ROUND_DAYS,
      ROUND_DAYS + 1,
      plan.livedUntil,
    ]),
  ]
    .filter((day) => day >= 0 && day <= plan.livedUntil)
    .sort((a, b) => a - b);

  for (const day of days) {
    on(day, 10);
    await useCases.finishEndedRounds();
    await useCases.sendDueTopics();
    await useCases.sendDueCheckIns();
    await useCases.followUpPartnerships();
    await useCases.remindGroupSessions();
    await useCases.sendDueSurveys();
    await liveTheDay(day);
  }

  async function liveTheDay(day: number) {
    const now = current;
    for (const session of plan.sessions)
      if (day === session.scheduledOn)
        ensure(
          await useCases.scheduleGroupSession(plan.facilitator, {
            roundId: round.id,
            values: {
              title: session.title,
              description: session.description,
              startsAtLocal: localInput(at(session.heldOn, 15)),
              timeZone: "UTC",
              durationMinutes: "45",
              onlineUrl: session.onlineUrl,
              place: "",
            },
          }),
          "group session",
        );
    if (day === 1)
      await deps.uow.transaction(async (r) => {
        for (const p of engaged)
          for (const m of p.members)
            await r.partnershipPages.insertAgreementConfirmation({
              partnershipId: p.id,
              applicationId: m.applicationId,
              confirmedAt: now,
            });
      });
    if (day % 14 === 4 && day <= lastMeetingDay)
      await deps.uow.transaction(async (r) => {
        for (const [i, p] of engaged.entries()) {
          // Quiet pairs met once in their first six weeks, then found their rhythm.
          if (quiet.has(p.id) && day !== 18 && day < 60) continue;
          // A third of the pairs meet in the week between the topics, once they are going.
          const heldOn = day > 4 && i % 3 === 0 ? day - 8 : day - 1;
          await r.partnershipPages.insertMeeting(
            meeting(p, at(heldOn, 14 + (i % 5)), MEETING_NOTES[(i + day) % 6]!),
          );
        }
      });
    if (day % 14 === 1 && day >= 15 && day <= lastMeetingDay) await answerCheckIns(day);
    if (day === 39 && mine)
      await deps.uow.transaction((r) =>
        r.partnershipPages.insertMeeting({
          ...meeting(mine, at(46, 17), "Second topic: our libraries' communities."),
          status: "planned",
        }),
      );
    if (day === dissolveDay && problem && !dissolved) {
      ensure(
        await useCases.dissolvePartnership(plan.facilitator, {
          roundId: round.id,
          partnershipId: problem.id,
        }),
        "dissolve",
      );
      dissolved = true;
    }
    if (surveyDays.includes(day)) await answerSurveys(day);
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
    const first = day === problemDay;
    for (const p of partnerships) {
      if (silent.has(p.id)) continue;
      for (const [i, m] of p.members.entries()) {
        const answer =
          p === problem
            ? i === 0
              ? "problem"
              : null
            : quiet.has(p.id) && first
              ? "not_yet"
              : "in_touch";
        if (!answer) continue;
        const token = await checkInToken(m.email, answer);
        if (!token) continue;
        await useCases.answerCheckIn(token, {
          answer,
          goodMatch: first ? (p === problem ? "no" : "yes") : "",
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

  /**
   * On the second day after a survey is sent most engaged members answer, and a few more
   * after the reminder; the quiet answer late, the silent never.
   */
  async function answerSurveys(day: number) {
    for (const survey of surveys) {
      const sent = sentOn.get(survey.id)!;
      if (day !== sent + 2 && day !== sent + 9) continue;
      const afterReminder = day === sent + 9;
      const questions = await deps.uow.read.surveys.listQuestions(survey.id);
      for (const [i, p] of partnerships.entries()) {
        if (silent.has(p.id) || (p === problem && dissolved)) continue;
        const late = quiet.has(p.id) || p === problem || (i + survey.kind.length) % 5 === 0;
        if (late !== afterReminder) continue;
        for (const [j, m] of p.members.entries()) {
          if ((i + j) % 4 === 3) continue;
          await answerDemoSurvey(useCases, questions, {
            surveyId: survey.id,
            applicationId: m.applicationId,
            locale: localeOf.get(m.applicationId) ?? "en",
            mood: p === problem ? "unhappy" : quiet.has(p.id) ? "mixed" : "happy",
            seed: plan.seed + i * 31 + j * 7 + survey.kind.length,
          });
        }
      }
    }
  }

  // The simulated weeks' emails went to invented people: kept in the mailbox, never sent.
  await deps.uow.transaction((r) => r.outbox.keepPendingUnsent());
  return { roundId: round.id };
}

/** from, from + 14, … up to `until`. */
function fortnightly(from: number, until: number): number[] {
  const days: number[] = [];
  for (let day = from; day <= until; day += 14) days.push(day);
  return days;
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
