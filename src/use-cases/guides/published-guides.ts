/**
 * The published guides, for everyone: the listing, one guide's published text with its
 * credits (a guide still being written is not_found, whoever asks), and the guides a
 * signed-in person may write in.
 */
import type { PublishedGuide } from "../../domain/guides/published-guide.ts";
import { provedEmail } from "../accounts/proved-email.ts";
import type { Page } from "../page.ts";
import type { UseCaseDeps } from "../ports.ts";
import { fail, ok, type Actor, type Result } from "../result.ts";
import type { PublishedGuideItem, WritableGuideItem } from "./guide-ports.ts";

export const GUIDES_PER_PAGE = 20;

export async function listPublishedGuides(
  deps: Pick<UseCaseDeps, "uow">,
  input: { page: number },
): Promise<Page<PublishedGuideItem>> {
  return deps.uow.read.guides.listPublished({
    offset: (input.page - 1) * GUIDES_PER_PAGE,
    limit: GUIDES_PER_PAGE,
  });
}

export async function findPublishedGuide(
  deps: Pick<UseCaseDeps, "uow">,
  input: { slug: string },
): Promise<Result<PublishedGuide>> {
  const guide = await deps.uow.read.guides.findPublished(input.slug);
  return guide ? ok(guide) : fail({ code: "not_found" });
}

/** Guides of the rounds the person took part in (by their proved address). */
export async function listMyGuides(
  deps: Pick<UseCaseDeps, "uow">,
  actor: Actor | null,
): Promise<WritableGuideItem[]> {
  const email = await provedEmail(deps.uow.read, actor);
  return email ? deps.uow.read.guides.listForParticipantEmail(email) : [];
}
