/**
 * The server's matching engine: each run in its own worker thread (the engine is
 * synchronous; on the request thread a 10,000-person round would stall every page).
 * The worker is started with the same loader flags as the server (tsx), so it runs the
 * TypeScript engine directly.
 */
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import type { MatchProgress, RoundResult } from "@shelfmates/matching";
import type { MatchingEngine } from "../use-cases/matching/matching-ports.ts";

type WorkerMessage =
  | { type: "progress"; progress: MatchProgress }
  | { type: "result"; result: RoundResult }
  | { type: "error"; message: string; stack?: string };

const RUN_TIME_LIMIT_MS = 10 * 60_000;

export function createWorkerMatchingEngine(): MatchingEngine {
  return {
    run(participants, config, options, onProgress) {
      return new Promise((resolve, reject) => {
        // The engine is TypeScript. ESM loader hooks in worker threads are unreliable on
        // Node 20 (runs hung or failed at random), so the worker uses tsx's CommonJS
        // require hook instead, which runs on the worker's own thread.
        const entry = fileURLToPath(new URL("./matching-worker.ts", import.meta.url));
        const tsx = fileURLToPath(import.meta.resolve("tsx/cjs/api"));
        const bootstrap = `require(${JSON.stringify(tsx)}).register(); require(${JSON.stringify(entry)});`;
        const worker = new Worker(bootstrap, {
          eval: true,
          execArgv: withoutImports(process.execArgv),
          workerData: { participants, config, options },
        });
        let settled = false;
        // A run that has not answered in time is stopped, so it cannot hang "running" forever.
        const timer = setTimeout(() => {
          if (settled) return;
          settled = true;
          reject(new Error(`matching took longer than ${RUN_TIME_LIMIT_MS / 60_000} minutes`));
          void worker.terminate();
        }, RUN_TIME_LIMIT_MS);
        timer.unref();
        worker.on("message", (message: WorkerMessage) => {
          if (message.type === "progress") onProgress(message.progress);
          else {
            settled = true;
            clearTimeout(timer);
            if (message.type === "result") resolve(message.result);
            else {
              const error = new Error(message.message);
              // The worker's stack says where the engine failed; keep it for the log.
              if (message.stack) error.stack = message.stack;
              reject(error);
            }
            void worker.terminate();
          }
        });
        worker.on("error", (error) => {
          settled = true;
          clearTimeout(timer);
          reject(error);
        });
        worker.on("exit", (code) => {
          if (!settled) reject(new Error(`matching worker stopped (exit code ${code})`));
        });
      });
    },
  };
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
