/** What the programme use cases are given: programmes, their facilitators and invitations. */
import type { Page } from "../page.ts";

export interface ProgrammeRecord {
  id: string;
  slug: string;
  name: string;
  description: string;
  organisation: string;
  /** Where participants' replies go (Reply-To of the programme's emails); "" = none given. */
  contactEmail: string;
  defaultLanguage: string;
  createdAt: Date;
}

export interface ProgrammeRepository {
  insert(programme: ProgrammeRecord, createdBy: string | null): Promise<void>;
  update(programme: ProgrammeRecord): Promise<void>;
  findById(id: string): Promise<ProgrammeRecord | undefined>;
  findBySlug(slug: string): Promise<ProgrammeRecord | undefined>;
  slugExists(slug: string): Promise<boolean>;
  list(page: { offset: number; limit: number }): Promise<Page<ProgrammeRecord>>;
  listFacilitatedBy(userId: string): Promise<ProgrammeRecord[]>;
  addFacilitator(programmeId: string, userId: string, invitedBy: string | null): Promise<void>;
  isFacilitator(programmeId: string, userId: string): Promise<boolean>;
  listFacilitators(programmeId: string): Promise<{ userId: string; name: string; email: string }[]>;
  upsertInvitation(invitation: {
    id: string;
    programmeId: string;
    email: string;
    invitedBy: string;
  }): Promise<void>;
  listPendingInvitations(programmeId: string): Promise<{ email: string; createdAt: Date }[]>;
  /**
   * Turns pending invitations for this email into facilitator roles; returns the grants.
   * Only for an account that has proved it owns the address.
   */
  acceptInvitationsFor(
    email: string,
    userId: string,
    now: Date,
  ): Promise<{ programmeId: string; invitedBy: string | null }[]>;
}
