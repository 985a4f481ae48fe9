/**
 * A round under way with its partnerships, for the topic tests and the bench: applicants are
 * added and paired two by two (in the order given) as a published run would pair them,
 * without running the engine, so thousands of partnerships take a moment. Through the
 * repositories only (no database import: any UnitOfWork will do).
 */
import { defaultCriteria } from "../../domain/matching/matching-criteria.ts";
import { createProgramme } from "../programmes/create-programme.ts";
import type { ApplicationRecord } from "../applications/application-ports.ts";
import type { UseCaseDeps } from "../ports.ts";
import type { Actor } from "../result.ts";
import type { RoundRecord } from "../rounds/round-ports.ts";
import { saveRound } from "../rounds/save-round.ts";
import { addApplicants, type PersonSpec } from "../testing/matching-fixtures.ts";
import { createTopic } from "./create-topic.ts";

export async function createTestProgramme(
  deps: Pick<UseCaseDeps, "uow" | "clock" | "ids">,
  actor: Actor,
  defaultLanguage: "en" | "es" | "fr" = "en",
): Promise<string> {
  const created = await createProgramme(deps, actor, {
    name: `Programme ${deps.ids.newId().slice(0, 8)}`,
    defaultLanguage,
  });
  if (!created.ok) throw new Error(JSON.stringify(created.error));
  return created.value.id;
}

/** Adds topics to the library in order; each has `title` in English and the texts given. */
export async function addTopics(
  deps: Pick<UseCaseDeps, "uow" | "clock" | "ids">,
  actor: Actor,
  programmeId: string,
  topics: readonly Record<string, { title: string; prompt: string }>[],
): Promise<string[]> {
  const ids: string[] = [];
  for (const texts of topics) {
    const created = await createTopic(deps, actor, { programmeId, texts });
    if (!created.ok) throw new Error(JSON.stringify(created.error));
    ids.push(created.value.id);
  }
  return ids;
}

/**
 * A round of `programmeId` starting at `startsAt` (120 days long), published: status
 * "matched" (set directly, as publishing would), its applicants paired in order into active
 * partnerships created at `formedAt` (default: a week before the start).
 */
export async function createLiveRound(
  deps: UseCaseDeps,
  actor: Actor,
  options: {
    programmeId: string;
    startsAt: Date;
    people: readonly PersonSpec[];
    formedAt?: Date;
  },
): Promise<{ round: RoundRecord; applications: ApplicationRecord[]; partnershipIds: string[] }> {
  const day = 24 * 60 * 60 * 1000;
  const saved = await saveRound(deps, actor, {
    programmeId: options.programmeId,
    round: {
      name: `Round ${options.startsAt.toISOString().slice(0, 10)}`,
      theme: "",
      mode: "peer",
      applicationsOpenAt: new Date(options.startsAt.getTime() - 40 * day),
      applicationsCloseAt: new Date(options.startsAt.getTime() - 10 * day),
      matchingAt: new Date(options.startsAt.getTime() - 7 * day),
      startsAt: options.startsAt,
      endsAt: new Date(options.startsAt.getTime() + 120 * day),
      rulesMarkdown: "We meet once a fortnight.",
      countryCapPercent: null,
      allowTriads: false,
      groupSize: null,
    },
    questions: [],
  });
  if (!saved.ok) throw new Error(JSON.stringify(saved.error));
  const round = saved.value;
  const applications = await addApplicants(deps, round, options.people);
  const formedAt =
    options.formedAt ?? new Date(options.startsAt.getTime() - 7 * 24 * 60 * 60 * 1000);
  const partnershipIds = await pairInOrder(deps, round, applications, formedAt);
  await deps.uow.transaction((r) =>
    r.rounds.update({ ...round, status: "matched", updatedAt: formedAt }),
  );
  return { round: { ...round, status: "matched" }, applications, partnershipIds };
}

/** Pairs the applications two by two into active partnerships of a published run. */
export async function pairInOrder(
  deps: Pick<UseCaseDeps, "uow" | "ids">,
  round: RoundRecord,
  applications: readonly ApplicationRecord[],
  formedAt: Date,
): Promise<string[]> {
  const runId = deps.ids.newId();
  const pairs = Array.from(
    { length: Math.floor(applications.length / 2) },
    (_, i) => [applications[2 * i]!, applications[2 * i + 1]!] as const,
  );
  const partnerships = pairs.map(([a, b]) => ({
    id: deps.ids.newId(),
    roundId: round.id,
    runId,
    kind: "pair" as const,
    score: 50,
    links: [],
    breaksHardRule: false,
    status: "active" as const,
    createdAt: formedAt,
    members: [
      { applicationId: a.id, role: "peer" as const },
      { applicationId: b.id, role: "peer" as const },
    ],
  }));
  await deps.uow.transaction(async (r) => {
    await r.matchingRuns.insert({
      id: runId,
      roundId: round.id,
      createdBy: null,
      createdAt: formedAt,
      finishedAt: formedAt,
      status: "done",
      progress: { stage: "saving", done: applications.length, total: applications.length },
      criteria: defaultCriteria({ allowTriads: false }),
      seed: 1,
      basedOnRunId: null,
      result: null,
      manualChanges: [],
      totalScore: null,
      lowestScore: null,
      error: null,
      engineMs: null,
    });
    await r.partnerships.insertMany(partnerships);
  });
  return partnerships.map((p) => p.id);
}
