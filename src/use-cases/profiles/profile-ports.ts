/**
 * What the profile use cases are given. Member profiles (issue 15): public only if the member
 * chooses; what they did is read from the tables where it happened.
 */
import type { ProfileVisibility } from "../../domain/profiles/profile-visibility.ts";
import type { MemberFilters } from "../../domain/profiles/member-filters.ts";
import type { Page } from "../page.ts";

export interface ProfileRecord {
  userId: string;
  visibility: ProfileVisibility;
  headline: string;
  bio: string;
  country: string;
  sector: string;
  openToMentoring: boolean;
  lookingForMentor: boolean;
  updatedAt: Date;
}

/** A profile with its member's account name. */
export interface MemberProfile extends ProfileRecord {
  name: string;
}

/** A profile as the directory lists it. */
export type MemberSummary = Omit<MemberProfile, "bio" | "updatedAt" | "visibility">;

export interface ProfileNetwork {
  slug: string;
  name: string;
}

/** A round the member finished in a partnership. */
export interface CompletedProgramme {
  programmeName: string;
  roundName: string;
  endsAt: Date;
}

/** A nomination the member accepted and was selected for. */
export interface OpportunityTaken {
  title: string;
  kind: string;
  /** The organising network's or programme's name. */
  organiserName: string;
  outcomeAt: Date | null;
}

export interface ProfileRepository {
  findProfile(userId: string): Promise<MemberProfile | undefined>;
  /** Writes the row with its search text (the account's name, the headline, the bio). */
  saveProfile(profile: ProfileRecord, name: string): Promise<void>;
  /** Profiles with one of `visibilities`, searched and filtered, by name. */
  searchProfiles(
    filters: MemberFilters,
    visibilities: readonly ProfileVisibility[],
    page: { offset: number; limit: number },
  ): Promise<Page<MemberSummary>>;
  /** Approved networks where the membership is visible, by name. */
  listVisibleNetworks(userId: string): Promise<ProfileNetwork[]>;
  /** Finished rounds where an application at this (verified) address kept its partnership. */
  listCompletedProgrammes(email: string): Promise<CompletedProgramme[]>;
  /** Nominations accepted and selected. */
  listOpportunitiesTaken(userId: string): Promise<OpportunityTaken[]>;
}
