/**
 * The job runner (decision 0006): pg-boss workers, one per kind of job, each handing the
 * job's payload to one use case. Jobs are sent by use cases inside their transactions
 * (`repositories.jobs`); here they are only received. Every instance runs every worker;
 * pg-boss gives each job to one of them.
 */
import type { Logger } from "pino";
import type { PgBoss } from "pg-boss";
import type { JobName, JobPayloads } from "../use-cases/jobs/job-ports.ts";

export interface JobHandlers {
  /** Delivers due emails; `more` when it stopped with emails still due. */
  "mail.deliver": () => Promise<{ sent: number; failed: number; uncertain: number; more: boolean }>;
  "matching.run": (data: JobPayloads["matching.run"]) => Promise<void>;
  "applications.import": (data: JobPayloads["applications.import"]) => Promise<void>;
}

/** Schedules, in UTC: retries of refused emails and anything a stopped instance left due. */
const SCHEDULES: { name: JobName; cron: string }[] = [{ name: "mail.deliver", cron: "* * * * *" }];

export interface JobRunner {
  /** Asks the mail worker to look now instead of at its next poll. */
  pokeMailer(): void;
  /** Stops taking jobs and waits for the ones in hand. */
  stop(): Promise<void>;
}

export async function startJobRunner(
  boss: PgBoss,
  handlers: JobHandlers,
  logger: Logger,
  options: { pollingIntervalSeconds?: number } = {},
): Promise<JobRunner> {
  boss.on("error", (error) => logger.error({ err: error }, "job runner error"));
  const polling = { pollingIntervalSeconds: options.pollingIntervalSeconds ?? 1, batchSize: 1 };

  const mailWorker = await boss.work<JobPayloads["mail.deliver"]>(
    "mail.deliver",
    polling,
    async () => {
      const result = await handlers["mail.deliver"]();
      if (result.sent + result.failed + result.uncertain > 0) logger.info(result, "mail delivery");
      if (result.uncertain > 0)
        logger.warn(
          { count: result.uncertain },
          "emails left mid-send by a stopped process are marked uncertain",
        );
      if (result.more) await boss.send("mail.deliver", {});
    },
  );
  await boss.work<JobPayloads["matching.run"]>("matching.run", polling, async ([job]) => {
    await handlers["matching.run"](job!.data);
  });
  await boss.work<JobPayloads["applications.import"]>(
    "applications.import",
    polling,
    async ([job]) => {
      await handlers["applications.import"](job!.data);
    },
  );
  for (const { name, cron } of SCHEDULES) await boss.schedule(name, cron, {}, { tz: "UTC" });
  // Mail queued while no instance ran is delivered now, not at the next minute.
  await boss.send("mail.deliver", {});

  return {
    pokeMailer() {
      boss.notifyWorker(mailWorker);
    },
    async stop() {
      for (const name of ["mail.deliver", "matching.run", "applications.import"] as const)
        await boss.offWork(name, { wait: true });
    },
  };
}
