import type { MemberFilters } from "../../domain/profiles/member-filters.ts";
import { visibilitiesSeenBy } from "../../domain/profiles/profile-visibility.ts";
import type { Page } from "../page.ts";
import type { UseCaseDeps } from "../ports.ts";
import { fail, ok, type Actor, type Result } from "../result.ts";
import type { MemberSummary } from "./profile-ports.ts";

/**
 * The member directory, for signed-in members only: profiles shown to members or to
 * everyone, searched with the one search rule (name, headline, bio) and filtered by country
 * and mentoring, by name.
 */
export async function listMembers(
  deps: Pick<UseCaseDeps, "uow">,
  actor: Actor | null,
  input: { filters: MemberFilters; page: { offset: number; limit: number } },
): Promise<Result<Page<MemberSummary>>> {
  if (!actor) return fail({ code: "not_found" });
  return ok(
    await deps.uow.read.profiles.searchProfiles(
      input.filters,
      visibilitiesSeenBy("member"),
      input.page,
    ),
  );
}
