/**
 * Worker-thread entry: runs one matching and posts progress and the result back, so the
 * server keeps answering (progress pages, other people) while a large round is solved.
 */
import { parentPort, workerData } from "node:worker_threads";
import { matchRound, type Participant, type RoundConfigInput } from "@shelfmates/matching";

interface Job {
  participants: Participant[];
  config: RoundConfigInput;
  options: { seed: number; previousGroups?: string[][] };
}

const job = workerData as Job;
try {
  const result = matchRound(job.participants, job.config, {
    ...job.options,
    onProgress: (progress) => parentPort!.postMessage({ type: "progress", progress }),
  });
  parentPort!.postMessage({ type: "result", result });
} catch (error) {
  parentPort!.postMessage({
    type: "error",
    message: error instanceof Error ? error.message : String(error),
    stack: error instanceof Error ? error.stack : undefined,
  });
}
