/**
 * Background jobs (decision 0006): each kind has a name, a checked payload and its retry
 * policy. A use case sends a job through `repositories.jobs` inside its transaction, so the
 * job exists exactly when the change that causes it does; a handler in src/jobs calls one
 * use case with the payload.
 */

export interface JobPayloads {
  /** Deliver due outbox emails, one claimed at a time. */
  "mail.deliver": Record<string, never>;
  /** Solve a matching run recorded as "running". */
  "matching.run": { runId: string };
  /** Write an import job's applications, in short transactions, resuming where it stopped. */
  "applications.import": { importJobId: string };
  /** A "matching.run" job that failed every retry: its run is recorded failed. */
  "matching.run.given-up": { runId: string };
  /** An "applications.import" job that failed every retry: its rows are taken back. */
  "applications.import.given-up": { importJobId: string };
  /** A round's life (issue 12), each on a schedule: see SCHEDULED_JOBS. */
  "topics.send": Record<string, never>;
  "check-ins.send": Record<string, never>;
  "partnerships.follow-up": Record<string, never>;
  "sessions.remind": Record<string, never>;
  "rounds.finish": Record<string, never>;
  /** Feedback (issue 13): surveys and their one reminder, each once per person. */
  "surveys.send": Record<string, never>;
  /** Trust (issue 16): rate-limit windows that ended a day ago are forgotten. */
  "rate-limits.prune": Record<string, never>;
  /** Privacy (issue 16): audit entries past the retention period are deleted, daily. */
  "audit-log.prune": Record<string, never>;
  /** Privacy (issue 16): finished rounds' applications past their programme's retention are anonymised, daily. */
  "privacy.retention": Record<string, never>;
  /** Events (issue 14): the day-before reminder, once per registration and occurrence. */
  "events.remind": Record<string, never>;
  /** The weekly digest of followed networks, once per person and ISO week (issue 14). */
  "news.digest": Record<string, never>;
}

/**
 * Jobs that run on a schedule and look for what is due (topics of the fortnight, check-ins,
 * nudges, reminders, rounds that ended). Each is idempotent: running it twice, or on two
 * instances at once, sends nothing twice (the database's unique keys see to it).
 */
export const SCHEDULED_JOBS = {
  "topics.send": "*/10 * * * *",
  "check-ins.send": "*/10 * * * *",
  "partnerships.follow-up": "*/30 * * * *",
  "sessions.remind": "*/10 * * * *",
  "rounds.finish": "*/30 * * * *",
  "surveys.send": "*/10 * * * *",
  "rate-limits.prune": "17 * * * *",
  "audit-log.prune": "23 3 * * *",
  "privacy.retention": "37 3 * * *",
  "events.remind": "*/10 * * * *",
  // Hourly: the week's first run sends the digests; later runs take whoever it missed.
  "news.digest": "41 * * * *",
} as const satisfies Partial<Record<keyof JobPayloads, string>>;

export type ScheduledJobName = keyof typeof SCHEDULED_JOBS;

export type JobName = keyof JobPayloads;

export interface JobQueue {
  send<N extends JobName>(
    name: N,
    data: JobPayloads[N],
    options?: { startAfter?: Date; singletonKey?: string },
  ): Promise<void>;
}

/** Per kind: how pg-boss keeps, retries (with exponential backoff) and expires its jobs. */
export interface JobQueuePolicy {
  /** "short": at most one job waiting (more sends while one waits are dropped). */
  policy: "standard" | "short";
  retryLimit: number;
  retryDelay: number;
  retryBackoff: true;
  retryDelayMax: number;
  /** A job whose worker stops answering is retried after this long (a killed process). */
  heartbeatSeconds?: number;
  expireInSeconds: number;
  /** Where a job goes once its retries are spent (created before this queue). */
  deadLetter?: JobName;
}

const GIVEN_UP: JobQueuePolicy = {
  policy: "standard",
  retryLimit: 10,
  retryDelay: 10,
  retryBackoff: true,
  retryDelayMax: 600,
  expireInSeconds: 5 * 60,
};

/** One waiting run is enough: it does everything due when it runs. */
const SCHEDULED: JobQueuePolicy = {
  policy: "short",
  retryLimit: 5,
  retryDelay: 30,
  retryBackoff: true,
  retryDelayMax: 600,
  heartbeatSeconds: 60,
  expireInSeconds: 30 * 60,
};

/** In creation order: a dead letter queue before the queue that names it. */
export const JOB_QUEUES: Record<JobName, JobQueuePolicy> = {
  "topics.send": SCHEDULED,
  "check-ins.send": SCHEDULED,
  "partnerships.follow-up": SCHEDULED,
  "sessions.remind": SCHEDULED,
  "rounds.finish": SCHEDULED,
  "surveys.send": SCHEDULED,
  "rate-limits.prune": SCHEDULED,
  "audit-log.prune": SCHEDULED,
  "privacy.retention": SCHEDULED,
  "events.remind": SCHEDULED,
  "news.digest": SCHEDULED,
  "matching.run.given-up": GIVEN_UP,
  "applications.import.given-up": GIVEN_UP,
  // One waiting delivery job is enough: it takes every due email when it runs.
  "mail.deliver": {
    policy: "short",
    retryLimit: 10,
    retryDelay: 5,
    retryBackoff: true,
    retryDelayMax: 300,
    expireInSeconds: 15 * 60,
  },
  "matching.run": {
    policy: "standard",
    retryLimit: 2,
    retryDelay: 10,
    retryBackoff: true,
    retryDelayMax: 300,
    heartbeatSeconds: 30,
    expireInSeconds: 15 * 60,
    deadLetter: "matching.run.given-up",
  },
  "applications.import": {
    policy: "standard",
    retryLimit: 5,
    retryDelay: 5,
    retryBackoff: true,
    retryDelayMax: 300,
    heartbeatSeconds: 30,
    expireInSeconds: 60 * 60,
    deadLetter: "applications.import.given-up",
  },
};

/**
 * The job runner's side of the queue (pg-boss, in src/db): it takes jobs of one kind, one
 * per poll, and hands each payload to a handler; a handler that throws has its job retried
 * with the kind's backoff.
 */
export interface JobConsumer {
  work<N extends JobName>(
    name: N,
    /** `concurrency`: jobs of this kind this instance runs at once (default 1). */
    options: { pollingIntervalSeconds: number; concurrency?: number },
    handler: (data: JobPayloads[N]) => Promise<void>,
  ): Promise<string>;
  /** Wakes a worker now instead of at its next poll. */
  notify(workerId: string): void;
  /** Sends a job of this kind on a cron schedule, read in UTC. */
  schedule(name: JobName, cronUtc: string): Promise<void>;
  send<N extends JobName>(name: N, data: JobPayloads[N]): Promise<void>;
  /** Stops taking jobs of this kind; waits for those in hand. */
  stopWorking(name: JobName): Promise<void>;
}
