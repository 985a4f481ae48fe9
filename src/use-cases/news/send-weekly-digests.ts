import { isoWeek } from "../../domain/news/iso-week.ts";
import { enqueueEmail } from "../mail/enqueue-email.ts";
import type { UseCaseDeps } from "../ports.ts";
import type { DigestRecipient } from "./news-ports.ts";

/** People handled per batch, and at most per run (the job runs hourly and takes the rest then). */
const BATCH = 200;
const PER_RUN = 5_000;
/** A first digest looks back at most this far. */
const FIRST_LOOKBACK_MS = 7 * 24 * 60 * 60 * 1000;

/**
 * The scheduled job "news.digest": once per person and ISO week, an email listing the news
 * posts and the upcoming events published since their last digest in each network they follow;
 * nothing is sent when nothing is new. The week's digest_delivery row is inserted with
 * ON CONFLICT DO NOTHING in the transaction that queues the email, so two runs at once (or two
 * instances) send it once; the bulk kind "digests" respects one-click unsubscribes.
 */
export async function sendWeeklyDigests(
  deps: Pick<UseCaseDeps, "uow" | "clock" | "ids" | "renderEmail" | "links" | "baseUrl">,
): Promise<{ people: number; emails: number }> {
  const now = deps.clock.now();
  const week = isoWeek(now);
  let people = 0;
  let emails = 0;
  while (people < PER_RUN) {
    const due = await deps.uow.read.news.listDigestRecipients(week, BATCH);
    if (due.length === 0) break;
    for (const person of due) {
      people += 1;
      if (await sendDigest(deps, person, week, now)) emails += 1;
    }
  }
  return { people, emails };
}

async function sendDigest(
  deps: Parameters<typeof sendWeeklyDigests>[0],
  person: DigestRecipient,
  week: string,
  now: Date,
): Promise<boolean> {
  const since =
    person.lastDigestAt ??
    new Date(Math.max(person.firstFollowedAt.getTime(), now.getTime() - FIRST_LOOKBACK_MS));
  return deps.uow.transaction(async (repositories) => {
    const networks = await repositories.news.listDigestNetworks(person.userId, since, now);
    const items = networks.reduce((sum, n) => sum + n.posts.length + n.events.length, 0);
    const claimed = await repositories.news.claimDigest({
      userId: person.userId,
      week,
      since,
      sentAt: now,
      items,
    });
    if (!claimed || items === 0) return false;
    const url = (path: string) => `${deps.baseUrl}${path}`;
    return enqueueEmail(
      repositories,
      { ...deps, now },
      {
        to: person.email,
        toName: person.name,
        locale: person.locale ?? "en",
        bulk: "digests",
        dedupeKey: `news-digest:${person.userId}:${week}`,
        message: {
          kind: "news-digest",
          recipientName: person.name,
          newsUrl: url("/news"),
          networks: networks.map((n) => ({
            name: n.network.name,
            url: url(`/networks/${n.network.slug}`),
            posts: n.posts.map((p) => ({ title: p.title, url: url(`/news/${p.slug}`) })),
            events: n.events.map((e) => ({
              title: e.title,
              url: url(`/events/${e.slug}`),
              startsAt: e.startsAt,
              timeZone: e.timeZone,
              online: e.online,
            })),
          })),
        },
      },
    );
  });
}
