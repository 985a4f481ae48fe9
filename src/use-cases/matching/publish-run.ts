/**
 * Publishes a run's result, in one transaction: the partnerships and their members, the
 * round moved closed → matched, the publication row (its primary key refuses a second
 * one), an introduction email to every matched participant and a kind note to everyone
 * unmatched (who moves to the waiting list). If anything fails, nothing remains; the
 * dedupe keys make sure no email is ever queued twice.
 */
import { checkRoundTransition } from "../../domain/rounds/round-status.ts";
import { canFacilitate } from "../authorise.ts";
import { enqueueEmails, type EmailToQueue } from "../mail/enqueue-email.ts";
import type { ApplicationRecord } from "../applications/application-ports.ts";
import type { UseCaseDeps } from "../ports.ts";
import { fail, ok, type Actor, type Result } from "../result.ts";
import { ensureSurveysOf } from "../surveys/ensure-round-surveys.ts";
import { introductionEmail, notMatchedEmail } from "./publication-emails.ts";
import type { PartnershipMemberRecord, PartnershipRecord } from "./matching-ports.ts";

export const NOT_MATCHED_WAITLIST_REASON = "not_matched";

export async function publishRun(
  deps: UseCaseDeps,
  actor: Actor | null,
  input: { roundId: string; runId: string },
): Promise<Result<{ partnerships: number; introductions: number; notMatched: number }>> {
  return deps.uow.transaction(async (repositories) => {
    const round = await repositories.rounds.lockById(input.roundId);
    if (!round || !(await canFacilitate(repositories, actor, round.programmeId)))
      return fail({ code: "not_found" });
    const programme = await repositories.programmes.findById(round.programmeId);
    const run = await repositories.matchingRuns.findById(input.runId);
    if (!programme || !run || run.roundId !== round.id) return fail({ code: "not_found" });
    if (await repositories.partnerships.findPublication(round.id))
      return fail({ code: "conflict", reason: "already_published" });
    if (checkRoundTransition(round.status, "matched"))
      return fail({ code: "conflict", reason: "round_not_closed" });
    const result = run.result;
    if (run.status !== "done" || !result) return fail({ code: "conflict", reason: "not_done" });

    const accepted = await repositories.applications.listAll(round.id, { status: "accepted" });
    const byId = new Map(accepted.map((a) => [a.id, a]));
    const inResult = [
      ...result.groups.flatMap((g) => g.memberIds),
      ...result.unmatched.map((u) => u.id),
    ];
    if (inResult.length !== byId.size || inResult.some((id) => !byId.has(id)))
      return fail({ code: "conflict", reason: "applications_changed" });

    const now = deps.clock.now();
    const person = (id: string) => byId.get(id)!;
    const partnerships = result.groups.map((g) => ({
      id: deps.ids.newId(),
      roundId: round.id,
      runId: run.id,
      kind: g.kind,
      score: g.score,
      links: g.links,
      breaksHardRule: g.hardRuleBreaks.length > 0,
      status: "active" as const,
      createdAt: now,
      members: g.memberIds.map((id): PartnershipMemberRecord => ({
        applicationId: id,
        role: g.kind === "mentorship" ? person(id).role : "peer",
      })),
    })) satisfies (PartnershipRecord & { members: PartnershipMemberRecord[] })[];
    await repositories.partnerships.insertMany(partnerships);
    await repositories.rounds.update({ ...round, status: "matched", updatedAt: now });
    await repositories.partnerships.insertPublication({
      roundId: round.id,
      runId: run.id,
      publishedAt: now,
      publishedBy: actor?.userId ?? null,
    });
    // A published round has its mid and end surveys (decision 0009): made here, not on a GET.
    await ensureSurveysOf(repositories, deps, round, now);

    const emailDeps = { ...deps, now };
    const publication = {
      round,
      translations: await repositories.rounds.listTranslations(round.id),
      programme,
      baseUrl: deps.baseUrl,
      person,
    };
    const emails: EmailToQueue[] = [];
    let introductions = 0;
    for (const p of partnerships) {
      const group = {
        partnershipId: p.id,
        kind: p.kind,
        memberIds: p.members.map((m) => m.applicationId),
      };
      for (const recipientId of group.memberIds) {
        emails.push(introductionEmail(publication, group, recipientId));
        introductions++;
      }
    }
    for (const { id, reason } of result.unmatched) {
      const applicant: ApplicationRecord = {
        ...person(id),
        status: "waitlisted",
        waitlistReason: NOT_MATCHED_WAITLIST_REASON,
        updatedAt: now,
      };
      await repositories.applications.update(applicant);
      emails.push(notMatchedEmail(publication, applicant, reason));
    }
    await enqueueEmails(repositories, emailDeps, emails);
    await repositories.audit.record({
      id: deps.ids.newId(),
      actorUserId: actor?.userId ?? null,
      action: "matching.published",
      subjectType: "round",
      subjectId: round.id,
      data: {
        runId: run.id,
        partnerships: partnerships.length,
        unmatched: result.unmatched.length,
      },
      createdAt: now,
    });
    return ok({
      partnerships: partnerships.length,
      introductions,
      notMatched: result.unmatched.length,
    });
  });
}
