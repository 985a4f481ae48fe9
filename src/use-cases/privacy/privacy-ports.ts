import type { Page } from "../page.ts";

/** One line of the audit log as an administrator reads it: who did what to what, when. */
export interface AuditEntryView {
  id: string;
  createdAt: Date;
  action: string;
  subjectType: string;
  subjectId: string;
  data: Record<string, unknown>;
  /** Null when nobody signed in did it (a job, the system) or the account was deleted. */
  actor: { id: string; name: string; email: string } | null;
}

/** What an administrator narrows the audit log to; every part is optional. */
export interface AuditFilter {
  /** Part of the actor's email address or name. */
  actor?: string;
  action?: string;
  subjectType?: string;
  /** One thing's history: its id, exactly. */
  subjectId?: string;
  from?: Date;
  /** Exclusive. */
  to?: Date;
}

/** The audit log's reading and its retention (issue 16); writing is AuditRepository.record. */
export interface AuditLogRepository {
  /** Newest first. */
  listEntries(
    filter: AuditFilter,
    page: { offset: number; limit: number },
  ): Promise<Page<AuditEntryView>>;
  /** The actions and kinds of thing in the log, for the filter's choices. */
  listKinds(): Promise<{ actions: string[]; subjectTypes: string[] }>;
  countEntriesBefore(before: Date): Promise<number>;
  deleteEntriesBefore(before: Date): Promise<number>;
}
