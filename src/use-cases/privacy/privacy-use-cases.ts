/** The door's part for this feature (see ../use-cases.ts): privacy (issue 16). */
import type { Bind } from "../use-cases.ts";
import { listAuditLog } from "./list-audit-log.ts";
import { pruneAuditLog } from "./prune-audit-log.ts";

export const privacyUseCases = (bind: Bind) => ({
  // administrators' pages
  listAuditLog: bind(listAuditLog),
  // the scheduled job
  pruneAuditLog: bind(pruneAuditLog),
});
