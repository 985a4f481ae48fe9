import { and, eq, inArray } from "drizzle-orm";
import { isBulkEmailKind, type BulkEmailKind } from "../../domain/mail/bulk-email-kinds.ts";
import type { EmailOptOutRepository } from "../../use-cases/mail/mail-ports.ts";
import type { Executor } from "../database.ts";
import { emailOptOut } from "../schema/index.ts";

// Addresses per IN list: well under PostgreSQL's bind-parameter limit.
const BATCH = 5000;

export function createEmailOptOutRepository(db: Executor): EmailOptOutRepository {
  return {
    async listOptedOut(kind, emails) {
      const found = new Set<string>();
      for (let i = 0; i < emails.length; i += BATCH) {
        const rows = await db
          .select({ email: emailOptOut.email })
          .from(emailOptOut)
          .where(
            and(eq(emailOptOut.kind, kind), inArray(emailOptOut.email, emails.slice(i, i + BATCH))),
          );
        for (const row of rows) found.add(row.email);
      }
      return found;
    },
    async listKindsFor(email) {
      const rows = await db
        .select({ kind: emailOptOut.kind })
        .from(emailOptOut)
        .where(eq(emailOptOut.email, email));
      return rows.map((r) => r.kind).filter((k): k is BulkEmailKind => isBulkEmailKind(k));
    },
    async optOut(email, kind, now) {
      await db.insert(emailOptOut).values({ email, kind, createdAt: now }).onConflictDoNothing();
    },
    async optIn(email, kind) {
      await db
        .delete(emailOptOut)
        .where(and(eq(emailOptOut.email, email), eq(emailOptOut.kind, kind)));
    },
  };
}
