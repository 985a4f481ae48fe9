/**
 * Worker-thread entry: runs each matching it is sent, posting progress and the result
 * back, so the server keeps answering (progress pages, other people) while a large round is
 * solved. The worker stays for the next run (worker-matching-engine.ts).
 */
import { parentPort } from "node:worker_threads";
import { matchRound, type Participant, type RoundConfigInput } from "@shelfmates/matching";

export interface MatchingJob {
  participants: Participant[];
  config: RoundConfigInput;
  options: { seed: number; previousGroups?: string[][] };
}

parentPort?.on("message", (job: MatchingJob) => {
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
});
