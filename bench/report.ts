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
 *
 *   node --import tsx bench/report.ts            (ITERATIONS=30 by default)
 */
import { sql } from "drizzle-orm";
import { renderToString } from "react-dom/server";
import { createElement } from "react";
import { I18nextProvider } from "react-i18next";
import { createStaticHandler, createStaticRouter, StaticRouterProvider } from "react-router";
import { user } from "../src/db/schema/index.ts";
import { openTestDatabase } from "../src/db/test-database.ts";
import { testUseCaseDeps } from "../src/db/test-use-case-deps.ts";
import type { RoundReport } from "../src/domain/reports/round-report.ts";
import { createI18n } from "../src/i18n/create-i18n.ts";
import { getRoundReport, TEXT_ANSWERS_SHOWN } from "../src/use-cases/reports/get-round-report.ts";
import type { Actor } from "../src/use-cases/result.ts";
import { getFacilitatedRound } from "../src/use-cases/rounds/find-facilitated-round.ts";
import { ReportView } from "../src/web/features/reports/report-view.tsx";
import { seedFinishedRound } from "./report-seed.ts";

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

/** The page as the server renders it: a static router (no HTTP), English. */
async function renderPage(report: RoundReport): Promise<string> {
  const handler = createStaticHandler([
    {
      id: "report",
      path: "/facilitate/rounds/:roundId/report",
      Component: () => createElement(ReportView, { report, notice: null, errors: undefined }),
    },
  ]);
  const context = await handler.query(
    new Request(`http://bench.localhost/facilitate/rounds/${report.round.id}/report`),
  );
  if (context instanceof Response) throw new Error("the static handler answered a Response");
  const router = createStaticRouter(handler.dataRoutes, context);
  return renderToString(
    createElement(
      I18nextProvider,
      { i18n: createI18n("en") },
      createElement(StaticRouterProvider, { router, context }),
    ),
  );
}

async function reportAndPage(): Promise<{ ok: boolean; html: string }> {
  const result = await getRoundReport(deps, admin, input);
  if (!result.ok) return { ok: false, html: "" };
  return { ok: true, html: await renderPage(result.value) };
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

async function measure(label: string, run: () => Promise<{ ok: boolean }>) {
  for (let i = 0; i < 3; i++) if (!(await run()).ok) throw new Error(`${label} failed`);
  const times: number[] = [];
  for (let i = 0; i < ITERATIONS; i++) {
    const started = performance.now();
    await run();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return { label, p50: percentile(times, 50), p99: percentile(times, 99) };
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
console.log(
  `\n${"measured".padEnd(34)}${"p50".padStart(10)}${"p99".padStart(10)}${`< ${TARGET_MS} ms`.padStart(11)}${"× ref p50".padStart(11)}`,
);
for (const r of results) {
  const verdict = r === results.at(-1) ? (r.p99 < TARGET_MS ? "PASS" : "MISS") : "";
  console.log(
    `${r.label.padEnd(34)}${ms(r.p50).padStart(10)}${ms(r.p99).padStart(10)}${verdict.padStart(11)}${`${(r.p50 / reference.p50).toFixed(1)}×`.padStart(11)}`,
  );
}
console.log(
  `\nThe map's SVG: ${(mapBytes / 1024).toFixed(0)} KB (< ${MAP_TARGET_BYTES / 1024} KB: ${mapBytes < MAP_TARGET_BYTES ? "PASS" : "MISS"}); the whole page's HTML: ${(htmlBytes / 1024).toFixed(0)} KB.`,
);
console.log(
  `${ITERATIONS} runs each after 3 warm-up runs, one at a time, in-process (no HTTP, no sign-in); ${database.databaseUrl ? "PostgreSQL server" : "PGlite in memory"}. The target is read on p99 of the page.`,
);
await database.close();
