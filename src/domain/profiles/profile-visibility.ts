/**
 * Who sees a member's profile (issue 15), the member's choice: nobody but them (hidden, the
 * default), signed-in members, or everyone. Anyone it is hidden from is answered as if it
 * did not exist.
 */
export const PROFILE_VISIBILITIES = ["hidden", "members", "public"] as const;
export type ProfileVisibility = (typeof PROFILE_VISIBILITIES)[number];

export function isProfileVisibility(value: string): value is ProfileVisibility {
  return (PROFILE_VISIBILITIES as readonly string[]).includes(value);
}

/** The viewer: the profile's own member, another signed-in member, or someone signed out. */
export type ProfileViewer = "owner" | "member" | "anonymous";

export function isProfileVisible(visibility: ProfileVisibility, viewer: ProfileViewer): boolean {
  if (viewer === "owner") return true;
  if (visibility === "public") return true;
  return visibility === "members" && viewer === "member";
}

/** The visibilities a viewer may find a profile with (the directory and the colleague picker). */
export function visibilitiesSeenBy(viewer: Exclude<ProfileViewer, "owner">): ProfileVisibility[] {
  return viewer === "member" ? ["members", "public"] : ["public"];
}
