/**
 * The round report of a 10,000-participant round (issue 13's speed target: rendered in under
 * 300 ms on the server; the map's SVG under 300 KB), in-process on PGlite (or a PostgreSQL
 * server with TEST_DB=postgres), measured as the page's server work without HTTP: the report
 * page's use case (getRoundReport, what its loader calls) and then React's renderToString of
 * the page (ReportView, in a static router with the i18n provider, as the server renders it).
 *
 * The seed (bench/report-seed.ts): a finished round of 10,000 participants (11,100
 * applications from 120 countries, 5,050 partnerships, ~20,000 meetings, ~80,000 check-ins,
 * mid and end surveys with ~80,000 answers) and the programme's earlier round of 2,000 for the
 * comparison; tables analysed after seeding, as autovacuum would on a server.
 *
 * p50 and p99 over ITERATIONS runs (after warm-up) are printed against the target, and as a
 * ratio to a reference measured in the same run: getFacilitatedRound, the smallest facilitator
 * use case (two primary-key reads), what any page of this app costs in the database anyway.
 * On PGlite the process's CPU time is printed too: the work itself, where wall time on a
 * shared machine includes waiting for the other programs running on it.
 *
 *   node --import tsx bench/report.ts            (ITERATIONS=30 by default)
 */
import { sql } from "drizzle-orm";
import { user } from "../src/db/schema/index.ts";
import { openTestDatabase } from "../src/db/test-database.ts";
import { testUseCaseDeps } from "../src/db/test-use-case-deps.ts";
import { getRoundReport, TEXT_ANSWERS_SHOWN } from "../src/use-cases/reports/get-round-report.ts";
import type { Actor } from "../src/use-cases/result.ts";
import { getFacilitatedRound } from "../src/use-cases/rounds/find-facilitated-round.ts";
import { seedFinishedRound } from "./report-seed.ts";

// React renders as the production server does (its development build is several times slower).
// Set before React is first imported: the page's module is imported below, after this line.
process.env.NODE_ENV = "production";
const { renderPage } = await import("./report-render.tsx");

const PARTICIPANTS = 10_000;
const EARLIER_PARTICIPANTS = 2_000;
const ITERATIONS = Math.max(10, Number(process.env.ITERATIONS) || 30);
const TARGET_MS = 300;
const MAP_TARGET_BYTES = 300 * 1024;
const NOW = new Date("2027-07-10T10:00:00Z");
const admin: Actor = { userId: "bench-admin", role: "admin" };

const database = await openTestDatabase();
const deps = testUseCaseDeps(database, NOW);
await database.db
  .insert(user)
  .values({ id: admin.userId, name: "Admin", email: "bench-admin@example.org", role: "admin" });

console.log(
  `Seeding a round of ${PARTICIPANTS.toLocaleString("en")} participants and an earlier one of ${EARLIER_PARTICIPANTS.toLocaleString("en")} on ${database.databaseUrl ? "PostgreSQL" : "PGlite"}…`,
);
const seedStarted = performance.now();
const earlier = await seedFinishedRound(database, deps, admin, {
  participants: EARLIER_PARTICIPANTS,
  startsAt: new Date("2026-02-10T00:00:00Z"),
  prefix: "early",
});
const big = await seedFinishedRound(database, deps, admin, {
  participants: PARTICIPANTS,
  startsAt: new Date("2027-02-10T00:00:00Z"),
  programmeId: earlier.round.programmeId,
  prefix: "big",
});
await database.db.execute(sql`analyze`);
console.log(
  `Seeded in ${((performance.now() - seedStarted) / 1000).toFixed(1)} s: ${JSON.stringify(big.counts)}`,
);

const input = {
  roundId: big.round.id,
  timeZone: "Europe/Madrid",
  locale: "en",
  textAnswers: TEXT_ANSWERS_SHOWN,
};

async function reportAndPage(): Promise<{ ok: boolean; html: string }> {
  const result = await getRoundReport(deps, admin, input);
  if (!result.ok) return { ok: false, html: "" };
  return { ok: true, html: await renderPage(result.value) };
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/**
 * Wall time, and this process's CPU time: on PGlite the database runs in this process, so CPU
 * time is the work itself, which other programs on a shared machine cannot inflate (wall time
 * they can, several times over). On a PostgreSQL server the database's work is in its own
 * processes, so only wall time says anything there.
 */
async function measure(label: string, run: () => Promise<{ ok: boolean }>) {
  for (let i = 0; i < 3; i++) if (!(await run()).ok) throw new Error(`${label} failed`);
  const times: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < ITERATIONS; i++) {
    const started = performance.now();
    const cpuStarted = process.cpuUsage();
    await run();
    const used = process.cpuUsage(cpuStarted);
    times.push(performance.now() - started);
    cpu.push((used.user + used.system) / 1000);
  }
  times.sort((a, b) => a - b);
  cpu.sort((a, b) => a - b);
  return {
    label,
    p50: percentile(times, 50),
    p99: percentile(times, 99),
    cpuP50: percentile(cpu, 50),
    cpuP99: percentile(cpu, 99),
  };
}

const { html } = await reportAndPage();
const map = /<figure class="chart chart-map" id="chart-map">[\s\S]*?(<svg[\s\S]*?<\/svg>)/.exec(
  html,
)?.[1];
if (!map) throw new Error("the report has no map");
const mapBytes = Buffer.byteLength(map);
const htmlBytes = Buffer.byteLength(html);

const report = await getRoundReport(deps, admin, input);
const report$ = report.ok ? report.value : null;
const results = [
  await measure("reference: getFacilitatedRound", () =>
    getFacilitatedRound(deps, admin, big.round.id),
  ),
  await measure("report's use case (the loader)", () => getRoundReport(deps, admin, input)),
  await measure("render alone (renderToString)", async () => ({
    ok: (await renderPage(report$!)).length > 0,
  })),
  await measure("use case + render (the page)", reportAndPage),
];
const reference = results[0]!;
const ms = (v: number) => `${v.toFixed(1)} ms`;
console.log(
  `\nThe report shows ${report$!.map!.countries.length} countries, ${report$!.map!.links.length} pairs of countries, ${report$!.comparison.rounds.length} rounds compared.`,
);
const onPglite = !database.databaseUrl;
console.log(
  `\n${"measured".padEnd(34)}${"p50".padStart(10)}${"p99".padStart(10)}${`< ${TARGET_MS} ms`.padStart(11)}${"× ref p50".padStart(11)}${onPglite ? `${"CPU p50".padStart(11)}${"CPU p99".padStart(11)}${`< ${TARGET_MS} ms`.padStart(11)}` : ""}`,
);
for (const r of results) {
  const page = r === results.at(-1);
  const verdict = (v: number) => (page ? (v < TARGET_MS ? "PASS" : "MISS") : "");
  console.log(
    `${r.label.padEnd(34)}${ms(r.p50).padStart(10)}${ms(r.p99).padStart(10)}${verdict(r.p99).padStart(11)}${`${(r.p50 / reference.p50).toFixed(1)}×`.padStart(11)}${onPglite ? `${ms(r.cpuP50).padStart(11)}${ms(r.cpuP99).padStart(11)}${verdict(r.cpuP99).padStart(11)}` : ""}`,
  );
}
console.log(
  `\nThe map's SVG: ${(mapBytes / 1024).toFixed(0)} KB (< ${MAP_TARGET_BYTES / 1024} KB: ${mapBytes < MAP_TARGET_BYTES ? "PASS" : "MISS"}); the whole page's HTML: ${(htmlBytes / 1024).toFixed(0)} KB.`,
);
console.log(
  `${ITERATIONS} runs each after 3 warm-up runs, one at a time, in-process (no HTTP, no sign-in); ${database.databaseUrl ? "PostgreSQL server" : "PGlite in memory"}. The target is read on p99 of the page${onPglite ? " (wall time, and this process's CPU time, which a loaded machine does not inflate)" : ""}.`,
);
await database.close();
