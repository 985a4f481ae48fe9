import { auditCutoff } from "../../domain/privacy/audit-retention.ts";
import { parseAuditFilter, type AuditFilterInput } from "../../domain/privacy/audit-filter.ts";
import type { FieldErrors } from "../../domain/field-errors.ts";
import type { Page } from "../page.ts";
import type { UseCaseDeps } from "../ports.ts";
import { fail, ok, type Actor, type Result } from "../result.ts";
import type { AuditEntryView } from "./privacy-ports.ts";

export interface AuditLogPage extends Page<AuditEntryView> {
  /** The filter's choices: every action and kind of thing the log holds. */
  actions: string[];
  subjectTypes: string[];
  /** How long entries are kept, and how many are past it and go at the next pruning. */
  retentionDays: number;
  dueForRemoval: number;
  /** A filter that could not be read (a day that does not exist): nothing is listed. */
  fieldErrors?: FieldErrors;
}

/**
 * The audit log for administrators (issue 16): who did what to whose data, newest first,
 * narrowed by person, action, kind of thing, one thing's id and days. Anyone else is told
 * the page does not exist.
 */
export async function listAuditLog(
  deps: Pick<UseCaseDeps, "uow" | "clock">,
  actor: Actor | null,
  input: {
    filter: AuditFilterInput;
    page: { offset: number; limit: number };
    retentionDays: number;
  },
): Promise<Result<AuditLogPage>> {
  if (actor?.role !== "admin") return fail({ code: "not_found" });
  const filter = parseAuditFilter(input.filter);
  const read = deps.uow.read.auditLog;
  const [entries, kinds, dueForRemoval] = await Promise.all([
    filter.ok ? read.listEntries(filter.value, input.page) : { items: [], total: 0 },
    read.listKinds(),
    read.countEntriesBefore(auditCutoff(deps.clock.now(), input.retentionDays)),
  ]);
  return ok({
    ...entries,
    ...kinds,
    retentionDays: input.retentionDays,
    dueForRemoval,
    ...(filter.ok ? {} : { fieldErrors: filter.fieldErrors }),
  });
}
