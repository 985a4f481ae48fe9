/**
 * `node --import tsx bench/kill-mid-import.ts [rows]`: what does a server killed during a CSV
 * import leave? Starts the real server (embedded PGlite, the demo), uploads `rows`
 * applications (default 50,000) as the demo facilitator, kills the server with SIGKILL once
 * 15,000 are written, starts it again on the same data and follows the import page until it
 * is no longer running. Expected (decision 0006): the import resumes and ends "done" with
 * every row once (or "failed" with none), and no staged chunk is left.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { PGlite } from "@electric-sql/pglite";
import { signIn } from "./bench-server.ts";
import { killableServer } from "./killable-server.ts";

const ROWS = Number(process.argv[2] ?? 50_000);
const KILL_AFTER_ROWS = Math.min(15_000, Math.floor(ROWS / 3));
const FACILITATOR = {
  email: "facilitator@shelfmates.localhost",
  password: "shelfmates-facilitator",
};
const workDir = mkdtempSync(join(tmpdir(), "shelfmates-kill-import-"));
const server = killableServer({
  workDir,
  port: 39877,
  readyPath: "/p/international-peer-mentoring/round-1",
  env: { SMTP_URL: "", SHELFMATES_DEMO: "1" },
});

function csv(count: number): string {
  const lines = ["name,email,country,languages,timezone,library,sector,formats,availability"];
  for (let i = 0; i < count; i++)
    lines.push(
      `Librarian ${i},killed${i}@example.org,FI,en:C1;el:native,Europe/Athens,Library ${i},public,online,mon-10;wed-14`,
    );
  return lines.join("\n") + "\n";
}

async function page(path: string, cookie: string): Promise<string> {
  return (await fetch(`${server.base}${path}`, { headers: { cookie } })).text();
}

/** The import page's state: running with its written rows, or its heading once it ended. */
async function importState(path: string, cookie: string) {
  const html = await page(path, cookie);
  const written =
    /id="import-progress"[^>]*value="(\d+)"|value="(\d+)"[^>]*id="import-progress"/.exec(html);
  return {
    running: html.includes('id="import-progress"'),
    written: written ? Number(written[1] ?? written[2]) : null,
    heading: /<h1[^>]*>([^<]*)<\/h1>/.exec(html)?.[1],
  };
}

try {
  await server.start();
  let cookie = await signIn(server.base, FACILITATOR);
  const programme = /href="(\/facilitate\/programmes\/[^"/?#]+)"/.exec(
    await page("/facilitate", cookie),
  )?.[1];
  const roundId = /\/facilitate\/rounds\/([^"/?#]+)/.exec(await page(programme!, cookie))?.[1];
  const form = new FormData();
  form.set("file", new File([csv(ROWS)], "applications.csv", { type: "text/csv" }));
  form.set("consent", "yes");
  const upload = await fetch(`${server.base}/facilitate/rounds/${roundId}/import`, {
    method: "POST",
    headers: { cookie, origin: server.base },
    body: form,
    redirect: "manual",
  });
  const progressPath = upload.headers.get("location");
  if (upload.status !== 302 || !progressPath) throw new Error(`upload answered ${upload.status}`);
  for (;;) {
    const state = await importState(progressPath, cookie);
    if (!state.running) throw new Error(`the import ended before the kill: ${state.heading}`);
    if ((state.written ?? 0) >= KILL_AFTER_ROWS) break;
    await sleep(200);
  }
  await server.kill();
  const killedAt = performance.now();
  console.log(`killed with SIGKILL after ${KILL_AFTER_ROWS}+ of ${ROWS} rows were written`);
  await server.start();
  console.log(`answering again ${((performance.now() - killedAt) / 1000).toFixed(1)} s later`);
  cookie = await signIn(server.base, FACILITATOR);
  let state = await importState(progressPath, cookie);
  while (state.running) {
    await sleep(500);
    state = await importState(progressPath, cookie);
  }
  console.log(
    `"${state.heading}" ${((performance.now() - killedAt) / 1000).toFixed(0)} s after the kill`,
  );
  await server.stop();

  const database = await PGlite.create(join(workDir, "data"));
  const job = await database.query<{ status: string; processed_rows: number }>(
    "SELECT status, processed_rows FROM import_job",
  );
  const rows = await database.query<{ n: number; emails: number }>(
    "SELECT count(*)::int AS n, count(DISTINCT email)::int AS emails FROM application WHERE import_job_id IS NOT NULL",
  );
  const chunks = await database.query<{ n: number }>(
    "SELECT count(*)::int AS n FROM import_job_chunk",
  );
  await database.close();
  const { status, processed_rows } = job.rows[0]!;
  const { n, emails } = rows.rows[0]!;
  console.log(
    `import ${status}: ${processed_rows} rows counted, ${n} applications written ` +
      `(${emails} distinct emails), ${chunks.rows[0]!.n} chunks left`,
  );
  const whole = status === "done" ? n === ROWS && emails === ROWS : n === 0;
  if (!whole || chunks.rows[0]!.n !== 0) process.exitCode = 1;
} finally {
  await server.stop();
  rmSync(workDir, { recursive: true, force: true });
}
