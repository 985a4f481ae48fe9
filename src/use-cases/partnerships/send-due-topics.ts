import {
  defaultTopicSchedule,
  topicCurrentUntil,
  weekStartsAt,
} from "../../domain/partnerships/topic-schedule.ts";
import { topicTextFor } from "../../domain/partnerships/topic-translations.ts";
import { type EmailToQueue, aboutProgramme, enqueueEmails } from "../mail/enqueue-email.ts";
import type { Repositories, UseCaseDeps } from "../ports.ts";
import type {
  LiveRoundRecord,
  RoundTopicRecord,
  TopicRecipientRecord,
  TopicRecord,
} from "./topic-ports.ts";

/** Partnerships per transaction: each batch's deliveries and emails commit together. */
const BATCH_SIZE = 500;

type Deps = Pick<UseCaseDeps, "uow" | "clock" | "ids" | "renderEmail" | "links" | "baseUrl">;

/**
 * The scheduled job "topics.send": for every round under way, the topic of each week that
 * has started goes to each active partnership that has not had it, in each member's language
 * where the topic is written in it (else the programme's default language).
 *
 * Exactly once per partnership and topic, across restarts and instances: a batch inserts its
 * topic_delivery rows with ON CONFLICT DO NOTHING … RETURNING and queues emails only for the
 * rows it inserted, in the same transaction. A second run racing for the same rows waits for
 * the first's commit and then inserts (and sends) nothing; a run killed mid-way rolls its
 * batch back whole, deliveries and emails alike, and the next run sends that batch.
 *
 * A round without a schedule gets the default one first. A partnership formed after a topic's
 * fortnight (a re-match) gets the current topic and the later ones, not the earlier ones.
 */
export async function sendDueTopics(
  deps: Deps,
  options: { batchSize?: number } = {},
): Promise<{ rounds: number; deliveries: number; emails: number }> {
  const now = deps.clock.now();
  const batchSize = options.batchSize ?? BATCH_SIZE;
  const rounds = await deps.uow.read.topics.listLiveRounds(now);
  const done = { rounds: rounds.length, deliveries: 0, emails: 0 };
  for (const round of rounds) {
    await ensureSchedule(deps, round);
    const schedule = await deps.uow.read.topics.listSchedule(round.id);
    const scheduledWeeks = schedule.map((e) => e.week);
    const topics = new Map<string, TopicRecord | undefined>();
    for (const entry of schedule) {
      if (weekStartsAt(round.startsAt, entry.week) > now) continue;
      const formedBefore = topicCurrentUntil(round.startsAt, entry.week, scheduledWeeks);
      for (;;) {
        const batch = await deps.uow.transaction((repositories) =>
          sendBatch(deps, repositories, { round, entry, formedBefore, topics, now, batchSize }),
        );
        if (!batch) break;
        done.deliveries += batch.deliveries;
        done.emails += batch.emails;
      }
    }
  }
  return done;
}

/** Writes the default schedule of a round that has none (and was never saved by a person). */
async function ensureSchedule(deps: Deps, round: LiveRoundRecord): Promise<void> {
  if (await deps.uow.read.topics.isScheduleSaved(round.id)) return;
  await deps.uow.transaction(async (repositories) => {
    // Under the round's lock a facilitator's save cannot land between the check and the write.
    await repositories.rounds.lockById(round.id);
    if (await repositories.topics.isScheduleSaved(round.id)) return;
    const library = await repositories.topics.listAllByProgramme(round.programmeId);
    const entries = defaultTopicSchedule(
      library.filter((t) => !t.archived).map((t) => t.id),
      round.startsAt,
      round.endsAt,
    );
    // Another instance writing the same default at once: (round, week) is unique, one wins.
    await repositories.topics.insertScheduleEntries(
      entries.map((e) => ({ ...e, id: deps.ids.newId(), roundId: round.id })),
    );
  });
}

/** One batch in one transaction; null when nothing is left to send for this entry. */
async function sendBatch(
  deps: Deps,
  repositories: Repositories,
  job: {
    round: LiveRoundRecord;
    entry: RoundTopicRecord;
    formedBefore: Date | null;
    topics: Map<string, TopicRecord | undefined>;
    now: Date;
    batchSize: number;
  },
): Promise<{ deliveries: number; emails: number } | null> {
  const { round, now } = job;
  // Re-read under a share lock: a schedule change committed meanwhile is seen, and one
  // being made waits until this batch has committed (and then sees it sent).
  const entry = await repositories.topics.lockScheduleEntryForSending(job.entry.id);
  if (!entry) return null;
  const awaiting = await repositories.topics.listPartnershipsAwaiting(
    entry,
    job.formedBefore,
    job.batchSize,
  );
  if (awaiting.length === 0) return null;
  const sentTo = await repositories.topics.insertDeliveries(entry.id, awaiting, now);
  if (sentTo.length === 0) return { deliveries: 0, emails: 0 };
  if (!job.topics.has(entry.topicId))
    job.topics.set(entry.topicId, await repositories.topics.findById(entry.topicId));
  const topic = job.topics.get(entry.topicId);
  if (!topic) return { deliveries: sentTo.length, emails: 0 };

  const recipients = await repositories.topics.listRecipients(sentTo);
  const byPartnership = new Map<string, TopicRecipientRecord[]>();
  for (const r of recipients) {
    const members = byPartnership.get(r.partnershipId);
    if (members) members.push(r);
    else byPartnership.set(r.partnershipId, [r]);
  }
  const programme = await repositories.programmes.findById(round.programmeId);
  const emails: EmailToQueue[] = [];
  for (const [partnershipId, members] of byPartnership) {
    for (const member of members) {
      const text = topicTextFor(topic.texts, member.locale, round.defaultLanguage);
      if (!text) continue;
      emails.push({
        to: member.email,
        toName: member.name,
        locale: text.locale,
        dedupeKey: `topic:${partnershipId}:${entry.id}:${member.applicationId}`,
        bulk: "topics",
        ...aboutProgramme(programme),
        message: {
          kind: "topic",
          recipientName: member.name,
          partnerNames: members.filter((m) => m !== member).map((m) => m.name),
          roundName: round.name,
          programmeName: round.programmeName,
          title: text.title,
          promptMarkdown: text.promptMarkdown,
          partnershipUrl: `${deps.baseUrl}/partnerships/${partnershipId}`,
        },
      });
    }
  }
  const queued = await enqueueEmails(repositories, { ...deps, now }, emails);
  return { deliveries: sentTo.length, emails: queued };
}
