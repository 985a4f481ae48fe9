import type { PersonalData } from "../../domain/privacy/data-export.ts";
import type { UseCaseDeps } from "../ports.ts";
import { fail, ok, type Actor, type Result } from "../result.ts";
import { dataSubjectOf } from "./data-subject.ts";

export interface MyDataExport {
  exportedAt: Date;
  /** The download's name, e.g. shelfmates-data-2027-06-15.zip. */
  filename: string;
  data: PersonalData;
}

/**
 * "Export my data" (issue 16): everything held about the signed-in person — the account,
 * consents, applications (by account and by proved address), partnerships with partners'
 * names as the partnership page shows them, meetings (their own private notes only),
 * check-ins, survey answers, posts, comments, memberships, registrations, signatures,
 * spotlights, nominations, the profile, guide revisions — read in one snapshot (a
 * transaction), at most MAX_EXPORT_ROWS_PER_KIND rows of each kind. The export is recorded
 * in the audit log (who, when; not what).
 */
export async function exportMyData(
  deps: Pick<UseCaseDeps, "uow" | "clock" | "ids">,
  actor: Actor | null,
): Promise<Result<MyDataExport>> {
  if (!actor) return fail({ code: "not_found" });
  const exportedAt = deps.clock.now();
  return deps.uow.transaction(async (repositories) => {
    const subject = await dataSubjectOf(repositories, actor.userId);
    if (!subject) return fail({ code: "not_found" });
    const data = await repositories.privacy.findPersonalData(subject);
    await repositories.audit.record({
      id: deps.ids.newId(),
      actorUserId: actor.userId,
      action: "account.data_exported",
      subjectType: "user",
      subjectId: actor.userId,
      createdAt: exportedAt,
    });
    return ok({
      exportedAt,
      filename: `shelfmates-data-${exportedAt.toISOString().slice(0, 10)}.zip`,
      data,
    });
  });
}
