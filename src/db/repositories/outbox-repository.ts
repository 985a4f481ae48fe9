import { and, count, desc, eq, inArray, lte, sql } from "drizzle-orm";
import { searchTextOf } from "../../domain/search-text.ts";
import type {
  OutboxEmail,
  OutboxRecord,
  OutboxRepository,
} from "../../use-cases/mail/mail-ports.ts";
import { matchesSearchSql } from "../contains-pattern.ts";
import type { Executor } from "../database.ts";
import { pageWithTotal } from "../page-with-total.ts";
import { emailOutbox } from "../schema/index.ts";

export function createOutboxRepository(db: Executor): OutboxRepository {
  return {
    async enqueue(email) {
      // The dedupe key makes enqueueing idempotent: a retried request cannot queue a second copy.
      await db
        .insert(emailOutbox)
        .values(withSearchText(email))
        .onConflictDoNothing({ target: emailOutbox.dedupeKey });
    },
    async enqueueMany(emails) {
      // 200 rows × 15 columns stays far below PostgreSQL's 65,535 bind parameters.
      for (let i = 0; i < emails.length; i += 200) {
        await db
          .insert(emailOutbox)
          .values(emails.slice(i, i + 200).map(withSearchText))
          .onConflictDoNothing({ target: emailOutbox.dedupeKey });
      }
    },
    async claimNextDue(now) {
      // One at a time: a process killed mid-delivery leaves only the email it was sending
      // "sending" (later "uncertain"); every other due email stays "pending" for any worker.
      const [row] = await db
        .update(emailOutbox)
        .set({ status: "sending", attempts: sql`${emailOutbox.attempts} + 1`, nextAttemptAt: now })
        .where(
          inArray(
            emailOutbox.id,
            db
              .select({ id: emailOutbox.id })
              .from(emailOutbox)
              .where(and(eq(emailOutbox.status, "pending"), lte(emailOutbox.nextAttemptAt, now)))
              .orderBy(emailOutbox.nextAttemptAt)
              .limit(1)
              .for("update", { skipLocked: true }),
          ),
        )
        .returning();
      return row && toRecord(row);
    },
    async markSent(id, transport, messageId, now) {
      await db
        .update(emailOutbox)
        .set({ status: "sent", transport, messageId, sentAt: now, lastError: null })
        .where(eq(emailOutbox.id, id));
    },
    async markFailed(id, error, nextAttemptAt) {
      await db
        .update(emailOutbox)
        .set(
          nextAttemptAt
            ? { status: "pending", lastError: error, nextAttemptAt }
            : { status: "failed", lastError: error },
        )
        .where(eq(emailOutbox.id, id));
    },
    async keepPendingUnsent() {
      const rows = await db
        .update(emailOutbox)
        .set({ status: "kept" })
        .where(eq(emailOutbox.status, "pending"))
        .returning({ id: emailOutbox.id });
      return rows.length;
    },
    async markUncertain(id, error) {
      await db
        .update(emailOutbox)
        .set({ status: "uncertain", lastError: error })
        .where(eq(emailOutbox.id, id));
    },
    async markStaleSendingUncertain(olderThan) {
      const rows = await db
        .update(emailOutbox)
        .set({
          status: "uncertain",
          lastError: "The process stopped while sending; not resent to avoid a duplicate.",
        })
        .where(and(eq(emailOutbox.status, "sending"), lte(emailOutbox.nextAttemptAt, olderThan)))
        .returning({ id: emailOutbox.id });
      return rows.length;
    },
    async list({ offset, limit }, toAddress, recipientContains) {
      const where = toAddress
        ? eq(emailOutbox.toAddress, toAddress.toLowerCase())
        : recipientContains
          ? matchesSearchSql(emailOutbox.searchText, recipientContains)
          : undefined;
      const { rows, total } = await pageWithTotal(
        db
          .select()
          .from(emailOutbox)
          .where(where)
          .orderBy(desc(emailOutbox.createdAt), desc(emailOutbox.id))
          .offset(offset)
          .limit(limit),
        db.select({ n: count() }).from(emailOutbox).where(where),
      );
      return { items: rows.map(toRecord), total };
    },
    async findById(id) {
      const [row] = await db.select().from(emailOutbox).where(eq(emailOutbox.id, id));
      return row && toRecord(row);
    },
  };
}

function toRecord(row: typeof emailOutbox.$inferSelect): OutboxRecord {
  const { searchText: _searchText, ...rest } = row;
  return { ...rest, status: rest.status as OutboxRecord["status"] };
}

/** The development mailbox finds a recipient by part of their address or name. */
export function searchTextOfEmail(email: Pick<OutboxEmail, "toAddress" | "toName">): string {
  return searchTextOf([email.toAddress, email.toName]);
}

function withSearchText<T extends OutboxEmail>(email: T): T & { searchText: string } {
  return { ...email, searchText: searchTextOfEmail(email) };
}
