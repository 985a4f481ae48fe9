/**
 * The server's matching engine, in worker threads (the engine is synchronous; on the
 * request thread a 10,000-person round would stall every page). A worker stays alive
 * after its run and takes the next one, so a facilitator's re-runs find the engine loaded
 * and already optimised by V8 (the first run in a fresh worker also pays for compiling the
 * TypeScript engine); runs at the same time get workers of their own, and one idle worker
 * is kept. An idle worker does not keep the process alive.
 */
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import type { MatchProgress, RoundResult } from "@shelfmates/matching";
import type { MatchingEngine } from "../use-cases/matching/matching-ports.ts";
import type { MatchingJob } from "./matching-worker.ts";

type WorkerMessage =
  | { type: "progress"; progress: MatchProgress }
  | { type: "result"; result: RoundResult }
  | { type: "error"; message: string; stack?: string };

const RUN_TIME_LIMIT_MS = 10 * 60_000;

export function createWorkerMatchingEngine(): MatchingEngine {
  let idle: Worker | undefined;

  /** Keeps the worker for the next run, unless one is kept already. */
  const release = (worker: Worker): void => {
    worker.removeAllListeners("message");
    worker.removeAllListeners("error");
    worker.removeAllListeners("exit");
    if (idle) {
      void worker.terminate();
      return;
    }
    idle = worker;
    worker.unref();
    // A kept worker that dies (out of memory, killed) is simply not reused.
    worker.once("exit", () => {
      if (idle === worker) idle = undefined;
    });
  };

  return {
    run(participants, config, options, onProgress) {
      return new Promise((resolve, reject) => {
        let worker: Worker;
        if (idle) {
          worker = idle;
          idle = undefined;
          worker.removeAllListeners("exit");
          worker.ref();
        } else {
          worker = startWorker();
        }
        let settled = false;
        const settle = (): void => {
          settled = true;
          clearTimeout(timer);
        };
        // A run that has not answered in time is stopped, so it cannot hang "running" forever.
        const timer = setTimeout(() => {
          if (settled) return;
          settle();
          reject(new Error(`matching took longer than ${RUN_TIME_LIMIT_MS / 60_000} minutes`));
          void worker.terminate();
        }, RUN_TIME_LIMIT_MS);
        timer.unref();
        worker.on("message", (message: WorkerMessage) => {
          if (message.type === "progress") {
            onProgress(message.progress);
            return;
          }
          settle();
          if (message.type === "result") resolve(message.result);
          else {
            const error = new Error(message.message);
            // The worker's stack says where the engine failed; keep it for the log.
            if (message.stack) error.stack = message.stack;
            reject(error);
          }
          // The engine caught its own error: the worker itself is fine for the next run.
          release(worker);
        });
        worker.on("error", (error) => {
          if (settled) return;
          settle();
          reject(error instanceof Error ? error : new Error(String(error)));
        });
        worker.on("exit", (code) => {
          if (settled) return;
          settle();
          reject(new Error(`matching worker stopped (exit code ${code})`));
        });
        const job: MatchingJob = { participants, config, options };
        worker.postMessage(job);
      });
    },
  };
}

function startWorker(): Worker {
  // The engine is TypeScript. ESM loader hooks in worker threads are unreliable on Node 20
  // (runs hung or failed at random), so the worker uses tsx's CommonJS require hook
  // instead, which runs on the worker's own thread.
  const entry = fileURLToPath(new URL("./matching-worker.ts", import.meta.url));
  const tsx = fileURLToPath(import.meta.resolve("tsx/cjs/api"));
  const bootstrap = `require(${JSON.stringify(tsx)}).register(); require(${JSON.stringify(entry)});`;
  return new Worker(bootstrap, { eval: true, execArgv: withoutImports(process.execArgv) });
}

/** The parent's flags without `--import …` (the worker must not start ESM loader hooks). */
function withoutImports(argv: readonly string[]): string[] {
  const kept: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === "--import") i++;
    else if (!argv[i]!.startsWith("--import=")) kept.push(argv[i]!);
  }
  return kept;
}
