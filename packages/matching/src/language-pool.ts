/**
 * A large round's fallback candidates (see candidate-pairs.ts): the people of the other side
 * who share a usable language with u and are not in u's interest pool, in u's language
 * order then ascending index, at most `limit`.
 */
import { postLanguages, type Postings } from "./candidate-postings.ts";
import type { RoundIndex } from "./scoring/round-index.ts";

export class LanguagePool {
  /** Per side (1 = left, 2 = right). */
  private readonly byLanguage: Postings[] = [];
  private readonly inPool: Int32Array;
  private readonly seen: Int32Array;
  private stamp = 0;

  constructor(
    private readonly index: RoundIndex,
    side: Int8Array,
  ) {
    for (const wanted of [1, 2]) this.byLanguage[wanted] = postLanguages(index, side, wanted);
    this.inPool = new Int32Array(index.count);
    this.seen = new Int32Array(index.count);
  }

  /** Writes the extras into `extra`; returns how many. */
  find(
    u: number,
    wanted: number,
    pool: Int32Array,
    poolCount: number,
    extra: Int32Array,
    limit: number,
  ): number {
    const { index, inPool, seen } = this;
    const stamp = ++this.stamp;
    for (let i = 0; i < poolCount; i++) inPool[pool[i]!] = stamp;
    const { start, people } = this.byLanguage[wanted]!;
    let count = 0;
    for (let l = index.languageStart[u]!; l < index.languageStart[u + 1]!; l++) {
      const id = index.languageId[l]!;
      for (let p = start[id]!; p < start[id + 1]!; p++) {
        const v = people[p]!;
        if (v === u || seen[v] === stamp) continue;
        seen[v] = stamp;
        if (inPool[v] !== stamp) extra[count++] = v;
        if (count >= limit) return count;
      }
    }
    return count;
  }
}
