import { eq } from "drizzle-orm";
import type {
  ImportJobRecord,
  ImportJobRepository,
} from "../../use-cases/applications/import-ports.ts";
import type { UserRepository } from "../../use-cases/accounts/account-ports.ts";
import type { AuditRepository } from "../../use-cases/ports.ts";
import type { Executor } from "../database.ts";
import { auditLog, importJob, user } from "../schema/index.ts";

export function createAuditRepository(db: Executor): AuditRepository {
  return {
    async record(entry) {
      await db.insert(auditLog).values({ ...entry, data: entry.data ?? {} });
    },
  };
}

export function createImportJobRepository(db: Executor): ImportJobRepository {
  const toRecord = ({ file: _file, ...row }: typeof importJob.$inferSelect): ImportJobRecord => ({
    ...row,
    status: row.status as ImportJobRecord["status"],
  });
  const columns = {
    id: importJob.id,
    roundId: importJob.roundId,
    createdBy: importJob.createdBy,
    status: importJob.status,
    totalRows: importJob.totalRows,
    processedRows: importJob.processedRows,
    errors: importJob.errors,
    createdAt: importJob.createdAt,
    finishedAt: importJob.finishedAt,
  };
  return {
    async insert(job, file) {
      await db.insert(importJob).values({ ...job, file });
    },
    async update(job) {
      const { id, ...changes } = job;
      // A finished job no longer needs its file.
      const file = job.status === "running" ? {} : { file: null };
      await db
        .update(importJob)
        .set({ ...changes, ...file })
        .where(eq(importJob.id, id));
    },
    async findById(id) {
      const [row] = await db.select(columns).from(importJob).where(eq(importJob.id, id));
      return row && toRecord({ ...row, file: null });
    },
    async lockById(id) {
      const [row] = await db
        .select(columns)
        .from(importJob)
        .where(eq(importJob.id, id))
        .for("update");
      return row && toRecord({ ...row, file: null });
    },
    async findFile(id) {
      const [row] = await db
        .select({ file: importJob.file })
        .from(importJob)
        .where(eq(importJob.id, id));
      return row?.file ?? undefined;
    },
  };
}

export function createUserRepository(db: Executor): UserRepository {
  const toRecord = (row: typeof user.$inferSelect) => ({
    id: row.id,
    name: row.name,
    email: row.email,
    role: row.role === "admin" ? ("admin" as const) : ("user" as const),
    locale: row.locale,
    emailVerified: row.emailVerified,
  });
  return {
    async findById(id) {
      const [row] = await db.select().from(user).where(eq(user.id, id));
      return row && toRecord(row);
    },
    async findByEmail(email) {
      const [row] = await db.select().from(user).where(eq(user.email, email.toLowerCase()));
      return row && toRecord(row);
    },
    async setLocale(id, locale) {
      await db.update(user).set({ locale }).where(eq(user.id, id));
    },
    async setRole(id, role) {
      await db.update(user).set({ role }).where(eq(user.id, id));
    },
  };
}
