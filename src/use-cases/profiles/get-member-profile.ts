import { isProfileVisible } from "../../domain/profiles/profile-visibility.ts";
import type { Page } from "../page.ts";
import type { UseCaseDeps } from "../ports.ts";
import { fail, ok, type Actor, type Result } from "../result.ts";
import type { ShownSpotlight } from "../spotlights/spotlight-ports.ts";
import type {
  CompletedProgramme,
  MemberProfile,
  OpportunityTaken,
  ProfileNetwork,
} from "./profile-ports.ts";

export interface MemberProfilePage {
  profile: MemberProfile;
  isOwner: boolean;
  networks: ProfileNetwork[];
  programmes: CompletedProgramme[];
  spotlights: Page<ShownSpotlight>;
  opportunities: OpportunityTaken[];
}

/**
 * A member's profile page. Hidden (the default, and any member with no profile yet) from
 * everyone but the member; "members" from people signed out; not_found either way, as for
 * an id that does not exist. Finished programmes are read by the account's address only once
 * it is verified (anyone may sign up with a librarian's address).
 */
export async function getMemberProfile(
  deps: Pick<UseCaseDeps, "uow">,
  actor: Actor | null,
  input: { userId: string; spotlightsPage: { offset: number; limit: number } },
): Promise<Result<MemberProfilePage>> {
  const read = deps.uow.read;
  const isOwner = actor?.userId === input.userId;
  const [profile, account] = await Promise.all([
    read.profiles.findProfile(input.userId),
    read.users.findById(input.userId),
  ]);
  if (!account) return fail({ code: "not_found" });
  const shown: MemberProfile = profile ?? { ...emptyProfile(input.userId), name: account.name };
  if (!isProfileVisible(shown.visibility, isOwner ? "owner" : actor ? "member" : "anonymous"))
    return fail({ code: "not_found" });
  const [networks, programmes, spotlights, opportunities] = await Promise.all([
    read.profiles.listVisibleNetworks(account.id),
    account.emailVerified ? read.profiles.listCompletedProgrammes(account.email) : [],
    read.spotlights.listPublished({ subjectUserId: account.id }, input.spotlightsPage),
    read.profiles.listOpportunitiesTaken(account.id),
  ]);
  return ok({ profile: shown, isOwner, networks, programmes, spotlights, opportunities });
}

export function emptyProfile(userId: string) {
  return {
    userId,
    visibility: "hidden" as const,
    headline: "",
    bio: "",
    country: "",
    sector: "",
    openToMentoring: false,
    lookingForMentor: false,
    updatedAt: new Date(0),
  };
}
