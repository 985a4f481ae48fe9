/**
 * Hiding small counts so no person can be singled out in what is public (issue 13).
 *
 * What is guaranteed, for every count of people, partnerships or meetings the public summary
 * holds:
 * 1. no published count is 1, 2, 3 or 4 (a count under 5 is replaced by "fewer than 5");
 * 2. where parts of a published total are listed (participants per country), what the parts
 *    leave of the total — the count anyone can compute by subtraction — is 0 or at least 5:
 *    if the hidden parts add up to 1–4, the smallest listed parts are hidden with them until
 *    they do not;
 * 3. a share (a percentage of a published total) is published only when both what it counts
 *    and what it leaves out are 0 or at least 5, since share × total gives them back.
 */
export const SMALL_COUNT_LIMIT = 5;

/** A count as the public may see it: the number, or "fewer than 5" (never 0 hidden). */
export type PublicCount = { count: number } | { fewerThan: typeof SMALL_COUNT_LIMIT };

export function isSmallCount(n: number): boolean {
  return n > 0 && n < SMALL_COUNT_LIMIT;
}

export function publicCount(n: number): PublicCount {
  return isSmallCount(n) ? { fewerThan: SMALL_COUNT_LIMIT } : { count: n };
}

/**
 * The parts of a total that may be listed: those of 5 or more, minus as many of the smallest
 * as it takes for the rest (`unlisted`, what subtraction from the total gives) to be 0 or at
 * least 5. When that cannot be, nothing is listed (the total itself is then under 5).
 */
export function listableParts<T>(
  parts: readonly T[],
  countOf: (part: T) => number,
): { listed: T[]; unlisted: number } {
  const bySize = [...parts].sort((a, b) => countOf(b) - countOf(a));
  const listed = bySize.filter((p) => countOf(p) >= SMALL_COUNT_LIMIT);
  let unlisted = bySize
    .filter((p) => countOf(p) < SMALL_COUNT_LIMIT)
    .reduce((n, p) => n + countOf(p), 0);
  while (isSmallCount(unlisted) && listed.length > 0) unlisted += countOf(listed.pop()!);
  return { listed, unlisted };
}

/**
 * `part` of `whole` in percent (one decimal), or null when publishing it would give back a
 * count of 1–4: the part, the rest, or the whole.
 */
export function publicShare(part: number, whole: number): number | null {
  if (whole < SMALL_COUNT_LIMIT || isSmallCount(part) || isSmallCount(whole - part)) return null;
  return Math.round((1000 * part) / whole) / 10;
}
