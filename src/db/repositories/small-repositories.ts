import { eq } from "drizzle-orm";
import type {
  AuditRepository,
  ImportJobRecord,
  ImportJobRepository,
  UserRepository,
} from "../../use-cases/ports.ts";
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
  return {
    async insert(job, createdBy) {
      await db.insert(importJob).values({ ...job, createdBy });
    },
    async update(job) {
      const { id, ...changes } = job;
      await db.update(importJob).set(changes).where(eq(importJob.id, id));
    },
    async findById(id) {
      const [row] = await db.select().from(importJob).where(eq(importJob.id, id));
      return row && { ...row, status: row.status as ImportJobRecord["status"] };
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
