/** The audit log read by administrators, and its retention (issue 16). */
import { and, count, desc, eq, gte, lt, type SQL } from "drizzle-orm";
import type { AuditFilter, AuditLogRepository } from "../../use-cases/privacy/privacy-ports.ts";
import type { Executor } from "../database.ts";
import { pageWithTotal } from "../page-with-total.ts";
import { auditLog, user } from "../schema/index.ts";
import { accountMatchesSql } from "./privacy-repository.ts";

function conditionsOf(filter: AuditFilter): SQL | undefined {
  const conditions: (SQL | undefined)[] = [];
  if (filter.actor) conditions.push(accountMatchesSql(filter.actor));
  if (filter.action) conditions.push(eq(auditLog.action, filter.action));
  if (filter.subjectType) conditions.push(eq(auditLog.subjectType, filter.subjectType));
  if (filter.subjectId) conditions.push(eq(auditLog.subjectId, filter.subjectId));
  if (filter.from) conditions.push(gte(auditLog.createdAt, filter.from));
  if (filter.to) conditions.push(lt(auditLog.createdAt, filter.to));
  return conditions.length ? and(...conditions) : undefined;
}

export function createAuditLogRepository(db: Executor): AuditLogRepository {
  return {
    async listEntries(filter, page) {
      const where = conditionsOf(filter);
      const { rows, total } = await pageWithTotal(
        db
          .select({
            id: auditLog.id,
            createdAt: auditLog.createdAt,
            action: auditLog.action,
            subjectType: auditLog.subjectType,
            subjectId: auditLog.subjectId,
            data: auditLog.data,
            actorId: user.id,
            actorName: user.name,
            actorEmail: user.email,
          })
          .from(auditLog)
          .leftJoin(user, eq(user.id, auditLog.actorUserId))
          .where(where)
          // The id breaks ties between entries written in the same instant, so pages are stable.
          .orderBy(desc(auditLog.createdAt), desc(auditLog.id))
          .limit(page.limit)
          .offset(page.offset),
        db
          .select({ n: count() })
          .from(auditLog)
          .leftJoin(user, eq(user.id, auditLog.actorUserId))
          .where(where),
      );
      return {
        total,
        items: rows.map((row) => ({
          id: row.id,
          createdAt: row.createdAt,
          action: row.action,
          subjectType: row.subjectType,
          subjectId: row.subjectId,
          data: row.data,
          actor:
            row.actorId === null
              ? null
              : { id: row.actorId, name: row.actorName ?? "", email: row.actorEmail ?? "" },
        })),
      };
    },
    async listKinds() {
      const [actions, subjectTypes] = await Promise.all([
        db.selectDistinct({ value: auditLog.action }).from(auditLog).orderBy(auditLog.action),
        db
          .selectDistinct({ value: auditLog.subjectType })
          .from(auditLog)
          .orderBy(auditLog.subjectType),
      ]);
      return {
        actions: actions.map((a) => a.value),
        subjectTypes: subjectTypes.map((s) => s.value),
      };
    },
    async countEntriesBefore(before) {
      const [row] = await db
        .select({ n: count() })
        .from(auditLog)
        .where(lt(auditLog.createdAt, before));
      return row?.n ?? 0;
    },
    async deleteEntriesBefore(before) {
      const removed = await db
        .delete(auditLog)
        .where(lt(auditLog.createdAt, before))
        .returning({ id: auditLog.id });
      return removed.length;
    },
  };
}
