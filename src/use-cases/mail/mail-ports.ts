/** What the mail use cases are given: the outbox (decision 0004) and how it is claimed. */
import type { BulkEmailKind } from "../../domain/mail/bulk-email-kinds.ts";

export interface OutboxEmail {
  dedupeKey: string;
  toAddress: string;
  toName: string;
  locale: string;
  kind: string;
  subject: string;
  bodyText: string;
  bodyHtml: string;
  /** RFC 8058 one-click unsubscribe URL (bulk kinds only). */
  unsubscribeUrl?: string | null;
  /** Reply-To: the programme's contact address. */
  replyTo?: string | null;
}

export interface OutboxRecord extends OutboxEmail {
  id: string;
  /** kept: written for the demo's simulated past, readable in the mailbox, never sent. */
  status: "pending" | "sending" | "sent" | "failed" | "uncertain" | "kept";
  attempts: number;
  nextAttemptAt: Date;
  lastError: string | null;
  transport: string | null;
  createdAt: Date;
  sentAt: Date | null;
}

export interface OutboxRepository {
  enqueue(email: OutboxEmail & { id: string; createdAt: Date }): Promise<void>;
  /** Many at once (e.g. a round's introductions), in batched statements. */
  enqueueMany(emails: (OutboxEmail & { id: string; createdAt: Date })[]): Promise<void>;
  /**
   * Claims the next due email, if any: marks it "sending" (one more attempt) and returns it.
   * Claimed rows are skipped by other workers; commit before delivering it, so that only an
   * email whose delivery is attempted is ever "sending".
   */
  claimNextDue(now: Date): Promise<OutboxRecord | undefined>;
  markSent(id: string, transport: string, messageId: string | null, now: Date): Promise<void>;
  markFailed(id: string, error: string, nextAttemptAt: Date | null): Promise<void>;
  /** Claimed but never confirmed (the process died mid-send): never resent automatically. */
  markStaleSendingUncertain(olderThan: Date): Promise<number>;
  /**
   * Every email still waiting becomes "kept": the demo's simulated weeks wrote them to
   * people who do not exist; they stay readable in the development mailbox, never sent.
   */
  keepPendingUnsent(): Promise<number>;
  /** Its delivery was attempted and may have succeeded: never resent automatically. */
  markUncertain(id: string, error: string): Promise<void>;
  /**
   * Newest first; `toAddress` exactly, or `recipientContains` any part of the recipient's
   * address or name (case and accents ignored: src/domain/search-text.ts).
   */
  list(
    page: { offset: number; limit: number },
    toAddress?: string,
    recipientContains?: string,
  ): Promise<{ items: OutboxRecord[]; total: number }>;
  findById(id: string): Promise<OutboxRecord | undefined>;
}

/** Addresses that stopped a kind of bulk email (kept by address: participants need no account). */
export interface EmailOptOutRepository {
  /** Of these addresses (lower case), those that stopped this kind. */
  listOptedOut(kind: BulkEmailKind, emails: readonly string[]): Promise<Set<string>>;
  /** The kinds this address stopped. */
  listKindsFor(email: string): Promise<BulkEmailKind[]>;
  optOut(email: string, kind: BulkEmailKind, now: Date): Promise<void>;
  optIn(email: string, kind: BulkEmailKind): Promise<void>;
}
