import type { AuditRepository } from "../../use-cases/ports.ts";
import type { Executor } from "../database.ts";
import { auditLog } from "../schema/index.ts";

export function createAuditRepository(db: Executor): AuditRepository {
  return {
    async record(entry) {
      await db.insert(auditLog).values({ ...entry, data: entry.data ?? {} });
    },
  };
}
