/** Networks (issue 14): the directory, members, organisers, campaigns and petitions. */
import { and, asc, count, desc, eq, isNotNull, isNull, sql } from "drizzle-orm";
import type { NetworkInput } from "../../domain/networks/network-input.ts";
import type { NetworkKind, NetworkStatus } from "../../domain/networks/network-kinds.ts";
import { searchTextOf } from "../../domain/search-text.ts";
import type { Sector } from "../../domain/vocabulary/vocabulary.ts";
import type {
  CampaignRecord,
  NetworkRecord,
  NetworkRepository,
} from "../../use-cases/networks/network-ports.ts";
import type { Executor } from "../database.ts";
import { bumpDirectoryVersion, listDirectory } from "./network-directory-query.ts";
import {
  campaign,
  network,
  networkMember,
  networkOrganiser,
  networkOrganiserInvitation,
  petitionSignature,
  user,
} from "../schema/index.ts";

/** What the directory's search reads: see schema/networks.ts. */
function searchTextOfNetwork(
  input: Pick<NetworkInput, "name" | "description" | "city" | "region">,
) {
  return searchTextOf([input.name, input.description, input.city, input.region]);
}

export function createNetworkRepository(db: Executor): NetworkRepository {
  /** network.member_count, kept in the transaction that joins or leaves (schema/networks.ts). */
  async function addToMemberCount(networkId: string, change: 1 | -1) {
    await db
      .update(network)
      .set({ memberCount: sql`${network.memberCount} + ${change}` })
      .where(eq(network.id, networkId));
  }

  return {
    async isOrganiser(networkId, userId) {
      const rows = await db
        .select({ userId: networkOrganiser.userId })
        .from(networkOrganiser)
        .innerJoin(network, eq(network.id, networkOrganiser.networkId))
        .where(
          and(
            eq(networkOrganiser.networkId, networkId),
            eq(networkOrganiser.userId, userId),
            eq(network.status, "approved"),
          ),
        )
        .limit(1);
      return rows.length > 0;
    },
    async findById(id) {
      const [row] = await db.select().from(network).where(eq(network.id, id));
      return row && toNetwork(row);
    },
    async findBySlug(slug) {
      const [row] = await db.select().from(network).where(eq(network.slug, slug));
      return row && toNetwork(row);
    },
    async lockBySlug(slug) {
      const [row] = await db.select().from(network).where(eq(network.slug, slug)).for("update");
      return row && toNetwork(row);
    },
    async slugExists(slug) {
      const rows = await db.select({ id: network.id }).from(network).where(eq(network.slug, slug));
      return rows.length > 0;
    },
    async listDirectory(filters, page) {
      return listDirectory(db, filters, page);
    },
    async listProposals({ offset, limit }) {
      const where = eq(network.status, "proposed");
      const rows = await db
        .select({
          n: network,
          proposerName: user.name,
          total: sql<number>`count(*) over ()`.mapWith(Number),
        })
        .from(network)
        .leftJoin(user, eq(user.id, network.proposedBy))
        .where(where)
        .orderBy(asc(network.createdAt), asc(network.id))
        .offset(offset)
        .limit(limit);
      if (rows.length === 0 && offset > 0) {
        const [total] = await db.select({ n: count() }).from(network).where(where);
        return { items: [], total: total?.n ?? 0 };
      }
      return {
        items: rows.map((row) => ({ ...toNetwork(row.n), proposerName: row.proposerName ?? "" })),
        total: rows[0]?.total ?? 0,
      };
    },
    async insert(record) {
      await db.insert(network).values({ ...record, searchText: searchTextOfNetwork(record) });
    },
    async update(id, input, updatedAt) {
      await db
        .update(network)
        .set({ ...input, searchText: searchTextOfNetwork(input), updatedAt })
        .where(eq(network.id, id));
      await bumpDirectoryVersion(db);
    },
    async decide(id, decision, at) {
      const rows = await db
        .update(network)
        .set({ ...decision, decidedAt: at, updatedAt: at })
        .where(and(eq(network.id, id), eq(network.status, "proposed")))
        .returning({ id: network.id });
      if (rows.length > 0) await bumpDirectoryVersion(db);
      return rows.length > 0;
    },

    async addOrganiser(networkId, userId, invitedBy, at) {
      const rows = await db
        .insert(networkOrganiser)
        .values({ networkId, userId, invitedBy, createdAt: at })
        .onConflictDoNothing()
        .returning({ userId: networkOrganiser.userId });
      return rows.length > 0;
    },
    async removeOrganiser(networkId, userId) {
      const rows = await db
        .delete(networkOrganiser)
        .where(and(eq(networkOrganiser.networkId, networkId), eq(networkOrganiser.userId, userId)))
        .returning({ userId: networkOrganiser.userId });
      return rows.length > 0;
    },
    async listOrganisers(networkId) {
      return db
        .select({ userId: user.id, name: user.name, email: user.email })
        .from(networkOrganiser)
        .innerJoin(user, eq(user.id, networkOrganiser.userId))
        .where(eq(networkOrganiser.networkId, networkId))
        .orderBy(asc(networkOrganiser.createdAt), asc(user.name));
    },
    async upsertInvitation(invitation) {
      const [row] = await db
        .insert(networkOrganiserInvitation)
        .values({ ...invitation, email: invitation.email.toLowerCase() })
        .onConflictDoUpdate({
          target: [networkOrganiserInvitation.networkId, networkOrganiserInvitation.email],
          set: {
            invitedBy: invitation.invitedBy,
            createdAt: invitation.createdAt,
            acceptedAt: null,
          },
        })
        .returning({ id: networkOrganiserInvitation.id });
      return row!.id;
    },
    async findInvitation(id) {
      const [row] = await db
        .select()
        .from(networkOrganiserInvitation)
        .where(eq(networkOrganiserInvitation.id, id));
      return row;
    },
    async markInvitationAccepted(id, at) {
      const rows = await db
        .update(networkOrganiserInvitation)
        .set({ acceptedAt: at })
        .where(
          and(eq(networkOrganiserInvitation.id, id), isNull(networkOrganiserInvitation.acceptedAt)),
        )
        .returning({ id: networkOrganiserInvitation.id });
      return rows.length > 0;
    },
    async listPendingInvitations(networkId) {
      return db
        .select()
        .from(networkOrganiserInvitation)
        .where(
          and(
            eq(networkOrganiserInvitation.networkId, networkId),
            isNull(networkOrganiserInvitation.acceptedAt),
          ),
        )
        .orderBy(asc(networkOrganiserInvitation.createdAt));
    },

    async countMembers(networkId) {
      const [row] = await db
        .select({ n: count() })
        .from(networkMember)
        .where(eq(networkMember.networkId, networkId));
      return row?.n ?? 0;
    },
    async findMembership(networkId, userId) {
      const [row] = await db
        .select({ visible: networkMember.visible, joinedAt: networkMember.joinedAt })
        .from(networkMember)
        .where(and(eq(networkMember.networkId, networkId), eq(networkMember.userId, userId)));
      return row;
    },
    async addMember(networkId, userId, at) {
      const rows = await db
        .insert(networkMember)
        .values({ networkId, userId, joinedAt: at })
        .onConflictDoNothing()
        .returning({ userId: networkMember.userId });
      if (rows.length > 0) await addToMemberCount(networkId, 1);
      return rows.length > 0;
    },
    async removeMember(networkId, userId) {
      const rows = await db
        .delete(networkMember)
        .where(and(eq(networkMember.networkId, networkId), eq(networkMember.userId, userId)))
        .returning({ userId: networkMember.userId });
      if (rows.length > 0) await addToMemberCount(networkId, -1);
      return rows.length > 0;
    },
    async setMemberVisible(networkId, userId, visible) {
      const rows = await db
        .update(networkMember)
        .set({ visible })
        .where(and(eq(networkMember.networkId, networkId), eq(networkMember.userId, userId)))
        .returning({ userId: networkMember.userId });
      return rows.length > 0;
    },
    async listVisibleMembers(networkId, { offset, limit }) {
      const where = and(eq(networkMember.networkId, networkId), eq(networkMember.visible, true));
      const rows = await db
        .select({
          userId: user.id,
          name: user.name,
          total: sql<number>`count(*) over ()`.mapWith(Number),
        })
        .from(networkMember)
        .innerJoin(user, eq(user.id, networkMember.userId))
        .where(where)
        .orderBy(asc(user.name), asc(user.id))
        .offset(offset)
        .limit(limit);
      if (rows.length === 0 && offset > 0) {
        const [total] = await db.select({ n: count() }).from(networkMember).where(where);
        return { items: [], total: total?.n ?? 0 };
      }
      return {
        items: rows.map(({ userId, name }) => ({ userId, name })),
        total: rows[0]?.total ?? 0,
      };
    },

    async insertCampaign(record) {
      await db.insert(campaign).values(record);
    },
    async updateCampaign(id, input, updatedAt) {
      await db
        .update(campaign)
        .set({ ...input, updatedAt })
        .where(eq(campaign.id, id));
    },
    async setCampaignStatus(id, status, updatedAt) {
      await db.update(campaign).set({ status, updatedAt }).where(eq(campaign.id, id));
    },
    async findCampaign(networkId, slug) {
      const [row] = await db
        .select()
        .from(campaign)
        .where(and(eq(campaign.networkId, networkId), eq(campaign.slug, slug)));
      return row && toCampaign(row);
    },
    async findCampaignById(id) {
      const [row] = await db.select().from(campaign).where(eq(campaign.id, id));
      return row && toCampaign(row);
    },
    async campaignSlugExists(networkId, slug) {
      const rows = await db
        .select({ id: campaign.id })
        .from(campaign)
        .where(and(eq(campaign.networkId, networkId), eq(campaign.slug, slug)));
      return rows.length > 0;
    },
    async listCampaigns(networkId) {
      const rows = await db
        .select({
          c: campaign,
          confirmed:
            sql<number>`(select count(*) from ${petitionSignature} where ${petitionSignature.campaignId} = ${campaign.id} and ${petitionSignature.confirmedAt} is not null)`.mapWith(
              Number,
            ),
        })
        .from(campaign)
        .where(eq(campaign.networkId, networkId))
        .orderBy(desc(campaign.createdAt));
      return rows.map((row) => ({ ...toCampaign(row.c), confirmed: row.confirmed }));
    },

    async insertSignature(record) {
      const rows = await db
        .insert(petitionSignature)
        .values({ ...record, email: record.email.toLowerCase() })
        .onConflictDoNothing()
        .returning({ id: petitionSignature.id });
      return rows.length > 0;
    },
    async findSignatureByEmail(campaignId, email) {
      const [row] = await db
        .select()
        .from(petitionSignature)
        .where(
          and(
            eq(petitionSignature.campaignId, campaignId),
            eq(petitionSignature.email, email.toLowerCase()),
          ),
        );
      return row;
    },
    async findSignatureById(id) {
      const [row] = await db.select().from(petitionSignature).where(eq(petitionSignature.id, id));
      return row;
    },
    async updateUnconfirmedSignature(id, details) {
      await db
        .update(petitionSignature)
        .set(details)
        .where(and(eq(petitionSignature.id, id), isNull(petitionSignature.confirmedAt)));
    },
    async confirmSignature(id, at) {
      const rows = await db
        .update(petitionSignature)
        .set({ confirmedAt: at })
        .where(and(eq(petitionSignature.id, id), isNull(petitionSignature.confirmedAt)))
        .returning({ id: petitionSignature.id });
      return rows.length > 0;
    },
    async countConfirmedSignatures(campaignId) {
      const [row] = await db
        .select({ n: count() })
        .from(petitionSignature)
        .where(
          and(
            eq(petitionSignature.campaignId, campaignId),
            isNotNull(petitionSignature.confirmedAt),
          ),
        );
      return row?.n ?? 0;
    },
    async listPublicComments(campaignId, { offset, limit }) {
      const where = and(
        eq(petitionSignature.campaignId, campaignId),
        isNotNull(petitionSignature.confirmedAt),
        eq(petitionSignature.commentPublic, true),
        sql`${petitionSignature.comment} <> ''`,
      );
      const rows = await db
        .select({
          id: petitionSignature.id,
          name: petitionSignature.name,
          country: petitionSignature.country,
          comment: petitionSignature.comment,
          confirmedAt: petitionSignature.confirmedAt,
          total: sql<number>`count(*) over ()`.mapWith(Number),
        })
        .from(petitionSignature)
        .where(where)
        .orderBy(desc(petitionSignature.confirmedAt), desc(petitionSignature.id))
        .offset(offset)
        .limit(limit);
      if (rows.length === 0 && offset > 0) {
        const [total] = await db.select({ n: count() }).from(petitionSignature).where(where);
        return { items: [], total: total?.n ?? 0 };
      }
      return {
        items: rows.map(({ total: _total, confirmedAt, ...row }) => ({
          ...row,
          confirmedAt: confirmedAt!,
        })),
        total: rows[0]?.total ?? 0,
      };
    },
  };
}

function toNetwork(row: typeof network.$inferSelect): NetworkRecord {
  const { searchText: _searchText, ...rest } = row;
  return {
    ...rest,
    kind: row.kind as NetworkKind,
    status: row.status as NetworkStatus,
    sectors: row.sectors as Sector[],
  };
}

function toCampaign(row: typeof campaign.$inferSelect): CampaignRecord {
  return { ...row, status: row.status === "closed" ? "closed" : "open" };
}
