/** The weekly digest's reads: who is due this week, and what is new in what they follow. */
import { and, asc, eq, gt, inArray, lte, min, notExists, sql } from "drizzle-orm";
import type { DigestNetwork, NewsRepository } from "../../use-cases/news/news-ports.ts";
import type { Executor } from "../database.ts";
import {
  digestDelivery,
  event,
  eventOccurrence,
  network,
  networkFollow,
  newsPost,
  user,
} from "../schema/index.ts";

export function createDigestQueries(
  db: Executor,
): Pick<NewsRepository, "listDigestRecipients" | "listDigestNetworks"> {
  return {
    async listDigestRecipients(week, limit) {
      const rows = await db
        .select({
          userId: user.id,
          email: user.email,
          name: user.name,
          locale: user.locale,
          lastDigestAt: sql<
            string | null
          >`(select max(${digestDelivery.sentAt}) from ${digestDelivery} where ${digestDelivery.userId} = ${user.id})`,
          firstFollowedAt: min(networkFollow.followedAt),
        })
        .from(networkFollow)
        .innerJoin(network, eq(network.id, networkFollow.networkId))
        .innerJoin(user, eq(user.id, networkFollow.userId))
        .where(
          and(
            eq(network.status, "approved"),
            eq(user.emailVerified, true),
            notExists(
              db
                .select({ userId: digestDelivery.userId })
                .from(digestDelivery)
                .where(and(eq(digestDelivery.userId, user.id), eq(digestDelivery.week, week))),
            ),
          ),
        )
        .groupBy(user.id)
        .orderBy(asc(user.id))
        .limit(limit);
      return rows.map((row) => ({
        ...row,
        lastDigestAt: row.lastDigestAt ? new Date(row.lastDigestAt) : null,
        firstFollowedAt: row.firstFollowedAt ?? new Date(0),
      }));
    },

    async listDigestNetworks(userId, since, until) {
      const followed = await db
        .select({ id: network.id, slug: network.slug, name: network.name })
        .from(networkFollow)
        .innerJoin(network, eq(network.id, networkFollow.networkId))
        .where(and(eq(networkFollow.userId, userId), eq(network.status, "approved")))
        .orderBy(asc(network.name));
      if (followed.length === 0) return [];
      const ids = followed.map((n) => n.id);
      const nextStart = min(eventOccurrence.startsAt);
      const [posts, events] = await Promise.all([
        db
          .select({
            networkId: newsPost.networkId,
            slug: newsPost.slug,
            title: newsPost.title,
            publishedAt: newsPost.publishedAt,
          })
          .from(newsPost)
          .where(
            and(
              inArray(newsPost.networkId, ids),
              gt(newsPost.publishedAt, since),
              lte(newsPost.publishedAt, until),
            ),
          )
          .orderBy(asc(newsPost.publishedAt)),
        // Events first published in the window that still have an occurrence to come.
        db
          .select({
            networkId: event.networkId,
            slug: event.slug,
            title: event.title,
            timeZone: event.timeZone,
            online: event.online,
            startsAt: nextStart,
          })
          .from(event)
          .innerJoin(
            eventOccurrence,
            and(eq(eventOccurrence.eventId, event.id), gt(eventOccurrence.startsAt, until)),
          )
          .where(
            and(
              inArray(event.networkId, ids),
              eq(event.status, "scheduled"),
              gt(event.createdAt, since),
              lte(event.createdAt, until),
            ),
          )
          .groupBy(event.id)
          .orderBy(asc(nextStart)),
      ]);
      const digest: DigestNetwork[] = [];
      for (const n of followed) {
        const entry: DigestNetwork = {
          network: n,
          posts: posts
            .filter((p) => p.networkId === n.id)
            .map(({ slug, title, publishedAt }) => ({ slug, title, publishedAt })),
          events: events
            .filter((e) => e.networkId === n.id && e.startsAt)
            .map(({ slug, title, timeZone, online, startsAt }) => ({
              slug,
              title,
              timeZone,
              online,
              startsAt: startsAt!,
            })),
        };
        if (entry.posts.length + entry.events.length > 0) digest.push(entry);
      }
      return digest;
    },
  };
}
