/**
 * A large round's candidate pool for one person u (see candidate-pairs.ts): the people of
 * the other side sharing u's interests, ranked by the summed IDF of the shared ones, the
 * best `poolSize` (at the cut-off value, the lowest seeded ranks).
 *
 * In a large round nearly everyone shares some interest with u, so this walks most of the
 * side for every u. For someone with at most MASK_BITS interests the walk only sets bits
 * (which of u's interests v shares); the sum is then computed once per distinct mask, adding
 * the IDFs in the same order as a running sum per person would (ascending interest id), so
 * the values, and the pool, are exactly the plain summation's, used for everyone else.
 */
import { postInterests, type Postings } from "./candidate-postings.ts";
import type { RoundIndex } from "./scoring/round-index.ts";
import { kthLargest, kthSmallest } from "./select-kth.ts";

const MASK_BITS = 12;
/** maskClass values, chosen so that kind >> 1 and kind & 1 say "above" and "at the cut-off". */
const BELOW = 0;
const AT_CUTOFF = 1;
const ABOVE = 2;

export class InterestPool {
  /** Per side (1 = left, 2 = right). */
  private readonly byInterest: Postings[] = [];
  private readonly sidePeople: Int32Array[] = [];
  private readonly mask: Int32Array;
  private readonly maskValue = new Float64Array(1 << MASK_BITS);
  private readonly maskPeople = new Int32Array(1 << MASK_BITS);
  private readonly counts = new Int32Array(4 << MASK_BITS);
  private readonly maskClass = new Int8Array(1 << MASK_BITS);
  private readonly present = new Int32Array(1 << MASK_BITS);
  private readonly accumulated: Float64Array;
  private readonly touched: Int32Array;
  private readonly values: Float64Array;
  private readonly tieRanks: Int32Array;
  /** The last pool found (in no particular order), `count` long; valid until the next `find`. */
  readonly pool: Int32Array;
  count = 0;

  constructor(
    private readonly index: RoundIndex,
    side: Int8Array,
    private readonly poolSize: number,
    private readonly rank: Int32Array,
    private readonly personOfRank: Int32Array,
  ) {
    const n = index.count;
    for (const wanted of [1, 2]) {
      this.byInterest[wanted] = postInterests(index, side, wanted);
      this.sidePeople[wanted] = Int32Array.from(side.keys()).filter((i) => side[i] === wanted);
    }
    this.mask = new Int32Array(n);
    this.accumulated = new Float64Array(n);
    this.touched = new Int32Array(n);
    this.values = new Float64Array(n);
    this.tieRanks = new Int32Array(n);
    this.pool = new Int32Array(poolSize + 1); // + 1: findByMask writes one past the last kept
  }

  find(u: number, wanted: number): void {
    const interestCount = this.index.interestStart[u + 1]! - this.index.interestStart[u]!;
    if (interestCount <= MASK_BITS) this.findByMask(u, wanted, interestCount);
    else this.findBySum(u, wanted);
  }

  private findByMask(u: number, wanted: number, interestCount: number): void {
    const { index, mask, maskValue, maskPeople, maskClass, present } = this;
    const { start, people } = this.byInterest[wanted]!;
    const first = index.interestStart[u]!;
    for (let j = 0; j < interestCount; j++) {
      const id = index.interestId[first + j]!;
      const bit = 1 << j;
      for (let p = start[id]!; p < start[id + 1]!; p++) mask[people[p]!]! |= bit;
    }
    mask[u] = 0;
    for (let set = 1; set < 1 << interestCount; set++) {
      const highest = 31 - Math.clz32(set);
      const idf = index.interestIdf[index.interestId[first + highest]!]!;
      maskValue[set] = maskValue[set ^ (1 << highest)]! + idf;
    }
    const members = this.sidePeople[wanted]!;
    this.countPeoplePerMask(members, 1 << interestCount);
    let touched = 0;
    let presentCount = 0;
    for (let set = 1; set < 1 << interestCount; set++) {
      if (maskPeople[set] === 0) continue;
      touched += maskPeople[set]!;
      present[presentCount++] = set;
    }
    const masks = Array.from(present.subarray(0, presentCount));
    let cutoff = -Infinity;
    if (touched > this.poolSize) {
      masks.sort((x, y) => maskValue[y]! - maskValue[x]!);
      let people = 0;
      for (const set of masks) {
        people += maskPeople[set]!;
        if (people >= this.poolSize) {
          cutoff = maskValue[set]!;
          break;
        }
      }
    }
    for (const set of masks) {
      const value = maskValue[set]!;
      maskClass[set] = value > cutoff ? ABOVE : value === cutoff ? AT_CUTOFF : BELOW;
      maskPeople[set] = 0;
    }
    // Without branches (they would mispredict about half the time): every member is
    // written, and the counts advance only for those that belong.
    const { pool, tieRanks, rank } = this;
    let count = 0;
    let ties = 0;
    for (let i = 0; i < members.length; i++) {
      const v = members[i]!;
      const kind = maskClass[mask[v]!]!;
      mask[v] = 0;
      pool[count] = v;
      count += kind >> 1;
      tieRanks[ties] = rank[v]!;
      ties += kind & 1;
    }
    this.count = this.breakTies(count, ties);
  }

  /**
   * maskPeople[set] = how many members have that mask. Counted in four interleaved tables
   * and then added: most people have the same mask (only u's most common interest), and
   * incrementing one counter in a row waits for each store to finish (3x slower).
   */
  private countPeoplePerMask(members: Int32Array, setCount: number): void {
    const { mask, maskPeople, counts } = this;
    const size = 1 << MASK_BITS;
    const end = members.length & ~3;
    for (let i = 0; i < end; i += 4) {
      counts[mask[members[i]!]!]!++;
      counts[size + mask[members[i + 1]!]!]!++;
      counts[2 * size + mask[members[i + 2]!]!]!++;
      counts[3 * size + mask[members[i + 3]!]!]!++;
    }
    for (let i = end; i < members.length; i++) counts[mask[members[i]!]!]!++;
    for (let set = 0; set < setCount; set++) {
      const sum =
        counts[set]! + counts[size + set]! + counts[2 * size + set]! + counts[3 * size + set]!;
      if (sum === 0) continue;
      maskPeople[set] = sum;
      counts[set] = counts[size + set] = counts[2 * size + set] = counts[3 * size + set] = 0;
    }
  }

  /** Σ IDF per person in a running sum, for people with many interests. */
  private findBySum(u: number, wanted: number): void {
    const { index, accumulated, touched } = this;
    const { start, people } = this.byInterest[wanted]!;
    let touchedCount = 0;
    for (let t = index.interestStart[u]!; t < index.interestStart[u + 1]!; t++) {
      const id = index.interestId[t]!;
      const idf = index.interestIdf[id]!;
      for (let p = start[id]!; p < start[id + 1]!; p++) {
        const v = people[p]!;
        if (v === u) continue;
        if (accumulated[v] === 0) touched[touchedCount++] = v;
        accumulated[v]! += idf;
      }
    }
    let cutoff = -Infinity;
    if (touchedCount > this.poolSize) {
      for (let i = 0; i < touchedCount; i++) this.values[i] = accumulated[touched[i]!]!;
      cutoff = kthLargest(this.values, touchedCount, this.poolSize);
    }
    let count = 0;
    let ties = 0;
    for (let i = 0; i < touchedCount; i++) {
      const v = touched[i]!;
      if (accumulated[v]! > cutoff) this.pool[count++] = v;
      else if (accumulated[v] === cutoff) this.tieRanks[ties++] = this.rank[v]!;
      accumulated[v] = 0;
    }
    this.count = this.breakTies(count, ties);
  }

  /** Fills the pool after `count` people with the lowest ranks among the `ties`; returns its size. */
  private breakTies(count: number, ties: number): number {
    const room = this.poolSize - count;
    const lastRank = ties > room ? kthSmallest(this.tieRanks, ties, room) : Infinity;
    for (let i = 0; i < ties; i++) {
      const r = this.tieRanks[i]!;
      if (r <= lastRank) this.pool[count++] = this.personOfRank[r]!;
    }
    return count;
  }
}
