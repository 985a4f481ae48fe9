/**
 * A large round's candidate pool for one person u (see candidate-pairs.ts): the people of
 * the other side sharing u's interests, ranked by the summed IDF of the shared ones, the
 * best `poolSize` (at the cut-off value, the lowest seeded ranks).
 *
 * In a large round nearly everyone shares some interest with u, so this is the costly step.
 * For someone with at most MASK_BITS interests, the walk over the people of u's interests
 * only sets bits (which of u's interests v shares); the sum is then computed once per
 * distinct mask, adding the IDFs in the same order as a running sum per person would
 * (ascending interest id), so the values, and the pool, are exactly the plain summation's
 * (used for people with more interests). Most of the walk is u's most common interest,
 * and the people who share only that one have the lowest value of all: they are counted
 * (its size minus those met through u's other interests) but not visited, unless the
 * cut-off reaches them.
 */
import { postInterests, type Postings } from "./candidate-postings.ts";
import type { RoundIndex } from "./scoring/round-index.ts";
import { kthLargest, kthSmallest } from "./select-kth.ts";

const MASK_BITS = 12;
/** maskClass values, chosen so that kind >> 1 and kind & 1 say "above" and "at the cut-off". */
const BELOW = 0;
const AT_CUTOFF = 1;
const ABOVE = 2;
/** Set on u's own mask during a walk, so u is never listed (above the MASK_BITS bits). */
const SELF = 1 << 15;

export class InterestPool {
  /** Per side (1 = left, 2 = right). */
  private readonly byInterest: Postings[] = [];
  /** Per side: a bit set of the people holding each interest, `words` words per interest. */
  private readonly holders: Uint32Array[] = [];
  private readonly words: number;
  private readonly sidePeople: Int32Array[] = [];
  /** Per person: which of u's interests they share (bit j: u's j-th), or SELF. */
  private readonly mask: Uint16Array;
  private readonly maskValue = new Float64Array(1 << MASK_BITS);
  private readonly maskPeople = new Int32Array(1 << MASK_BITS);
  private readonly counts = new Int32Array(4 << MASK_BITS);
  private readonly maskClass = new Int8Array(1 << MASK_BITS);
  private readonly accumulated: Float64Array;
  private readonly touched: Int32Array;
  private readonly values: Float64Array;
  private readonly tieRanks: Int32Array;
  /** The last pool found (in no particular order), `count` long; valid until the next `find`. */
  readonly pool: Int32Array;
  count = 0;
  /** Added to the seeded rank (mod n) for ties: set per person (see candidate-pairs.ts). */
  tieShift = 0;

  constructor(
    private readonly index: RoundIndex,
    side: Int8Array,
    private readonly poolSize: number,
    private readonly rank: Int32Array,
    private readonly personOfRank: Int32Array,
  ) {
    const n = index.count;
    this.words = (n + 31) >>> 5;
    for (const wanted of [1, 2]) {
      const postings = postInterests(index, side, wanted);
      this.byInterest[wanted] = postings;
      this.holders[wanted] = holderBits(postings, this.words);
      this.sidePeople[wanted] = Int32Array.from(side.keys()).filter((i) => side[i] === wanted);
    }
    this.mask = new Uint16Array(n);
    this.accumulated = new Float64Array(n);
    this.touched = new Int32Array(n);
    this.values = new Float64Array(n);
    this.tieRanks = new Int32Array(n);
    this.pool = new Int32Array(poolSize + 1); // + 1: the branch-free loops write one past
  }

  find(u: number, wanted: number): void {
    const first = this.index.interestStart[u]!;
    const interestCount = this.index.interestStart[u + 1]! - first;
    if (interestCount > MASK_BITS) return this.findBySum(u, wanted);
    const { maskValue, index } = this;
    for (let set = 1; set < 1 << interestCount; set++) {
      const highest = 31 - Math.clz32(set);
      const idf = index.interestIdf[index.interestId[first + highest]!]!;
      maskValue[set] = maskValue[set ^ (1 << highest)]! + idf;
    }
    if (interestCount === 1 && this.findAmongOneInterest(u, wanted)) return;
    if (interestCount < 2 || !this.findWithoutCommonest(u, wanted, interestCount))
      this.findByMask(u, wanted, interestCount);
  }

  /**
   * u has one interest: everyone sharing it has the same value, so the pool is the poolSize
   * of them with the lowest tie ranks (as breakTies would pick them). When they are many,
   * walking the tie order until poolSize are found (about poolSize · n / holders steps)
   * beats reading all holders; returns false (having changed nothing) otherwise.
   */
  private findAmongOneInterest(u: number, wanted: number): boolean {
    const { index, rank, personOfRank, pool, poolSize, tieShift } = this;
    const id = index.interestId[index.interestStart[u]!]!;
    const { start } = this.byInterest[wanted]!;
    const holders = this.holders[wanted]!;
    const offset = id * this.words;
    const holds = (v: number) => (holders[offset + (v >>> 5)]! >>> (v & 31)) & 1;
    const others = start[id + 1]! - start[id]! - holds(u);
    const n = rank.length;
    if (others <= poolSize || poolSize * n >= others * others) return false;
    let count = 0;
    const back = n - tieShift;
    for (let r = 0; r < n && count < poolSize; r++) {
      const v = personOfRank[r >= tieShift ? r - tieShift : r + back]!;
      if (v !== u && holds(v) === 1) pool[count++] = v;
    }
    this.count = count;
    return true;
  }

  /** Walks all of u's interests, then every person of the side. */
  private findByMask(u: number, wanted: number, interestCount: number): void {
    const { index, mask, maskClass } = this;
    const { start, people } = this.byInterest[wanted]!;
    const first = index.interestStart[u]!;
    for (let j = 0; j < interestCount; j++) {
      const id = index.interestId[first + j]!;
      const bit = 1 << j;
      for (let p = start[id]!; p < start[id + 1]!; p++) mask[people[p]!]! |= bit;
    }
    mask[u] = 0;
    const members = this.sidePeople[wanted]!;
    this.countPeoplePerMask(members, members.length, 1 << interestCount);
    this.classifyMasks(1 << interestCount);
    const { pool, tieRanks, rank, tieShift } = this;
    const n = rank.length;
    let count = 0;
    let ties = 0;
    // Without branches (they would mispredict about half the time): every person is
    // written, and the counts advance only for those that belong.
    for (let i = 0; i < members.length; i++) {
      const v = members[i]!;
      const kind = maskClass[mask[v]!]!;
      mask[v] = 0;
      pool[count] = v;
      count += kind >> 1;
      const r = rank[v]! + tieShift;
      tieRanks[ties] = r - (n & ~((r - n) >> 31)); // r mod n, r < 2n
      ties += kind & 1;
    }
    this.count = this.breakTies(count, ties);
  }

  /**
   * Walks u's interests but the one with most people, which it reads from a bit set for
   * the people met; counts the rest of that interest's people without visiting them.
   * Returns false (having changed nothing) when the cut-off reaches those people.
   */
  private findWithoutCommonest(u: number, wanted: number, interestCount: number): boolean {
    const { index, mask, maskPeople, maskClass, touched } = this;
    const { start, people } = this.byInterest[wanted]!;
    const first = index.interestStart[u]!;
    let common = 0;
    for (let j = 1; j < interestCount; j++) {
      const id = index.interestId[first + j]!;
      const best = index.interestId[first + common]!;
      if (start[id + 1]! - start[id]! > start[best + 1]! - start[best]!) common = j;
    }
    mask[u] = SELF;
    let touchedCount = 0;
    for (let j = 0; j < interestCount; j++) {
      if (j === common) continue;
      const id = index.interestId[first + j]!;
      const bit = 1 << j;
      for (let p = start[id]!; p < start[id + 1]!; p++) {
        const v = people[p]!;
        const old = mask[v]!;
        touched[touchedCount] = v;
        touchedCount += (old - 1) >>> 31; // 1 when old is 0: v is met for the first time
        mask[v] = old | bit;
      }
    }
    mask[u] = 0;
    const commonId = index.interestId[first + common]!;
    const holders = this.holders[wanted]!;
    const offset = commonId * this.words;
    const commonBit = 1 << common;
    let metHolders = 0;
    for (let i = 0; i < touchedCount; i++) {
      const v = touched[i]!;
      const holds = (holders[offset + (v >>> 5)]! >>> (v & 31)) & 1;
      mask[v]! |= holds << common;
      metHolders += holds;
    }
    const selfHolds = (holders[offset + (u >>> 5)]! >>> (u & 31)) & 1;
    const commonOnly = start[commonId + 1]! - start[commonId]! - metHolders - selfHolds;
    this.countPeoplePerMask(touched, touchedCount, 1 << interestCount);
    maskPeople[commonBit]! += commonOnly;
    this.classifyMasks(1 << interestCount);
    if (commonOnly > 0 && maskClass[commonBit] !== BELOW) {
      for (let i = 0; i < touchedCount; i++) mask[touched[i]!] = 0;
      return false;
    }
    const { pool, tieRanks } = this;
    let count = 0;
    let ties = 0;
    for (let i = 0; i < touchedCount; i++) {
      const v = touched[i]!;
      const kind = maskClass[mask[v]!]!;
      mask[v] = 0;
      if (kind === BELOW) continue; // most are: a predictable branch
      if (kind === ABOVE) pool[count++] = v;
      else tieRanks[ties++] = this.tieRank(v);
    }
    this.count = this.breakTies(count, ties);
    return true;
  }

  /**
   * maskPeople[set] = how many of people[0, length) have that mask. Counted in four
   * interleaved tables and then added: most people have the same mask, and incrementing
   * one counter in a row waits for each store to finish (3x slower).
   */
  private countPeoplePerMask(people: Int32Array, length: number, setCount: number): void {
    const { mask, maskPeople, counts } = this;
    const size = 1 << MASK_BITS;
    const end = length & ~3;
    for (let i = 0; i < end; i += 4) {
      counts[mask[people[i]!]!]!++;
      counts[size + mask[people[i + 1]!]!]!++;
      counts[2 * size + mask[people[i + 2]!]!]!++;
      counts[3 * size + mask[people[i + 3]!]!]!++;
    }
    for (let i = end; i < length; i++) counts[mask[people[i]!]!]!++;
    for (let set = 0; set < setCount; set++) {
      const sum =
        counts[set]! + counts[size + set]! + counts[2 * size + set]! + counts[3 * size + set]!;
      maskPeople[set] = set === 0 ? 0 : sum;
      counts[set] = counts[size + set] = counts[2 * size + set] = counts[3 * size + set] = 0;
    }
  }

  /**
   * maskClass per mask: above, at or below the poolSize-th largest value (all above when
   * there are not more people than poolSize). Clears maskPeople.
   */
  private classifyMasks(setCount: number): void {
    const { maskValue, maskPeople, maskClass } = this;
    const present: number[] = [];
    let people = 0;
    for (let set = 1; set < setCount; set++) {
      if (maskPeople[set] === 0) continue;
      present.push(set);
      people += maskPeople[set]!;
    }
    let cutoff = -Infinity;
    if (people > this.poolSize) {
      present.sort((x, y) => maskValue[y]! - maskValue[x]!);
      let above = 0;
      for (const set of present) {
        above += maskPeople[set]!;
        if (above >= this.poolSize) {
          cutoff = maskValue[set]!;
          break;
        }
      }
    }
    for (const set of present) {
      const value = maskValue[set]!;
      maskClass[set] = value > cutoff ? ABOVE : value === cutoff ? AT_CUTOFF : BELOW;
      maskPeople[set] = 0;
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
      else if (accumulated[v] === cutoff) this.tieRanks[ties++] = this.tieRank(v);
      accumulated[v] = 0;
    }
    this.count = this.breakTies(count, ties);
  }

  private tieRank(v: number): number {
    const r = this.rank[v]! + this.tieShift;
    return r >= this.rank.length ? r - this.rank.length : r;
  }

  /** Fills the pool after `count` people with the lowest tie ranks among the `ties`; returns its size. */
  private breakTies(count: number, ties: number): number {
    const room = this.poolSize - count;
    const lastRank = ties > room ? kthSmallest(this.tieRanks, ties, room) : Infinity;
    const n = this.rank.length;
    const back = n - this.tieShift;
    for (let i = 0; i < ties; i++) {
      const r = this.tieRanks[i]!;
      if (r <= lastRank)
        this.pool[count++] = this.personOfRank[r >= this.tieShift ? r - this.tieShift : r + back]!;
    }
    return count;
  }
}

/** For each interest, a bit set of its people (`words` 32-bit words each). */
function holderBits(postings: Postings, words: number): Uint32Array {
  const keyCount = postings.start.length - 1;
  const bits = new Uint32Array(keyCount * words);
  for (let key = 0; key < keyCount; key++) {
    for (let p = postings.start[key]!; p < postings.start[key + 1]!; p++) {
      const v = postings.people[p]!;
      bits[key * words + (v >>> 5)]! |= 1 << (v & 31);
    }
  }
  return bits;
}
