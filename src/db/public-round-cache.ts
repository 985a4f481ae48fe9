import type { UnitOfWork } from "../use-cases/ports.ts";

/** How long a round read for the public pages is served from memory at most. */
export const PUBLIC_ROUND_KEPT_MS = 2000;

type FindWithTexts = UnitOfWork["read"]["rounds"]["findWithTextsBySlugs"];
type Found = NonNullable<Awaited<ReturnType<FindWithTexts>>>;

/**
 * The unit of work, with the round the public pages read (a round with its programme, texts
 * and questions, by its slugs) kept in memory for a moment: when a round's announcement
 * reaches a mailing list, hundreds open its form at once, and on PGlite that one statement was
 * a third of the form's time. A copy is dropped as soon as any transaction of this instance
 * ends (a facilitator's change is seen on the next page), and is at most PUBLIC_ROUND_KEPT_MS
 * old, which bounds how long another instance's change goes unseen. Transactions read the
 * database itself, so a write never decides on a copy (submitting checks the round again).
 */
export function withPublicRoundCache(
  uow: UnitOfWork,
  now: () => number = () => performance.now(),
): UnitOfWork {
  const kept = new Map<string, { found: Found; generation: number; readAt: number }>();
  let generation = 0;
  const find: FindWithTexts = async (programmeSlug, roundSlug, withQuestions) => {
    const key = JSON.stringify([programmeSlug, roundSlug, withQuestions]);
    const copy = kept.get(key);
    if (copy && copy.generation === generation && now() - copy.readAt < PUBLIC_ROUND_KEPT_MS)
      return structuredClone(copy.found);
    // Taken before reading: a transaction that ends during the read leaves this copy stale.
    const readGeneration = generation;
    const readAt = now();
    const found = await uow.read.rounds.findWithTextsBySlugs(
      programmeSlug,
      roundSlug,
      withQuestions,
    );
    if (found) kept.set(key, { found: structuredClone(found), generation: readGeneration, readAt });
    else kept.delete(key);
    return found;
  };
  return {
    read: { ...uow.read, rounds: { ...uow.read.rounds, findWithTextsBySlugs: find } },
    async transaction(work) {
      try {
        return await uow.transaction(work);
      } finally {
        generation++;
        kept.clear();
      }
    },
  };
}
