/**
 * `npm run bench`: server-side latency of the pages people wait for, on the demo data.
 *
 * Starts the real server (see bench-server.ts), signs in as the demo facilitator, then loads
 * each page with autocannon and prints median, p90 and p99 latency and requests per second
 * beside the foundation issue's targets: median < 20 ms, p99 < 100 ms. The 404 page measured
 * in the same run is the reference (a page through the whole stack that reads nothing): the
 * ratio says how much a page costs over what any page costs on this machine, so runs on a
 * shared or different machine can be compared. Issue 17's targets, when a round's
 * announcement brings hundreds to the form at once: every page at most 5× the 404 page
 * (median at 10 connections), the application form at least 150 requests a second at 10
 * connections, and its HTML small enough for a phone on a slow connection (its size, raw and
 * as sent, the scripts and styles of a first visit, and the seconds at 400 kbit/s are printed).
 *
 * Options (environment): BENCH_SECONDS (default 5 per page), BENCH_CONNECTIONS (default 10).
 * Exits 1 when a page cannot be measured (wrong status, failed requests); a missed target is
 * reported, not fatal, because timings on a shared machine are noisy.
 */
import autocannon from "autocannon";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { get as httpGet } from "node:http";
import { join } from "node:path";
import { gunzipSync, gzipSync } from "node:zlib";
import { BUILD_DIR, signIn, startBenchServer } from "./bench-server.ts";

const SECONDS = positiveInt(process.env.BENCH_SECONDS, 5);
const CONNECTIONS = positiveInt(process.env.BENCH_CONNECTIONS, 10);
const TARGET_MEDIAN_MS = 20;
const TARGET_P99_MS = 100;
/** Issue 17: every page at most this many times the 404 page's median at 10 connections. */
const TARGET_TIMES_404 = 5;
/** Issue 17: the application form serves at least this many requests a second at 10 connections. */
const TARGET_FORM_RPS = 150;
/** A slow mobile connection ("slow 3G" in browsers' throttling: 400 kbit/s). */
const SLOW_BITS_PER_SECOND = 400_000;
const FACILITATOR = {
  email: "facilitator@shelfmates.localhost",
  password: "shelfmates-facilitator",
};
const ROUND_PAGE = "/p/international-peer-mentoring/round-1";
/** A browser's user agent, for the pages fetched to measure their size. */
const BROWSER =
  "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36";
/** Discovery visits at most this many facilitator pages looking for the applicant list. */
const MAX_DISCOVERY_PAGES = 30;

interface Target {
  label: string;
  path: string;
  cookie?: string;
  reference?: boolean;
  /** 200 unless said otherwise (the 404 reference). */
  expectStatus?: number;
  /** The page must serve at least this many requests a second at the bench's connections. */
  minRequestsPerSecond?: number;
}
interface Measurement {
  target: Target;
  medianMs: number;
  p90Ms: number;
  p99Ms: number;
  requestsPerSecond: number;
  /** With a single connection: the page's own latency, without queueing behind others. */
  aloneMedianMs: number;
  aloneP99Ms: number;
  htmlBytes: number;
  gzipBytes: number;
  /** The server's CPU time per request under load: steadier than latency on a shared machine. */
  cpuMsPerRequest: number;
  problem?: string;
}

function positiveInt(value: string | undefined, fallback: number): number {
  const parsed = Number(value);
  return Number.isInteger(parsed) && parsed > 0 ? parsed : fallback;
}

async function fetchPage(
  base: string,
  path: string,
  cookie?: string,
): Promise<{ status: number; html: string }> {
  const response = await fetch(`${base}${path}`, {
    // As a browser: Node's own user agent ("node") is taken for a bot, which React Router
    // answers with the whole page at once, not the streamed page a browser gets.
    headers: { "user-agent": BROWSER, ...(cookie ? { cookie } : {}) },
    redirect: "manual",
    signal: AbortSignal.timeout(10_000),
  });
  return { status: response.status, html: await response.text() };
}

function hrefs(html: string, pattern: RegExp): string[] {
  return [...new Set([...html.matchAll(pattern)].map((m) => m[1]!))];
}

/**
 * The app has no JSON API, so the applicant list's address (it holds the round id) is found
 * as a person would: /facilitate → each programme → each round, following links, until a
 * link to `/facilitate/rounds/<id>/applicants`. Round 1 of the peer programme is preferred.
 */
async function discoverApplicantList(base: string, cookie: string): Promise<string> {
  const applicantLinks = /href="(\/facilitate\/rounds\/[^"/?#]+\/applicants)(?:[?#][^"]*)?"/g;
  const queue = ["/facilitate"];
  const seen = new Set(queue);
  const found: string[] = [];
  const roundOnePages = new Set<string>();
  for (let visited = 0; visited < MAX_DISCOVERY_PAGES && queue.length > 0; visited++) {
    const path = queue.shift()!;
    const { status, html } = await fetchPage(base, path, cookie);
    if (status !== 200) {
      if (path === "/facilitate")
        throw new Error(`GET /facilitate answered HTTP ${status} to the facilitator`);
      continue;
    }
    found.push(...hrefs(html, applicantLinks));
    if (/^\/facilitate\/rounds\/[^/]+$/.test(path) && html.includes(ROUND_PAGE))
      roundOnePages.add(path);
    const next = [
      ...hrefs(html, /href="(\/facilitate\/programmes\/[^"/?#]+)"/g).filter(
        (p) => !p.endsWith("/new"),
      ),
      ...hrefs(html, /href="(\/facilitate\/rounds\/[^"/?#]+)"/g),
    ];
    for (const link of next.filter((l) => !seen.has(l))) {
      seen.add(link);
      queue.push(link);
    }
  }
  const preferred = found.find((link) => roundOnePages.has(link.replace(/\/applicants$/, "")));
  const chosen = preferred ?? found[0];
  if (!chosen) {
    throw new Error(
      `No link to a round's applicant list (href="/facilitate/rounds/<id>/applicants") on the ${seen.size} ` +
        "facilitator pages reachable from /facilitate. Is the applicant list linked from the programme or round page?",
    );
  }
  if (!preferred) console.warn(`Could not tell which round is ${ROUND_PAGE}; measuring ${chosen}`);
  return chosen;
}

/** The smallest file express.static serves: the floor every page stands on. */
function staticReferencePath(): string {
  const dir = join(BUILD_DIR, "client/assets");
  const files = readdirSync(dir).filter((f) => f.endsWith(".css") || f.endsWith(".js"));
  if (files.length === 0) throw new Error(`No static assets in ${dir}`);
  files.sort(
    (a, b) => statSync(join(dir, a)).size - statSync(join(dir, b)).size || a.localeCompare(b),
  );
  return `/assets/${files[0]!}`;
}

/** User + system CPU time of a process so far, in ms (Linux /proc; NaN elsewhere). */
function processCpuMs(pid: number): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
    // Fields 14 and 15 of stat (utime, stime), counted after the ") " that ends the name.
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS_PER_SECOND;
  } catch {
    return NaN;
  }
}
/** Linux's USER_HZ: 100 on every architecture it runs on today. */
const CLOCK_TICKS_PER_SECOND = 100;

async function measure(base: string, target: Target, serverPid: number): Promise<Measurement> {
  const headers = target.cookie ? { cookie: target.cookie } : undefined;
  const expectStatus = target.expectStatus ?? 200;
  const empty = {
    target,
    medianMs: NaN,
    p90Ms: NaN,
    p99Ms: NaN,
    requestsPerSecond: NaN,
    aloneMedianMs: NaN,
    aloneP99Ms: NaN,
    htmlBytes: NaN,
    gzipBytes: NaN,
    cpuMsPerRequest: NaN,
  };
  const probe = await fetchPage(base, target.path, target.cookie);
  const htmlBytes = Buffer.byteLength(probe.html);
  const gzipBytes = gzipSync(probe.html).length;
  if (probe.status !== expectStatus)
    return { ...empty, problem: `HTTP ${probe.status}, expected ${expectStatus}` };
  const url = `${base}${target.path}`;
  await autocannon({ url, connections: CONNECTIONS, duration: 1, headers }); // warm-up
  const cpuBefore = processCpuMs(serverPid);
  const loaded = await autocannon({ url, connections: CONNECTIONS, duration: SECONDS, headers });
  const cpuMsPerRequest = (processCpuMs(serverPid) - cpuBefore) / loaded.requests.total;
  const alone = await autocannon({
    url,
    connections: 1,
    duration: SECONDS,
    headers,
  });
  const failed = [loaded, alone].reduce(
    (sum, r) => sum + r.errors + r.timeouts + (expectStatus === 200 ? r.non2xx : 0),
    0,
  );
  return {
    target,
    medianMs: loaded.latency.p50,
    p90Ms: loaded.latency.p90,
    p99Ms: loaded.latency.p99,
    requestsPerSecond: loaded.requests.average,
    aloneMedianMs: alone.latency.p50,
    aloneP99Ms: alone.latency.p99,
    htmlBytes,
    gzipBytes,
    cpuMsPerRequest,
    problem:
      failed > 0
        ? `${failed} of ${loaded.requests.total + alone.requests.total} failed`
        : undefined,
  };
}

function printTable(measurements: readonly Measurement[]): void {
  const notFoundMs = measurements.find((m) => m.target.expectStatus === 404)?.medianMs ?? NaN;
  const timesNotFound = (m: Measurement) => m.medianMs / notFoundMs;
  const notFoundCpu =
    measurements.find((m) => m.target.expectStatus === 404)?.cpuMsPerRequest ?? NaN;
  const ms = (v: number) => (Number.isFinite(v) ? `${v.toFixed(1)} ms` : "–");
  const verdict = (value: number, limit: number, m: Measurement) =>
    m.target.reference ? "" : m.problem ? "ERROR" : value < limit ? "PASS" : "MISS";
  // The targets are the server's own latency per request, so they are judged on the
  // single-connection run; the loaded run shows queueing and throughput beside it.
  const rows = measurements.map((m) => [
    m.target.label,
    ms(m.aloneMedianMs),
    verdict(m.aloneMedianMs, TARGET_MEDIAN_MS, m),
    ms(m.aloneP99Ms),
    verdict(m.aloneP99Ms, TARGET_P99_MS, m),
    ms(m.medianMs),
    ms(m.p99Ms),
    Number.isFinite(m.requestsPerSecond) ? m.requestsPerSecond.toFixed(0) : "–",
    m.target.minRequestsPerSecond === undefined || m.problem
      ? ""
      : m.requestsPerSecond >= m.target.minRequestsPerSecond
        ? "PASS"
        : "MISS",
    Number.isFinite(timesNotFound(m)) ? `${timesNotFound(m).toFixed(1)}×` : "–",
    m.target.reference || m.problem ? "" : timesNotFound(m) <= TARGET_TIMES_404 ? "PASS" : "MISS",
    Number.isFinite(m.cpuMsPerRequest) ? `${m.cpuMsPerRequest.toFixed(2)} ms` : "–",
    Number.isFinite(m.cpuMsPerRequest / notFoundCpu)
      ? `${(m.cpuMsPerRequest / notFoundCpu).toFixed(1)}×`
      : "–",
    Number.isFinite(m.htmlBytes) ? `${(m.htmlBytes / 1024).toFixed(1)} KB` : "–",
    Number.isFinite(m.gzipBytes) ? `${(m.gzipBytes / 1024).toFixed(1)} KB` : "–",
    m.problem ?? "",
  ]);
  const header = [
    "page",
    "median",
    `< ${TARGET_MEDIAN_MS} ms`,
    "p99",
    `< ${TARGET_P99_MS} ms`,
    `median@${CONNECTIONS}`,
    `p99@${CONNECTIONS}`,
  ];
  header.push(
    "req/s",
    `≥ ${TARGET_FORM_RPS}`,
    "× 404",
    `≤ ${TARGET_TIMES_404}×`,
    "CPU/req",
    "CPU × 404",
    "HTML",
    "gzipped",
    "note",
  );
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join("  ");
  console.log(`\n${line(header)}\n${widths.map((w) => "─".repeat(w)).join("  ")}`);
  for (const row of rows) console.log(line(row));
  console.log(
    `\nmedian, p99: one connection for ${SECONDS} s — the server's own latency per request, judged against the targets.\n` +
      `median@${CONNECTIONS}, p99@${CONNECTIONS}, req/s: ${CONNECTIONS} connections for ${SECONDS} s after a 1 s warm-up (queueing on 2 cores). ` +
      `≥ ${TARGET_FORM_RPS}: the application form's target at ${CONNECTIONS} connections. ` +
      `× 404: median@${CONNECTIONS} over the 404 page's, judged against ≤ ${TARGET_TIMES_404}×. ` +
      "CPU/req: the server's CPU time per request under that load, and over the 404 page's " +
      "(steadier than latency when other work shares the machine). " +
      "HTML: the page's size, and gzipped (at gzip's default level; the server sends level 1).",
  );
}

/** Bytes as they cross the wire, gzip accepted as a browser does, and as the file is. */
async function sentBytes(url: string): Promise<{ sent: number; plain: number }> {
  return new Promise((resolve, reject) => {
    const headers = { "accept-encoding": "gzip", "user-agent": BROWSER };
    const req = httpGet(url, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("end", () => {
        const body = Buffer.concat(chunks);
        const gzipped = res.headers["content-encoding"] === "gzip";
        resolve({ sent: body.length, plain: gzipped ? gunzipSync(body).length : body.length });
      });
      res.on("error", reject);
    });
    req.on("error", reject);
  });
}

/**
 * What a phone downloads to open the application form the first time: its HTML and every
 * script and style the page names (its module preloads, stylesheet and imports), as the
 * server sends them to a browser; later visits fetch the HTML only (the files are cached).
 */
async function printFirstVisit(base: string, path: string): Promise<void> {
  const page = await sentBytes(`${base}${path}`);
  const { html } = await fetchPage(base, path);
  const files = hrefs(html, /"(\/assets\/[^"]+\.(?:js|css))"/g);
  const assets = await Promise.all(files.map((file) => sentBytes(`${base}${file}`)));
  const sent = assets.reduce((sum, a) => sum + a.sent, 0);
  const plain = assets.reduce((sum, a) => sum + a.plain, 0);
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
  const seconds = (bytes: number) => `${((bytes * 8) / SLOW_BITS_PER_SECOND).toFixed(1)} s`;
  console.log(
    `The application form on a slow connection (${SLOW_BITS_PER_SECOND / 1000} kbit/s): its HTML is ` +
      `${kb(page.plain)}, sent as ${kb(page.sent)} (${seconds(page.sent)}; ${seconds(page.plain)} if it were not compressed); ` +
      `a first visit adds its ${files.length} scripts and styles, ${kb(plain)}, sent as ${kb(sent)} (${seconds(sent)}).`,
  );
}

async function main(): Promise<number> {
  const server = await startBenchServer(ROUND_PAGE);
  const interrupt = () => void server.stop().finally(() => process.exit(130));
  process.once("SIGINT", interrupt);
  try {
    const cookie = await signIn(server.base, FACILITATOR);
    const applicantList = await discoverApplicantList(server.base, cookie);
    const targets: Target[] = [
      { label: "reference: static file", path: staticReferencePath(), reference: true },
      {
        label: "reference: 404 page",
        path: "/bench-no-such-page",
        reference: true,
        expectStatus: 404,
      },
      { label: "round page", path: ROUND_PAGE },
      {
        label: "application form",
        path: `${ROUND_PAGE}/apply`,
        minRequestsPerSecond: TARGET_FORM_RPS,
      },
      { label: "applicant list (facilitator)", path: applicantList, cookie },
    ];
    const measurements: Measurement[] = [];
    for (const target of targets) {
      console.log(`Measuring ${target.label}: ${target.path}`);
      measurements.push(await measure(server.base, target, server.pid));
    }
    printTable(measurements);
    await printFirstVisit(server.base, `${ROUND_PAGE}/apply`);
    return measurements.some((m) => m.problem) ? 1 : 0;
  } finally {
    process.removeListener("SIGINT", interrupt);
    await server.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
