/**
 * The data of bench/report.ts: a finished round of `participants` people with what such a
 * round holds, written straight into the tables. Applicants from 120 countries (a few large,
 * many small, as in the International Librarians Network's rounds), 6% waitlisted, 3%
 * rejected, 2% withdrawn; the participants in pairs across countries, 2% dissolved and
 * re-matched; about four meetings held per pair; a check-in every fortnight (8 per member,
 * 60% "in touch", 12% "not yet", 1% "a problem", the rest unanswered); 15% of pairs nudged
 * for silence, 6% on the follow-up list, 1% with a problem; the default mid- and end-of-round
 * surveys sent to everyone and answered by 60% and 55%, a third of them writing suggestions.
 */
import { sql } from "drizzle-orm";
import {
  checkIn,
  followUp,
  matchingRun,
  meeting,
  partnership,
  partnershipMember,
  round as roundTable,
  roundPublication,
  survey,
  surveyAnswer,
  surveyInvitation,
  surveyQuestion,
  surveyResponse,
} from "../src/db/schema/index.ts";
import type { TestDatabase } from "../src/db/test-database.ts";
import type { TestUseCaseDeps } from "../src/db/test-use-case-deps.ts";
import { defaultQuestions } from "../src/domain/surveys/default-questionnaire.ts";
import type { SurveyKind } from "../src/domain/surveys/survey-question.ts";
import { COUNTRY_CODES } from "../src/domain/vocabulary/countries.ts";
import { SECTORS } from "../src/domain/vocabulary/vocabulary.ts";
import type { Actor } from "../src/use-cases/result.ts";
import { addApplicants, createClosedRound } from "../src/use-cases/testing/matching-fixtures.ts";
import { insertAll, seededRandom } from "./seed-rows.ts";

const DAY = 86_400_000;
const COUNTRIES = COUNTRY_CODES.filter(
  (c) => !["AQ", "BV", "HM", "TF", "UM", "GS"].includes(c),
).slice(0, 120);
const SUGGESTIONS = [
  "More group sessions, at times that suit Asia and the Pacific.",
  "A short guide for the first conversation.",
  "Send the topics in advance so we can prepare.",
  "Let us choose the topics ourselves after the first month.",
  "A chance to meet the other pairs from our region.",
  "Más sesiones en grupo en español.",
  "Des rencontres en français, s’il vous plaît.",
];

/** A finished round of the programme (or a new one) that started on `startsAt`. */
export async function seedFinishedRound(
  database: TestDatabase,
  deps: TestUseCaseDeps,
  admin: Actor,
  options: { participants: number; startsAt: Date; programmeId?: string; prefix: string },
) {
  const { db } = database;
  const { prefix, startsAt } = options;
  const rand = seededRandom(options.participants);
  let counter = 0;
  const newId = (kind: string) => `${prefix}-${kind}${(++counter).toString(36)}`;
  const round = await createClosedRound(deps, admin, {
    startsAt,
    ...(options.programmeId ? { programmeId: options.programmeId } : {}),
  });
  const endsAt = round.endsAt;
  // Zipf-like: the first countries send many applicants, the long tail a few each.
  const country = () => COUNTRIES[Math.floor(COUNTRIES.length * rand() ** 2.2)]!;
  const others = Math.round(options.participants * 0.11);
  const statuses = [
    ...Array<string>(options.participants).fill("accepted"),
    ...Array.from({ length: others }, (_, i) =>
      i < others * 0.55 ? "waitlisted" : i < others * 0.82 ? "rejected" : "withdrawn",
    ),
  ];
  const apps = await addApplicants(
    deps,
    round,
    statuses.map((status, i) => ({
      email: `${prefix}-${i}@example.org`,
      name: `${prefix} ${i}`,
      country: country(),
      sector: SECTORS[Math.floor(rand() * SECTORS.length)]!,
      status: status as "accepted",
    })),
  );
  // Career stages and application days spread as a round's are (one statement, not a row each).
  await db.execute(sql`update application set
      career_stage = (array['student','early','mid','mid','senior','retired'])[1 + abs(hashtext(id)) % 6],
      created_at = ${round.applicationsOpenAt}::timestamptz
        + (abs(hashtext(id || 'day')) % 30) * interval '1 day' + interval '9 hours'
    where round_id = ${round.id}`);
  const participants = apps.filter((a) => a.status === "accepted");
  // Pairs across countries: each person with the next one of another country in a shuffle.
  const shuffled = [...participants].sort(() => rand() - 0.5);
  const pairs: [(typeof apps)[number], (typeof apps)[number]][] = [];
  for (let i = 0; i + 1 < shuffled.length; i += 2) pairs.push([shuffled[i]!, shuffled[i + 1]!]);

  const runId = newId("run");
  await db.insert(matchingRun).values({
    id: runId,
    roundId: round.id,
    status: "done",
    progress: {} as never,
    criteria: {} as never,
    seed: 1,
  });
  const published = new Date(startsAt.getTime() - 7 * DAY);
  await db.insert(roundPublication).values({ roundId: round.id, runId, publishedAt: published });

  const partnershipRows: (typeof partnership.$inferInsert)[] = [];
  const memberRows: (typeof partnershipMember.$inferInsert)[] = [];
  const meetings: (typeof meeting.$inferInsert)[] = [];
  const checkIns: (typeof checkIn.$inferInsert)[] = [];
  const followUps: (typeof followUp.$inferInsert)[] = [];
  const dissolvedCount = Math.round(pairs.length * 0.02);
  const addPartnership = (
    members: (typeof apps)[number][],
    dissolved: boolean,
    rematch: boolean,
  ) => {
    const id = newId("p");
    const score = 300 + Math.floor(rand() * 600);
    const created = rematch ? new Date(startsAt.getTime() + 30 * DAY) : published;
    const closedAt = dissolved ? new Date(startsAt.getTime() + 25 * DAY) : endsAt;
    let lastContact: Date | null = null;
    const held = dissolved ? Math.floor(rand() * 2) : Math.floor(rand() * 9);
    for (let k = 0; k < held; k++) {
      const at = new Date(
        created.getTime() + 7 * DAY + rand() * (closedAt.getTime() - created.getTime() - 7 * DAY),
      );
      if (!lastContact || at > lastContact) lastContact = at;
      meetings.push({
        id: newId("m"),
        partnershipId: id,
        loggedBy: members[0]!.id,
        status: "held",
        startsAt: at,
        durationMinutes: 45,
        place: rand() < 0.9 ? "online" : "in_person",
        format: "one_to_one",
      });
    }
    for (const m of members) {
      memberRows.push({
        partnershipId: id,
        applicationId: m.id,
        role: "peer",
        leftAt: dissolved ? closedAt : null,
      });
      for (let sequence = 1; sequence <= 8; sequence++) {
        const sentAt = new Date(startsAt.getTime() + sequence * 14 * DAY);
        if (sentAt > closedAt || sentAt < created) continue;
        const r = rand();
        const answer = r < 0.6 ? "in_touch" : r < 0.72 ? "not_yet" : r < 0.73 ? "problem" : null;
        const answeredAt = answer ? new Date(sentAt.getTime() + rand() * 3 * DAY) : null;
        if (answer === "in_touch" && (!lastContact || answeredAt! > lastContact))
          lastContact = answeredAt;
        checkIns.push({
          id: newId("c"),
          partnershipId: id,
          applicationId: m.id,
          sequence,
          sentAt,
          answer,
          goodMatch: sequence === 1 && answer ? (rand() < 0.9 ? "yes" : "no") : null,
          answeredAt,
        });
      }
    }
    const f = rand();
    partnershipRows.push({
      id,
      roundId: round.id,
      runId: rematch ? null : runId,
      kind: "pair",
      score,
      links: [
        {
          ids: [members[0]!.id, members[1]!.id],
          score,
          explanation: { contributions: [] } as never,
        },
      ],
      status: dissolved ? "dissolved" : "ended",
      lastContactAt: lastContact,
      nudgedAt: f < 0.15 ? new Date(startsAt.getTime() + 20 * DAY) : null,
      closedAt,
      createdAt: created,
    });
    if (f < 0.07)
      followUps.push({
        id: newId("f"),
        partnershipId: id,
        reason: f < 0.01 ? "problem" : "silent",
        openedAt: new Date(startsAt.getTime() + 40 * DAY),
        outcome: dissolved ? "dissolved" : "resolved",
        closedAt: new Date(startsAt.getTime() + 45 * DAY),
      });
  };
  pairs.forEach((pair, i) => addPartnership(pair, i < dissolvedCount, false));
  // The dissolved pairs' people re-matched, each with someone from the next dissolved pair.
  const freed = pairs.slice(0, dissolvedCount).flat();
  const rotated = [...freed.slice(1), ...freed.slice(0, 1)];
  for (let i = 0; i + 1 < rotated.length; i += 2)
    addPartnership([rotated[i]!, rotated[i + 1]!], false, true);
  await insertAll(partnershipRows, (b) => db.insert(partnership).values(b));
  await insertAll(memberRows, (b) => db.insert(partnershipMember).values(b));
  await insertAll(meetings, (b) => db.insert(meeting).values(b));
  await insertAll(checkIns, (b) => db.insert(checkIn).values(b));
  await insertAll(followUps, (b) => db.insert(followUp).values(b));
  const answers = await seedSurveys(database, round, participants, rand, newId);
  await db
    .update(roundTable)
    .set({ status: "finished" })
    .where(sql`${roundTable.id} = ${round.id}`);
  return {
    round,
    counts: {
      applications: apps.length,
      participants: participants.length,
      partnerships: partnershipRows.length,
      meetings: meetings.length,
      checkIns: checkIns.length,
      surveyAnswers: answers,
    },
  };
}

async function seedSurveys(
  database: TestDatabase,
  round: { id: string; endsAt: Date; startsAt: Date },
  participants: { id: string }[],
  rand: () => number,
  newId: (kind: string) => string,
): Promise<number> {
  const { db } = database;
  let answerCount = 0;
  for (const [kind, share] of [
    ["mid", 0.6],
    ["end", 0.55],
  ] as [SurveyKind, number][]) {
    const sendAt =
      kind === "mid"
        ? new Date((round.startsAt.getTime() + round.endsAt.getTime()) / 2)
        : round.endsAt;
    const surveyId = newId(`s${kind}`);
    await db.insert(survey).values({
      id: surveyId,
      roundId: round.id,
      kind,
      sendAt,
      closesAt: new Date(sendAt.getTime() + 21 * DAY),
    });
    const questions = defaultQuestions(kind, () => newId("q"));
    await db
      .insert(surveyQuestion)
      .values(questions.map((q, position) => ({ ...q, surveyId, position })));
    await insertAll(
      participants.map((p) => ({ surveyId, applicationId: p.id, sentAt: sendAt })),
      (b) => db.insert(surveyInvitation).values(b),
    );
    const responses: (typeof surveyResponse.$inferInsert)[] = [];
    const answers: (typeof surveyAnswer.$inferInsert)[] = [];
    for (const p of participants) {
      if (rand() >= share) continue;
      const responseId = newId("r");
      responses.push({
        id: responseId,
        surveyId,
        applicationId: p.id,
        submittedAt: sendAt,
        updatedAt: sendAt,
      });
      for (const q of questions) {
        if (q.type === "scale")
          answers.push({
            responseId,
            questionId: q.id,
            scale: Math.min(5, 2 + Math.floor(rand() * 4)),
          });
        else if (q.type === "single")
          answers.push({
            responseId,
            questionId: q.id,
            optionIds: [q.options[Math.floor(rand() * q.options.length)]!.id],
          });
        else if (q.type === "multiple")
          answers.push({
            responseId,
            questionId: q.id,
            optionIds: q.options.filter(() => rand() < 0.4).map((o) => o.id),
          });
        else if (rand() < 0.33)
          answers.push({
            responseId,
            questionId: q.id,
            text: SUGGESTIONS[Math.floor(rand() * SUGGESTIONS.length)]!,
          });
      }
    }
    await insertAll(responses, (b) => db.insert(surveyResponse).values(b));
    await insertAll(answers, (b) => db.insert(surveyAnswer).values(b));
    answerCount += answers.length;
  }
  return answerCount;
}
