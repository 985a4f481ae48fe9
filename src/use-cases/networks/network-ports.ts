/**
 * What the networks use cases are given. Networks (issue 14): the directory, members,
 * organisers, campaigns and petitions.
 */
import type { CampaignInput } from "../../domain/networks/campaign-input.ts";
import type { NetworkFilters } from "../../domain/networks/network-filters.ts";
import type { NetworkInput } from "../../domain/networks/network-input.ts";
import type { NetworkKind, NetworkStatus } from "../../domain/networks/network-kinds.ts";
import type { Sector } from "../../domain/vocabulary/vocabulary.ts";
import type { Page } from "../page.ts";

export interface NetworkRecord extends NetworkInput {
  id: string;
  slug: string;
  status: NetworkStatus;
  declineReason: string;
  proposedBy: string | null;
  decidedBy: string | null;
  decidedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

/** A row of the directory. */
export interface NetworkListItem {
  id: string;
  slug: string;
  name: string;
  kind: NetworkKind;
  country: string;
  region: string;
  city: string;
  online: boolean;
  sectors: Sector[];
  languages: string[];
  memberCount: number;
}

export interface NetworkDirectoryPage {
  networks: Page<NetworkListItem>;
  /** Approved networks per country, whatever the filters (online-only and international ones have none). */
  countries: { code: string; count: number }[];
}

export interface NetworkPerson {
  userId: string;
  name: string;
}

export interface OrganiserInvitationRecord {
  id: string;
  networkId: string;
  email: string;
  invitedBy: string | null;
  createdAt: Date;
  acceptedAt: Date | null;
}

export interface CampaignRecord extends CampaignInput {
  id: string;
  networkId: string;
  slug: string;
  status: "open" | "closed";
  createdBy: string | null;
  createdAt: Date;
  updatedAt: Date;
}

export interface SignatureRecord {
  id: string;
  campaignId: string;
  email: string;
  name: string;
  country: string;
  comment: string;
  commentPublic: boolean;
  locale: string;
  confirmedAt: Date | null;
  createdAt: Date;
}

/** A comment its signer chose to show, with their name and country. */
export interface PublicComment {
  id: string;
  name: string;
  country: string;
  comment: string;
  confirmedAt: Date;
}

type PageRequest = { offset: number; limit: number };

export interface NetworkRepository {
  /** Whether the user organises this approved network (events and news use it too). */
  isOrganiser(networkId: string, userId: string): Promise<boolean>;
  findById(id: string): Promise<NetworkRecord | undefined>;
  findBySlug(slug: string): Promise<NetworkRecord | undefined>;
  /** The network's row, locked until the transaction ends: changes to its organisers wait for each other. */
  lockBySlug(slug: string): Promise<NetworkRecord | undefined>;
  slugExists(slug: string): Promise<boolean>;
  /** A page of the approved networks matching the filters, by name, and the map's counts. */
  listDirectory(filters: NetworkFilters, page: PageRequest): Promise<NetworkDirectoryPage>;
  listProposals(page: PageRequest): Promise<Page<NetworkRecord & { proposerName: string }>>;
  insert(record: NetworkRecord): Promise<void>;
  update(id: string, input: NetworkInput, updatedAt: Date): Promise<void>;
  /** Decides a proposal still waiting; false when someone decided it first. */
  decide(
    id: string,
    decision: { status: "approved" | "declined"; declineReason: string; decidedBy: string },
    at: Date,
  ): Promise<boolean>;

  // organisers
  /** False when the user already organised it. */
  addOrganiser(
    networkId: string,
    userId: string,
    invitedBy: string | null,
    at: Date,
  ): Promise<boolean>;
  removeOrganiser(networkId: string, userId: string): Promise<boolean>;
  listOrganisers(networkId: string): Promise<(NetworkPerson & { email: string })[]>;
  /** Writes an invitation or renews the one to this address (id, inviter and date). */
  upsertInvitation(invitation: Omit<OrganiserInvitationRecord, "acceptedAt">): Promise<string>;
  findInvitation(id: string): Promise<OrganiserInvitationRecord | undefined>;
  /** False when it was accepted already. */
  markInvitationAccepted(id: string, at: Date): Promise<boolean>;
  listPendingInvitations(networkId: string): Promise<OrganiserInvitationRecord[]>;

  // members
  countMembers(networkId: string): Promise<number>;
  findMembership(
    networkId: string,
    userId: string,
  ): Promise<{ visible: boolean; joinedAt: Date } | undefined>;
  /** False when already a member. */
  addMember(networkId: string, userId: string, at: Date): Promise<boolean>;
  removeMember(networkId: string, userId: string): Promise<boolean>;
  setMemberVisible(networkId: string, userId: string, visible: boolean): Promise<boolean>;
  listVisibleMembers(networkId: string, page: PageRequest): Promise<Page<NetworkPerson>>;

  // campaigns
  insertCampaign(record: CampaignRecord): Promise<void>;
  updateCampaign(id: string, input: CampaignInput, updatedAt: Date): Promise<void>;
  setCampaignStatus(id: string, status: "open" | "closed", updatedAt: Date): Promise<void>;
  findCampaign(networkId: string, slug: string): Promise<CampaignRecord | undefined>;
  findCampaignById(id: string): Promise<CampaignRecord | undefined>;
  campaignSlugExists(networkId: string, slug: string): Promise<boolean>;
  listCampaigns(networkId: string): Promise<(CampaignRecord & { confirmed: number })[]>;

  // petition signatures
  /** False when this address signed the campaign already (its unique index). */
  insertSignature(record: SignatureRecord): Promise<boolean>;
  findSignatureByEmail(campaignId: string, email: string): Promise<SignatureRecord | undefined>;
  findSignatureById(id: string): Promise<SignatureRecord | undefined>;
  /** Replaces what an unconfirmed signer typed (signing again before confirming). */
  updateUnconfirmedSignature(
    id: string,
    details: Pick<SignatureRecord, "name" | "country" | "comment" | "commentPublic" | "locale">,
  ): Promise<void>;
  /** Confirms it once: false when it was confirmed already. */
  confirmSignature(id: string, at: Date): Promise<boolean>;
  countConfirmedSignatures(campaignId: string): Promise<number>;
  listPublicComments(campaignId: string, page: PageRequest): Promise<Page<PublicComment>>;
}
