import { auditCutoff } from "../../domain/privacy/audit-retention.ts";
import type { UseCaseDeps } from "../ports.ts";

/**
 * The scheduled job: audit entries older than the retention period are deleted, and the
 * pruning itself is written to the log (how many, up to when), so the log says why it
 * starts where it does.
 */
export async function pruneAuditLog(
  deps: Pick<UseCaseDeps, "uow" | "clock" | "ids">,
  retentionDays: number,
): Promise<number> {
  const now = deps.clock.now();
  const before = auditCutoff(now, retentionDays);
  return deps.uow.transaction(async (repositories) => {
    const removed = await repositories.auditLog.deleteEntriesBefore(before);
    if (removed > 0) {
      await repositories.audit.record({
        id: deps.ids.newId(),
        actorUserId: null,
        action: "audit_log.pruned",
        subjectType: "audit_log",
        subjectId: "audit_log",
        data: { removed, before: before.toISOString(), retentionDays },
        createdAt: now,
      });
    }
    return removed;
  });
}
