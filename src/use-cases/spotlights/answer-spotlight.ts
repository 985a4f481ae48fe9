import {
  nextSpotlightStatus,
  type SpotlightAnswer,
} from "../../domain/spotlights/spotlight-status.ts";
import { enqueueEmail } from "../mail/enqueue-email.ts";
import type { Repositories, UseCaseDeps } from "../ports.ts";
import { fail, ok, type Actor, type Result } from "../result.ts";
import { partOf } from "./spotlight-access.ts";
import type { ShownSpotlight } from "./spotlight-ports.ts";

/**
 * The colleague agrees (it becomes public), declines, or withdraws a published spotlight
 * (gone for everyone but its author). From their account here; from the emailed link in
 * answer-spotlight-by-link.ts. The row changes only from the status the answer expects, so
 * two answers at once leave one outcome.
 */
export async function answerSpotlight(
  deps: UseCaseDeps,
  actor: Actor | null,
  input: { id: string; answer: SpotlightAnswer },
): Promise<Result<{ status: ShownSpotlight["status"] }>> {
  return deps.uow.transaction(async (repositories) => {
    const spotlight = await repositories.spotlights.findById(input.id);
    if (!spotlight || !actor) return fail({ code: "not_found" });
    const part = await partOf(repositories, actor, spotlight);
    if (part !== "subject") return fail({ code: "not_found" });
    return applyAnswer(repositories, deps, spotlight, input.answer, actor.userId);
  });
}

/** Shared by both ways of answering; `subjectUserId` ties the spotlight to the account. */
export async function applyAnswer(
  repositories: Repositories,
  deps: UseCaseDeps,
  spotlight: ShownSpotlight,
  answer: SpotlightAnswer,
  subjectUserId: string | null,
): Promise<Result<{ status: ShownSpotlight["status"] }>> {
  const to = nextSpotlightStatus(spotlight.status, answer);
  if (!to) return fail({ code: "conflict", reason: "already_answered" });
  const now = deps.clock.now();
  const changed = await repositories.spotlights.changeStatus(
    spotlight.id,
    spotlight.status,
    to,
    now,
    spotlight.subjectUserId ? null : subjectUserId,
  );
  if (!changed) return fail({ code: "conflict", reason: "already_answered" });
  if (answer !== "withdraw") {
    const author = await repositories.users.findById(spotlight.authorId);
    if (author)
      await enqueueEmail(
        repositories,
        { ...deps, now },
        {
          to: author.email,
          toName: author.name,
          locale: author.locale ?? "en",
          dedupeKey: `spotlight-answered:${spotlight.id}`,
          message: {
            kind: "spotlight-answered",
            recipientName: author.name,
            subjectName: spotlight.subjectName,
            title: spotlight.title,
            agreed: answer === "agree",
            url: `${deps.baseUrl}/spotlights/${spotlight.id}`,
          },
        },
      );
  }
  await repositories.audit.record({
    id: deps.ids.newId(),
    actorUserId: subjectUserId,
    action: `spotlight.${to}`,
    subjectType: "spotlight",
    subjectId: spotlight.id,
    createdAt: now,
  });
  return ok({ status: to });
}
