/**
 * A facilitator publishes the guide, having reviewed it: each chapter's latest version
 * becomes the one the public page shows (later saves do not change it until the guide is
 * published again), under CC BY 4.0 with every author credited. Chapters nobody wrote in
 * stay out. Publishing again takes the chapters' latest versions.
 */
import type { UseCaseDeps } from "../ports.ts";
import { fail, ok, type Actor, type Result } from "../result.ts";
import { findGuideAccess } from "./guide-access.ts";

export async function publishGuide(
  deps: Pick<UseCaseDeps, "uow" | "clock" | "ids">,
  actor: Actor,
  input: { slug: string; confirmed: boolean },
): Promise<Result<{ slug: string }>> {
  const access = await findGuideAccess(deps.uow.read, actor, input.slug);
  if (!access || access.role !== "facilitator") return fail({ code: "not_found" });
  if (!input.confirmed)
    return fail({
      code: "invalid",
      fieldErrors: { confirm: { key: "guides:errors.confirmPublish" } },
    });
  const now = deps.clock.now();
  return deps.uow.transaction(async (repositories) => {
    await repositories.guides.lock(access.guide.id);
    const chapters = await repositories.guides.listChapters(access.guide.id);
    if (!chapters.some((c) => c.version > 0 && c.body.trim() !== ""))
      return fail({ code: "conflict", reason: "nothing_written" });
    await repositories.guides.publish(access.guide.id, actor.userId, now);
    await repositories.audit.record({
      id: deps.ids.newId(),
      actorUserId: actor.userId,
      action: access.guide.status === "published" ? "guide.republished" : "guide.published",
      subjectType: "guide",
      subjectId: access.guide.id,
      data: { chapters: chapters.filter((c) => c.version > 0).length },
      createdAt: now,
    });
    return ok({ slug: access.guide.slug });
  });
}
