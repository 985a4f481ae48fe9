/**
 * Before sending hundreds of introductions, the facilitator reads the one a chosen
 * participant would receive (and the note to an unmatched applicant), rendered in that
 * person's language exactly as publishing would queue it. Nothing is written.
 */
import { renderQueuedEmail, type EmailToQueue } from "../mail/enqueue-email.ts";
import type { UseCaseDeps } from "../ports.ts";
import { fail, ok, type Actor, type Result } from "../result.ts";
import { findFacilitatedRun } from "./find-facilitated-run.ts";
import { introductionEmail, notMatchedEmail } from "./publication-emails.ts";

export interface PreviewedEmail {
  to: string;
  locale: string;
  subject: string;
  /** The text version, as sent (the HTML one is built from the same paragraphs). */
  text: string;
}

export interface PublicationPreview {
  /** Everyone the run matched, to choose whose introduction to read. */
  matched: { id: string; name: string }[];
  introduction: (PreviewedEmail & { applicationId: string }) | null;
  notMatched: (PreviewedEmail & { applicationId: string }) | null;
}

export async function previewPublicationEmails(
  deps: Pick<UseCaseDeps, "uow" | "renderEmail" | "baseUrl" | "links">,
  actor: Actor | null,
  input: { roundId: string; runId: string; applicationId: string | null },
): Promise<Result<PublicationPreview>> {
  const repositories = deps.uow.read;
  const found = await findFacilitatedRun(repositories, actor, input.roundId, input.runId);
  const result = found?.run.result;
  if (!found || !result) return fail({ code: "not_found" });
  const programme = await repositories.programmes.findById(found.round.programmeId);
  if (!programme) return fail({ code: "not_found" });
  const applications = await repositories.applications.listAll(found.round.id, {});
  const byId = new Map(applications.map((a) => [a.id, a]));
  const person = (id: string) => {
    const application = byId.get(id);
    if (!application) throw new Error(`application ${id} of the run is gone`);
    return application;
  };
  const publication = {
    round: found.round,
    translations: await repositories.rounds.listTranslations(found.round.id),
    programme,
    baseUrl: deps.baseUrl,
    person,
  };
  const render = (email: EmailToQueue, applicationId: string) => {
    const { subject, text } = renderQueuedEmail(deps, email);
    return { applicationId, to: email.to, locale: email.locale, subject, text };
  };

  const matched = result.groups
    .flatMap((g) => g.memberIds)
    .filter((id) => byId.has(id))
    .map((id) => ({ id, name: person(id).name }))
    .sort((a, b) => a.name.localeCompare(b.name));
  const chosen = input.applicationId ?? matched[0]?.id ?? null;
  const group = result.groups.find((g) => chosen !== null && g.memberIds.includes(chosen));
  if (input.applicationId && !group) return fail({ code: "not_found" });
  const introduction =
    group && chosen && group.memberIds.every((id) => byId.has(id))
      ? render(
          introductionEmail(
            publication,
            { partnershipId: "preview", kind: group.kind, memberIds: group.memberIds },
            chosen,
          ),
          chosen,
        )
      : null;
  const unmatched = result.unmatched.find((u) => byId.has(u.id));
  const notMatched = unmatched
    ? render(notMatchedEmail(publication, person(unmatched.id), unmatched.reason), unmatched.id)
    : null;
  return ok({ matched, introduction, notMatched });
}
