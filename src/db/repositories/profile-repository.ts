/**
 * Member profiles (issue 15): the member's own row, the directory's search, and what the
 * profile reads from where it happened (visible network memberships, finished rounds,
 * accepted and selected nominations).
 */
import { and, asc, count, desc, eq, inArray, isNull, sql, type SQL } from "drizzle-orm";
import type { ProfileVisibility } from "../../domain/profiles/profile-visibility.ts";
import { searchTextOf } from "../../domain/search-text.ts";
import type { ProfileRepository } from "../../use-cases/profiles/profile-ports.ts";
import { matchesSearchSql } from "../contains-pattern.ts";
import type { Executor } from "../database.ts";
import { pageWithTotal } from "../page-with-total.ts";
import {
  application,
  memberProfile,
  network,
  networkMember,
  nomination,
  opportunity,
  partnership,
  partnershipMember,
  programme,
  round,
  user,
} from "../schema/index.ts";

export function createProfileRepository(db: Executor): ProfileRepository {
  return {
    async findProfile(userId) {
      const [row] = await db
        .select({ profile: memberProfile, name: user.name })
        .from(memberProfile)
        .innerJoin(user, eq(user.id, memberProfile.userId))
        .where(eq(memberProfile.userId, userId));
      if (!row) return undefined;
      const { searchText: _search, ...profile } = row.profile;
      return { ...profile, visibility: profile.visibility as ProfileVisibility, name: row.name };
    },
    async saveProfile(profile, name) {
      const values = {
        ...profile,
        searchText: searchTextOf([name, profile.headline, profile.bio]),
      };
      const { userId: _id, ...changes } = values;
      await db
        .insert(memberProfile)
        .values(values)
        .onConflictDoUpdate({ target: memberProfile.userId, set: changes });
    },
    async searchProfiles(filters, visibilities, page) {
      const conditions: (SQL | undefined)[] = [
        inArray(memberProfile.visibility, [...visibilities]),
      ];
      if (filters.search)
        conditions.push(matchesSearchSql(memberProfile.searchText, filters.search));
      if (filters.country) conditions.push(eq(memberProfile.country, filters.country));
      if (filters.openToMentoring) conditions.push(eq(memberProfile.openToMentoring, true));
      if (filters.lookingForMentor) conditions.push(eq(memberProfile.lookingForMentor, true));
      const where = and(...conditions);
      const { rows, total } = await pageWithTotal(
        db
          .select({
            userId: memberProfile.userId,
            name: user.name,
            headline: memberProfile.headline,
            country: memberProfile.country,
            sector: memberProfile.sector,
            openToMentoring: memberProfile.openToMentoring,
            lookingForMentor: memberProfile.lookingForMentor,
          })
          .from(memberProfile)
          .innerJoin(user, eq(user.id, memberProfile.userId))
          .where(where)
          .orderBy(asc(user.name), asc(memberProfile.userId))
          .offset(page.offset)
          .limit(page.limit),
        db.select({ n: count() }).from(memberProfile).where(where),
      );
      return { items: rows, total };
    },
    listVisibleNetworks: (userId) =>
      db
        .select({ slug: network.slug, name: network.name })
        .from(networkMember)
        .innerJoin(network, eq(network.id, networkMember.networkId))
        .where(
          and(
            eq(networkMember.userId, userId),
            eq(networkMember.visible, true),
            eq(network.status, "approved"),
          ),
        )
        .orderBy(asc(network.name)),
    listCompletedProgrammes: (email) =>
      db
        .selectDistinct({
          programmeName: programme.name,
          roundName: round.name,
          endsAt: round.endsAt,
        })
        .from(application)
        .innerJoin(round, eq(round.id, application.roundId))
        .innerJoin(programme, eq(programme.id, round.programmeId))
        .innerJoin(partnershipMember, eq(partnershipMember.applicationId, application.id))
        .innerJoin(partnership, eq(partnership.id, partnershipMember.partnershipId))
        .where(
          and(
            eq(application.email, email.toLowerCase()),
            eq(round.status, "finished"),
            isNull(partnershipMember.leftAt),
            eq(partnership.status, "ended"),
          ),
        )
        .orderBy(desc(round.endsAt), asc(programme.name)),
    async listOpportunitiesTaken(userId) {
      const rows = await db
        .select({
          title: opportunity.title,
          kind: opportunity.kind,
          networkName: network.name,
          programmeName: programme.name,
          outcomeAt: nomination.outcomeAt,
        })
        .from(nomination)
        .innerJoin(opportunity, eq(opportunity.id, nomination.opportunityId))
        .leftJoin(network, eq(network.id, opportunity.networkId))
        .leftJoin(programme, eq(programme.id, opportunity.programmeId))
        .where(
          and(
            eq(nomination.nomineeUserId, userId),
            eq(nomination.status, "accepted"),
            eq(nomination.outcome, "selected"),
          ),
        )
        .orderBy(sql`${nomination.outcomeAt} desc nulls last`, asc(opportunity.title));
      return rows.map(({ networkName, programmeName, ...row }) => ({
        ...row,
        organiserName: networkName ?? programmeName ?? "",
      }));
    },
  };
}
