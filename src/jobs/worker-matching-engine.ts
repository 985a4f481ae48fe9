/**
 * The server's matching engine: each run in its own worker thread (the engine is
 * synchronous; on the request thread a 10,000-person round would stall every page).
 * The worker is started with the same loader flags as the server (tsx), so it runs the
 * TypeScript engine directly.
 */
import { Worker } from "node:worker_threads";
import type { MatchProgress, RoundResult } from "@shelfmates/matching";
import type { MatchingEngine } from "../use-cases/matching/matching-ports.ts";

type WorkerMessage =
  | { type: "progress"; progress: MatchProgress }
  | { type: "result"; result: RoundResult }
  | { type: "error"; message: string; stack?: string };

export function createWorkerMatchingEngine(): MatchingEngine {
  return {
    run(participants, config, options, onProgress) {
      return new Promise((resolve, reject) => {
        // Module hooks are per thread, and Node 20 resolves a worker's entry before any
        // --import runs: a small CommonJS bootstrap registers tsx, then loads the entry.
        const entry = new URL("./matching-worker.ts", import.meta.url).href;
        const tsx = import.meta.resolve("tsx/esm/api");
        const bootstrap = `import(${JSON.stringify(tsx)}).then((api) => { api.register(); return import(${JSON.stringify(entry)}); });`;
        const worker = new Worker(bootstrap, {
          eval: true,
          workerData: { participants, config, options },
        });
        let settled = false;
        worker.on("message", (message: WorkerMessage) => {
          if (message.type === "progress") onProgress(message.progress);
          else {
            settled = true;
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
          reject(error);
        });
        worker.on("exit", (code) => {
          if (!settled) reject(new Error(`matching worker stopped (exit code ${code})`));
        });
      });
    },
  };
}
