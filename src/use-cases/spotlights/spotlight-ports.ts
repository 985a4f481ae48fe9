/**
 * What the spotlight use cases are given. Spotlights (issue 15): a member writes about a
 * colleague's idea or work; public only once the colleague agrees (decision 0018).
 */
import type { SpotlightStatus } from "../../domain/spotlights/spotlight-status.ts";
import type { ProfileVisibility } from "../../domain/profiles/profile-visibility.ts";
import type { Page } from "../page.ts";

export interface SpotlightRecord {
  id: string;
  authorId: string;
  /** The colleague's account: named by account, or the verified account of the invited address. */
  subjectUserId: string | null;
  /** The invited address (lower-cased); "" when named by account. */
  subjectEmail: string;
  /** The colleague's name as the author wrote it (or their account's name). */
  subjectName: string;
  title: string;
  /** Markdown, checked on the way in and sanitised on the way out. */
  body: string;
  linkUrl: string;
  imageUrl: string;
  imageAlt: string;
  status: SpotlightStatus;
  createdAt: Date;
  answeredAt: Date | null;
  withdrawnAt: Date | null;
}

/** A spotlight with the people around it. */
export interface ShownSpotlight extends SpotlightRecord {
  authorName: string;
  /** Whose profile may link: each person's profile visibility (null: no profile row). */
  authorProfile: ProfileVisibility | null;
  subjectProfile: ProfileVisibility | null;
  thanksCount: number;
}

/** Whose published spotlights a listing shows. */
export type SpotlightScope = "site" | { networkId: string } | { subjectUserId: string };

export interface SpotlightThanks {
  name: string;
  createdAt: Date;
}

/** The one small read a feed answers a poll with (as the news feeds, decision 0013). */
export interface SpotlightFeedVersion {
  fingerprint: string;
  newestChangeAt: Date | null;
}

export interface SpotlightRepository {
  insert(spotlight: SpotlightRecord, answerTokenHash: string): Promise<void>;
  findById(id: string): Promise<ShownSpotlight | undefined>;
  findByAnswerToken(tokenHash: string): Promise<ShownSpotlight | undefined>;
  /**
   * Moves it from `from` to `to` (answeredAt for an answer, withdrawnAt for a withdrawal)
   * under the condition that it is still `from`; false when another answer got there first.
   */
  changeStatus(
    id: string,
    from: SpotlightStatus,
    to: SpotlightStatus,
    at: Date,
    subjectUserId: string | null,
  ): Promise<boolean>;
  delete(id: string): Promise<void>;
  /** Published ones, the most recently agreed first. */
  listPublished(
    scope: SpotlightScope,
    page: { offset: number; limit: number },
  ): Promise<Page<ShownSpotlight>>;
  /** What this member wrote, every status, newest first. */
  listByAuthor(
    authorId: string,
    page: { offset: number; limit: number },
  ): Promise<Page<ShownSpotlight>>;
  /**
   * Spotlights about this member still asked or published: named by account, or invited at
   * `verifiedEmail` (only given once the account has proved the address). Newest first.
   */
  listAbout(
    userId: string,
    verifiedEmail: string | null,
    page: { offset: number; limit: number },
  ): Promise<Page<ShownSpotlight>>;
  /** False when this member had thanked it already. */
  insertThanks(spotlightId: string, userId: string, at: Date): Promise<boolean>;
  isThankedBy(spotlightId: string, userId: string): Promise<boolean>;
  /** Who thanked, newest first. */
  listThanks(spotlightId: string, limit: number): Promise<SpotlightThanks[]>;
  findFeedVersion(shown: number): Promise<SpotlightFeedVersion>;
}
