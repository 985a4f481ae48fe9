import type { UseCaseDeps } from "../ports.ts";
import type { ShownSpotlight } from "./spotlight-ports.ts";

/** How many of the newest published spotlights the feed carries. */
export const SPOTLIGHT_FEED_SIZE = 50;

export interface SpotlightFeed {
  /** Changes whenever what the feed shows changes (agreed, withdrawn or deleted). */
  version: string;
  lastModifiedAt: Date | null;
  /** Left out when the caller already holds this version. */
  spotlights?: ShownSpotlight[];
}

/**
 * The published spotlights as a feed, read by feed readers without an account: one small
 * query answers whether anything changed, as the news feeds (decision 0013); the spotlights
 * are read only when the caller's copy is out of date.
 */
export async function getSpotlightFeed(
  deps: Pick<UseCaseDeps, "uow">,
  input: { knownVersion?: string },
): Promise<SpotlightFeed> {
  const read = deps.uow.read.spotlights;
  const found = await read.findFeedVersion(SPOTLIGHT_FEED_SIZE);
  const version = `${found.fingerprint}-${found.newestChangeAt?.getTime() ?? 0}`;
  const feed: SpotlightFeed = { version, lastModifiedAt: found.newestChangeAt };
  if (input.knownVersion === version) return feed;
  const page = await read.listPublished("site", { offset: 0, limit: SPOTLIGHT_FEED_SIZE });
  return { ...feed, spotlights: page.items };
}
