/**
 * The job runner (decision 0006): one worker per kind of job, each handing the job's
 * payload to one use case. Use cases send jobs inside their transactions
 * (`repositories.jobs`); here they are only received. Every instance runs every worker, and
 * the queue (pg-boss) gives each job to one of them; a handler that throws is retried with
 * its kind's backoff (JOB_QUEUES).
 */
import type { Logger } from "pino";
import {
  SCHEDULED_JOBS,
  type JobConsumer,
  type JobName,
  type JobPayloads,
  type ScheduledJobName,
} from "../use-cases/job-ports.ts";

export interface JobHandlers {
  /** Delivers due emails; `more` when it stopped with emails still due. */
  "mail.deliver": () => Promise<{ sent: number; failed: number; uncertain: number; more: boolean }>;
  "matching.run": (data: JobPayloads["matching.run"]) => Promise<void>;
  "applications.import": (data: JobPayloads["applications.import"]) => Promise<void>;
  "matching.run.given-up": (data: JobPayloads["matching.run.given-up"]) => Promise<void>;
  "applications.import.given-up": (
    data: JobPayloads["applications.import.given-up"],
  ) => Promise<void>;
}

/** Scheduled jobs (SCHEDULED_JOBS): each does what is due now and says what it did. */
export type ScheduledHandlers = Partial<Record<ScheduledJobName, () => Promise<unknown>>>;

/** Schedules, read in UTC: refused emails' retries and anything a stopped instance left due. */
const SCHEDULES: { name: JobName; cron: string }[] = [{ name: "mail.deliver", cron: "* * * * *" }];

const KINDS: readonly JobName[] = [
  "mail.deliver",
  "matching.run",
  "applications.import",
  "matching.run.given-up",
  "applications.import.given-up",
];

/** How often a scheduled job's queue is asked for work, unless tests send them faster. */
const SCHEDULED_POLLING_SECONDS = 15;

export interface JobRunner {
  /** Asks the mail worker to look now instead of at its next poll. */
  pokeMailer(): void;
  /** Stops taking jobs and waits for the ones in hand. */
  stop(): Promise<void>;
}

export async function startJobRunner(
  queue: JobConsumer,
  handlers: JobHandlers,
  logger: Logger,
  options: {
    pollingIntervalSeconds?: number;
    scheduled?: ScheduledHandlers;
    /** Also send each scheduled job this often (test servers: a cron is at least a minute). */
    scheduledEverySeconds?: number;
  } = {},
): Promise<JobRunner> {
  const polling = { pollingIntervalSeconds: options.pollingIntervalSeconds ?? 1 };
  const logged =
    <T>(name: JobName, handle: (data: T) => Promise<void>) =>
    async (data: T) => {
      try {
        await handle(data);
      } catch (error) {
        logger.error({ err: error, job: name, data }, "job failed; it will be retried");
        throw error;
      }
    };

  const mailWorker = await queue.work(
    "mail.deliver",
    polling,
    logged("mail.deliver", async () => {
      const result = await handlers["mail.deliver"]();
      if (result.sent + result.failed > 0) logger.info(result, "mail delivery");
      if (result.uncertain > 0)
        logger.warn(
          { count: result.uncertain },
          "emails left mid-send by a stopped process are marked uncertain, not resent",
        );
      if (result.more) await queue.send("mail.deliver", {});
    }),
  );
  // The engine solves in worker threads: two facilitators' runs need not wait for each other.
  await queue.work(
    "matching.run",
    { ...polling, concurrency: 2 },
    logged("matching.run", handlers["matching.run"]),
  );
  await queue.work(
    "applications.import",
    polling,
    logged("applications.import", handlers["applications.import"]),
  );
  await queue.work(
    "matching.run.given-up",
    polling,
    logged("matching.run.given-up", handlers["matching.run.given-up"]),
  );
  await queue.work(
    "applications.import.given-up",
    polling,
    logged("applications.import.given-up", handlers["applications.import.given-up"]),
  );
  const scheduled = Object.entries(options.scheduled ?? {}) as [
    ScheduledJobName,
    () => Promise<unknown>,
  ][];
  // Their jobs come from crons (a minute apart at the least, checked every 30 s): asking for
  // them every second cost an idle PGlite server 8% of its one thread, which pages share.
  const scheduledPolling = options.scheduledEverySeconds
    ? polling
    : {
        pollingIntervalSeconds: Math.max(polling.pollingIntervalSeconds, SCHEDULED_POLLING_SECONDS),
      };
  for (const [name, run] of scheduled) {
    await queue.work(
      name,
      scheduledPolling,
      logged(name, async () => {
        const done = await run();
        logger.debug({ job: name, done }, "scheduled job");
      }),
    );
    await queue.schedule(name, SCHEDULED_JOBS[name]);
  }
  for (const { name, cron } of SCHEDULES) await queue.schedule(name, cron);
  // A scheduled job's queue keeps one waiting job ("short"), so sends beyond it are dropped.
  const extraRuns = options.scheduledEverySeconds
    ? setInterval(() => {
        for (const [name] of scheduled)
          queue.send(name, {}).catch((error: unknown) => logger.warn({ err: error }, "send"));
      }, options.scheduledEverySeconds * 1000)
    : undefined;
  extraRuns?.unref();
  // Mail queued while no instance ran is delivered now, not at the next minute.
  await queue.send("mail.deliver", {});

  return {
    pokeMailer() {
      queue.notify(mailWorker);
    },
    async stop() {
      clearInterval(extraRuns);
      for (const name of KINDS) await queue.stopWorking(name);
      for (const [name] of scheduled) await queue.stopWorking(name);
    },
  };
}
