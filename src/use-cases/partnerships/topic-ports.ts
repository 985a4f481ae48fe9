/** The programme's topic library, each round's topic schedule and the topics sent. */
import type { TopicText } from "../../domain/partnerships/topic-translations.ts";
import type { Page } from "../page.ts";

/**
 * The audit action of a saved schedule. It also tells a saved empty schedule (every week
 * "none") from a round that never had one, which gets the default (the schema keeps no flag).
 */
export const TOPIC_SCHEDULE_SAVED = "round.topic-schedule.saved";

export interface TopicRecord {
  id: string;
  programmeId: string;
  /** Order in the library, and the order of a new round's default schedule. */
  position: number;
  archived: boolean;
  createdAt: Date;
  updatedAt: Date;
  /** The programme's default language first. */
  texts: TopicText[];
}

/** One week of a round's schedule. */
export interface RoundTopicRecord {
  id: string;
  roundId: string;
  topicId: string;
  week: number;
}

/** A round whose life is under way: topics may be due. */
export interface LiveRoundRecord {
  id: string;
  programmeId: string;
  name: string;
  startsAt: Date;
  endsAt: Date;
  programmeName: string;
  defaultLanguage: string;
}

/** A current member of a partnership, as a topic email needs them. */
export interface TopicRecipientRecord {
  partnershipId: string;
  applicationId: string;
  name: string;
  email: string;
  locale: string;
}

export interface TopicRepository {
  // The library
  /** A page of the programme's topics (archived or not), in library order. */
  listByProgramme(
    programmeId: string,
    filter: { archived: boolean },
    page: { offset: number; limit: number },
  ): Promise<Page<TopicRecord>>;
  countByProgramme(programmeId: string): Promise<{ active: number; archived: number }>;
  /** Every topic of the programme, archived ones too, in library order. */
  listAllByProgramme(programmeId: string): Promise<TopicRecord[]>;
  findById(id: string): Promise<TopicRecord | undefined>;
  /** Appends the topic at the end of its programme's library (its `position` is chosen here). */
  insert(topic: Omit<TopicRecord, "position">): Promise<void>;
  /** Replaces the topic's texts. */
  updateTexts(id: string, texts: TopicText[], now: Date): Promise<void>;
  setArchived(id: string, archived: boolean, now: Date): Promise<void>;

  // A round's schedule
  /** The round's schedule in week order, with how many partnerships each week went to. */
  listSchedule(roundId: string): Promise<(RoundTopicRecord & { sentCount: number })[]>;
  /**
   * Whether a facilitator ever saved this round's schedule (a saved schedule may be empty;
   * only a round without one gets the default).
   */
  isScheduleSaved(roundId: string): Promise<boolean>;
  /**
   * Locks the round's schedule rows until the transaction ends, so a sending run cannot
   * deliver a week while it is being changed (and a change waits for a run's batch).
   */
  lockSchedule(roundId: string): Promise<RoundTopicRecord[]>;
  /** Inserts weeks that have no entry yet (a week already scheduled is left as it is). */
  insertScheduleEntries(entries: readonly RoundTopicRecord[]): Promise<void>;
  updateScheduleEntry(id: string, topicId: string): Promise<void>;
  deleteScheduleEntries(ids: readonly string[]): Promise<void>;

  // Sending
  /** Rounds in status matched or active with startsAt <= now < endsAt. */
  listLiveRounds(now: Date): Promise<LiveRoundRecord[]>;
  /**
   * The entry's topic, read under a share lock held to the end of the transaction (a
   * schedule change waits for this batch, and this batch sees a change committed before it).
   */
  lockScheduleEntryForSending(id: string): Promise<RoundTopicRecord | undefined>;
  /**
   * Up to `limit` active partnerships of the round that have not had this entry, formed
   * before `formedBefore` when given, in id order.
   */
  listPartnershipsAwaiting(
    entry: RoundTopicRecord,
    formedBefore: Date | null,
    limit: number,
  ): Promise<string[]>;
  /**
   * Records the entry as sent to these partnerships (still active); returns those recorded
   * now. A partnership that had it already (another run got there first) is not returned.
   */
  insertDeliveries(
    roundTopicId: string,
    partnershipIds: readonly string[],
    sentAt: Date,
  ): Promise<string[]>;
  /** Current members (not left) of these partnerships. */
  listRecipients(partnershipIds: readonly string[]): Promise<TopicRecipientRecord[]>;
}
