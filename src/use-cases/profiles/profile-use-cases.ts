/** The door's part for this feature (see ../use-cases.ts). Member profiles (issue 15). */
import type { Bind } from "../use-cases.ts";
import { findMyProfile } from "./find-my-profile.ts";
import { getMemberProfile } from "./get-member-profile.ts";
import { listMembers } from "./list-members.ts";
import { saveMyProfile } from "./save-my-profile.ts";

export const profileUseCases = (bind: Bind) => ({
  getMemberProfile: bind(getMemberProfile),
  listMembers: bind(listMembers),
  findMyProfile: bind(findMyProfile),
  saveMyProfile: bind(saveMyProfile),
});
