/**
 * The real server as a process that can be killed with SIGKILL and started again on the same
 * data directory, for the crash checks (kill-mid-import.ts, kill-mid-delivery.ts).
 */
import { spawn, type ChildProcess } from "node:child_process";
import { closeSync, openSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { ROOT } from "./bench-server.ts";

export interface KillableServer {
  base: string;
  /** Starts the server and waits until `readyPath` answers 200. */
  start(): Promise<void>;
  /** SIGKILL: no shutdown of any kind, as a crash or an out-of-memory kill. */
  kill(): Promise<void>;
  /** SIGTERM, then waits for the exit. */
  stop(): Promise<void>;
}

export function killableServer(options: {
  workDir: string;
  port: number;
  readyPath: string;
  env: Record<string, string>;
}): KillableServer {
  const base = `http://127.0.0.1:${options.port}`;
  let child: ChildProcess | undefined;
  const exit = async (signal: NodeJS.Signals) => {
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((done) => child!.once("exit", done));
    child.kill(signal);
    await exited;
  };
  return {
    base,
    async start() {
      const logFile = join(options.workDir, "server.log");
      const log = openSync(logFile, "a");
      child = spawn(process.execPath, ["--import", "tsx", "server/start.ts"], {
        cwd: ROOT,
        stdio: ["ignore", log, log],
        env: {
          ...process.env,
          NODE_ENV: "production",
          PORT: String(options.port),
          HOST: "127.0.0.1",
          BASE_URL: base,
          DATA_DIR: join(options.workDir, "data"),
          DATABASE_URL: "",
          RATE_LIMIT: "0",
          ...options.env,
        },
      });
      closeSync(log);
      const deadline = Date.now() + 180_000;
      while (Date.now() < deadline) {
        if (child.exitCode !== null)
          throw new Error(
            `the server exited (${child.exitCode}):\n${readFileSync(logFile, "utf8").slice(-2000)}`,
          );
        try {
          const response = await fetch(`${base}${options.readyPath}`);
          await response.arrayBuffer();
          if (response.status === 200) return;
        } catch {
          // Not listening yet.
        }
        await sleep(250);
      }
      throw new Error(`${base}${options.readyPath} did not answer in time`);
    },
    kill: () => exit("SIGKILL"),
    stop: () => exit("SIGTERM"),
  };
}
