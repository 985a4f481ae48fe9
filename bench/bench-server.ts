/**
 * The real Shelfmates server for a benchmark: production build, embedded PGlite with the
 * demo in a fresh temporary directory, a free port on 127.0.0.1, rate limiting off.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { closeSync, existsSync, openSync, readFileSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";

export const ROOT = resolve(import.meta.dirname, "..");
/** The production build measured: SHELFMATES_BUILD_DIR, as the server reads it, or build/. */
export const BUILD_DIR = join(ROOT, process.env.SHELFMATES_BUILD_DIR ?? "build");
const HOST = "127.0.0.1";
const STARTUP_TIMEOUT_MS = 180_000;
const STOP_TIMEOUT_MS = 15_000;

export interface BenchServer {
  /** e.g. http://127.0.0.1:41234 */
  base: string;
  workDir: string;
  /** The server's process id (its CPU time is read from /proc by the page bench). */
  pid: number;
  /** SIGTERM (SIGKILL after 15 s), then deletes the temporary directory. Safe to call twice. */
  stop(): Promise<void>;
}

/** Builds when `build/` is missing, starts the server and waits until `readyPath` answers 200. */
export async function startBenchServer(readyPath: string): Promise<BenchServer> {
  ensureBuild();
  const workDir = await mkdtemp(join(tmpdir(), "shelfmates-bench-"));
  const logFile = join(workDir, "server.log");
  const port = await findFreePort();
  const base = `http://${HOST}:${port}`;
  console.log(`Starting the server on ${base} with a fresh demo database in ${workDir}…`);
  const child = spawnServer(port, join(workDir, "data"), logFile);
  let stopped: Promise<void> | undefined;
  const stop = () =>
    (stopped ??= stopChild(child).then(() => rm(workDir, { recursive: true, force: true })));
  try {
    await waitUntilReady(`${base}${readyPath}`, child, logFile);
  } catch (error) {
    await stop();
    throw error;
  }
  return { base, workDir, pid: child.pid ?? 0, stop };
}

function ensureBuild(): void {
  if (existsSync(join(BUILD_DIR, "server/index.js"))) return;
  console.log("No production build found: running `npm run build`…");
  const result = spawnSync("npm", ["run", "build"], { cwd: ROOT, stdio: "inherit" });
  if (result.status !== 0)
    throw new Error("`npm run build` failed; the bench needs the production build");
}

async function findFreePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.once("error", fail);
    probe.listen(0, HOST, () => {
      const address = probe.address();
      const port = typeof address === "object" && address ? address.port : 0;
      probe.close(() => (port ? done(port) : fail(new Error("no free port on 127.0.0.1"))));
    });
  });
}

/** The log goes to a file, so a full pipe can never stall the server; its tail explains failures. */
function spawnServer(port: number, dataDir: string, logFile: string): ChildProcess {
  const log = openSync(logFile, "a");
  const child = spawn(process.execPath, ["--import", "tsx", "server/start.ts"], {
    cwd: ROOT,
    stdio: ["ignore", log, log],
    env: {
      ...process.env,
      NODE_ENV: "production",
      PORT: String(port),
      HOST,
      BASE_URL: `http://${HOST}:${port}`,
      DATA_DIR: dataDir,
      DATABASE_URL: "",
      SMTP_URL: "",
      SHELFMATES_DEMO: "1",
      RATE_LIMIT: "0",
    },
  });
  closeSync(log);
  return child;
}

function logTail(logFile: string): string {
  try {
    return readFileSync(logFile, "utf8").split("\n").slice(-25).join("\n");
  } catch {
    return "(no server log)";
  }
}

async function waitUntilReady(url: string, child: ChildProcess, logFile: string): Promise<void> {
  const deadline = Date.now() + STARTUP_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null)
      throw new Error(`The server exited (code ${child.exitCode}):\n${logTail(logFile)}`);
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(5000) });
      await response.arrayBuffer();
      if (response.status === 200) return;
    } catch {
      // Not listening yet.
    }
    await sleep(250);
  }
  throw new Error(
    `${url} did not answer 200 within ${STARTUP_TIMEOUT_MS / 1000} s:\n${logTail(logFile)}`,
  );
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((done) => child.once("exit", () => done()));
  child.kill("SIGTERM");
  const timedOut = await Promise.race([
    exited.then(() => false),
    sleep(STOP_TIMEOUT_MS).then(() => true),
  ]);
  if (timedOut) {
    console.warn(
      `The server did not stop within ${STOP_TIMEOUT_MS / 1000} s of SIGTERM; killing it`,
    );
    child.kill("SIGKILL");
    await exited;
  }
}

/** Signs in with email and password; returns the Cookie header for later requests. */
export async function signIn(
  base: string,
  credentials: { email: string; password: string },
): Promise<string> {
  const response = await fetch(`${base}/api/auth/sign-in/email`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: base },
    body: JSON.stringify(credentials),
  });
  const body = await response.text();
  const cookie = response.headers
    .getSetCookie()
    .map((c) => c.split(";")[0]!)
    .join("; ");
  if (response.status !== 200 || !cookie) {
    throw new Error(
      `Signing in as ${credentials.email} failed (HTTP ${response.status}): ${body.slice(0, 300)}`,
    );
  }
  return cookie;
}
