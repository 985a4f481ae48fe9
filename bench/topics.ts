/**
 * `npm run bench` (after the others): the fortnight's topic emailed to 5,000 active
 * partnerships (10,000 people) by the scheduled job's use case, `sendDueTopics`, on an
 * in-memory PGlite: finding the partnerships, recording 5,000 deliveries and rendering and
 * queuing 10,000 emails in each recipient's language, in batches of 500 partnerships per
 * transaction. Target (issue 12): under 10 s. Printed beside a reference measured in the
 * same run, rendering the same 10,000 emails without a database, so runs on different
 * machines can be compared; a second run right after shows the cost of finding nothing to do.
 *
 *   node --import tsx bench/topics.ts        (BENCH_PARTNERSHIPS=5000)
 */
import { user } from "../src/db/schema/index.ts";
import { openTestDatabase } from "../src/db/test-database.ts";
import { testUseCaseDeps } from "../src/db/test-use-case-deps.ts";
import { DEMO_TOPICS, loadDemoTopics } from "../src/demo/demo-topics.ts";
import { renderEmail } from "../src/mail/render-email.ts";
import { sendDueTopics } from "../src/use-cases/partnerships/send-due-topics.ts";
import {
  createLiveRound,
  createTestProgramme,
} from "../src/use-cases/partnerships/topic-test-fixtures.ts";
import type { Actor } from "../src/use-cases/result.ts";
import { createUseCases } from "../src/use-cases/use-cases.ts";

const PARTNERSHIPS = Number(process.env.BENCH_PARTNERSHIPS ?? 5000);
const TARGET_SECONDS = 10;
const LOCALES = ["en", "es", "fr", "de"] as const;

const startsAt = new Date("2030-03-04T09:00:00Z");
const database = await openTestDatabase();
try {
  await database.db
    .insert(user)
    .values({ id: "bench", name: "Bench", email: "bench@example.org", role: "admin" });
  const admin: Actor = { userId: "bench", role: "admin" };
  const deps = testUseCaseDeps(database, new Date(startsAt.getTime() - 30 * 86_400_000));
  const programmeId = await createTestProgramme(deps, admin);
  await loadDemoTopics(createUseCases(deps), admin, programmeId);
  const setupStarted = performance.now();
  const people = Array.from({ length: PARTNERSHIPS * 2 }, (_, i) => ({
    email: `bench-${i}@example.org`,
    name: `Bench Person ${i}`,
    country: ["FI", "KE", "BR", "JP", "MX", "IN"][i % 6]!,
    // A German speaker gets the programme's default language (no German text).
    locale: LOCALES[i % LOCALES.length]!,
  }));
  await createLiveRound(deps, admin, { programmeId, startsAt, people });
  console.log(
    `set-up: ${PARTNERSHIPS.toLocaleString("en")} partnerships in ${((performance.now() - setupStarted) / 1000).toFixed(1)} s`,
  );

  // The reference: the same emails rendered alone, no database.
  const referenceStarted = performance.now();
  for (const [i, person] of people.entries()) {
    const text = DEMO_TOPICS[0]![person.locale === "de" ? "en" : person.locale];
    renderEmail(
      {
        kind: "topic",
        recipientName: person.name,
        partnerNames: [people[i ^ 1]!.name],
        roundName: "Round",
        programmeName: "Programme",
        title: text.title,
        promptMarkdown: text.prompt,
        partnershipUrl: `http://bench.localhost/partnerships/${i >> 1}`,
      },
      person.locale,
      { unsubscribe: { kind: "topics", url: "http://bench.localhost/unsubscribe/x" } },
    );
  }
  const referenceMs = performance.now() - referenceStarted;

  deps.clock.set(new Date(startsAt.getTime() + 60_000));
  const started = performance.now();
  const sent = await sendDueTopics(deps);
  const useCaseMs = performance.now() - started;
  const againStarted = performance.now();
  const again = await sendDueTopics(deps);
  const againMs = performance.now() - againStarted;
  if (sent.deliveries !== PARTNERSHIPS || sent.emails !== PARTNERSHIPS * 2 || again.emails !== 0)
    throw new Error(`unexpected counts: ${JSON.stringify({ sent, again })}`);

  console.log("measurement | ms | target s | met | × reference");
  console.log(
    `sendDueTopics: ${PARTNERSHIPS.toLocaleString("en")} partnerships, ${sent.emails.toLocaleString("en")} emails | ${Math.round(useCaseMs)} | ${TARGET_SECONDS} | ${useCaseMs < TARGET_SECONDS * 1000 ? "yes" : "NO"} | ${(useCaseMs / referenceMs).toFixed(1)}`,
  );
  console.log(
    `sendDueTopics again (nothing due) | ${Math.round(againMs)} |  |  | ${(againMs / referenceMs).toFixed(2)}`,
  );
  console.log(
    `reference: rendering ${(PARTNERSHIPS * 2).toLocaleString("en")} topic emails, no database | ${Math.round(referenceMs)} |  |  | 1.0`,
  );
} finally {
  await database.close();
}
