import { and, asc, eq } from "drizzle-orm";
import type { ImportedApplication } from "../../domain/applications/application-csv/index.ts";
import type {
  ImportJobRecord,
  ImportJobRepository,
} from "../../use-cases/applications/import-ports.ts";
import type { Executor } from "../database.ts";
import { importJob, importJobChunk } from "../schema/index.ts";

export function createImportJobRepository(db: Executor): ImportJobRepository {
  const toRecord = (row: typeof importJob.$inferSelect): ImportJobRecord => ({
    ...row,
    status: row.status as ImportJobRecord["status"],
  });
  return {
    async insert(job, chunks) {
      await db.insert(importJob).values(job);
      // A few chunks per statement: each holds ROWS_PER_CHUNK rows of JSON.
      for (let i = 0; i < chunks.length; i += 10) {
        const values = chunks
          .slice(i, i + 10)
          .map((rows, k) => ({ importJobId: job.id, position: i + k, rows }));
        if (values.length > 0) await db.insert(importJobChunk).values(values);
      }
    },
    async update(job) {
      const { id, ...changes } = job;
      await db.update(importJob).set(changes).where(eq(importJob.id, id));
    },
    async findById(id) {
      const [row] = await db.select().from(importJob).where(eq(importJob.id, id));
      return row && toRecord(row);
    },
    async lockById(id) {
      const [row] = await db.select().from(importJob).where(eq(importJob.id, id)).for("update");
      return row && toRecord(row);
    },
    async findNextChunk(id) {
      const [row] = await db
        .select({ position: importJobChunk.position, rows: importJobChunk.rows })
        .from(importJobChunk)
        .where(eq(importJobChunk.importJobId, id))
        .orderBy(asc(importJobChunk.position))
        .limit(1);
      return row && { position: row.position, rows: row.rows as ImportedApplication[] };
    },
    async deleteChunks(id, position) {
      await db
        .delete(importJobChunk)
        .where(
          position === undefined
            ? eq(importJobChunk.importJobId, id)
            : and(eq(importJobChunk.importJobId, id), eq(importJobChunk.position, position)),
        );
    },
  };
}
