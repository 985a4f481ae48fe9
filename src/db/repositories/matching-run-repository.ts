import { and, desc, eq, getTableColumns, sql } from "drizzle-orm";
import type { MatchingRunRepository } from "../../use-cases/matching/matching-ports.ts";
import type {
  MatchConstraintRecord,
  MatchingRunRecord,
  RunStatus,
  RunSummary,
} from "../../domain/matching/matching-run-types.ts";
import type { Executor } from "../database.ts";
import { matchConstraint, matchingRun, user } from "../schema/index.ts";

export function createMatchingRunRepository(db: Executor): MatchingRunRepository {
  return {
    async insert(run) {
      await db.insert(matchingRun).values(run);
    },
    async updateProgress(id, progress) {
      await db
        .update(matchingRun)
        .set({ progress })
        .where(and(eq(matchingRun.id, id), eq(matchingRun.status, "running")));
    },
    async finish(id, outcome) {
      await db.update(matchingRun).set(outcome).where(eq(matchingRun.id, id));
    },
    async saveResult(id, result, manualChanges, scores) {
      await db
        .update(matchingRun)
        .set({ result, manualChanges, ...scores })
        .where(eq(matchingRun.id, id));
    },
    async findById(id) {
      const [row] = await db.select().from(matchingRun).where(eq(matchingRun.id, id));
      return row && toRecord(row);
    },
    async lockById(id) {
      const [row] = await db.select().from(matchingRun).where(eq(matchingRun.id, id)).for("update");
      return row && toRecord(row);
    },
    async listByRound(roundId) {
      const { result: _result, ...columns } = getTableColumns(matchingRun);
      const rows = await db
        .select({
          ...columns,
          summary: sql<RunSummary | null>`${matchingRun.result} -> 'summary'`,
          createdByName: user.name,
        })
        .from(matchingRun)
        .leftJoin(user, eq(user.id, matchingRun.createdBy))
        .where(eq(matchingRun.roundId, roundId))
        .orderBy(desc(matchingRun.createdAt));
      return rows.map((row) => ({ ...row, status: row.status as RunStatus }));
    },
    async listConstraints(roundId) {
      const rows = await db
        .select()
        .from(matchConstraint)
        .where(eq(matchConstraint.roundId, roundId));
      return rows.map((row) => ({ ...row, kind: row.kind as MatchConstraintRecord["kind"] }));
    },
    async setConstraint(constraint) {
      await db
        .insert(matchConstraint)
        .values(constraint)
        .onConflictDoUpdate({
          target: [
            matchConstraint.roundId,
            matchConstraint.applicationA,
            matchConstraint.applicationB,
          ],
          set: {
            kind: constraint.kind,
            createdBy: constraint.createdBy,
            createdAt: constraint.createdAt,
          },
        });
    },
    async removeConstraint(roundId, applicationA, applicationB) {
      await db
        .delete(matchConstraint)
        .where(
          and(
            eq(matchConstraint.roundId, roundId),
            eq(matchConstraint.applicationA, applicationA),
            eq(matchConstraint.applicationB, applicationB),
          ),
        );
    },
  };
}

function toRecord(row: typeof matchingRun.$inferSelect): MatchingRunRecord {
  return { ...row, status: row.status as RunStatus };
}
