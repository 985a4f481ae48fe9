/**
 * Rendered feeds kept in this process's memory, each with the version it was rendered from
 * (decision 0013): a feed reader's poll then costs the one small version query. The oldest
 * entry goes first once the cache is full; each instance keeps its own.
 */
const MAX_ENTRIES = 500;

export interface CachedFeed {
  version: string;
  body: string;
}

const entries = new Map<string, CachedFeed>();

export function findCachedFeed(key: string): CachedFeed | undefined {
  return entries.get(key);
}

export function cacheFeed(key: string, feed: CachedFeed): void {
  entries.delete(key);
  if (entries.size >= MAX_ENTRIES) entries.delete(entries.keys().next().value!);
  entries.set(key, feed);
}

/** Empties the cache (the bench measures a cold render with it). */
export function forgetCachedFeeds(): void {
  entries.clear();
}
