/**
 * A cheap upper bound on a pair's score, for pricing (price-round-pairs.ts): most pairs a
 * large round leaves out are proved harmless by it without being scored. Per person, once:
 * country, library, a 32-bit mask of the languages spoken at the round's minimum level or
 * better, a 64-bit mask of the interests (ids mod 64: disjoint masks mean nothing shared,
 * and the common bits count the shared interests at most), the sum and the largest of the
 * interests' IDF, the best language level, the hours available, and whether the free text
 * is empty. Per pair, each contribution is bounded by these (points are
 * `round(weight · value)`, and rounding keeps the order):
 *
 * - shared interests: Σ IDF at most min(common bits × the smaller largest IDF, the smaller sum)
 *   (the first only when the round has at most 64 interests, so that bits are interests);
 * - match-by: exact for "career stage" and "anyone", the interests bound for "interests";
 * - partner sector: exact; availability: the fewer of the two persons' hours (0 without a
 *   common slot word, a half when either gave none, as scored);
 * - language: at the weaker of the two best levels;
 * - text similarity: 0 when either text is empty; mentor fit: its full weight.
 *
 * -1 means a hard rule that the masks decide removes the pair (same country or library, no
 * shared usable language); other rules (blocks, earlier partners, mentor rules) are left to
 * the exact scorer, so the bound is never below an allowed pair's score.
 */
import { MATCH_BY_ORDER, PARTNER_SECTOR_ORDER } from "./participant.ts";
import type { RoundIndex } from "./scoring/round-index.ts";
import { SLOT_WORDS } from "./scoring/availability-slots.ts";
import { languageValueAt } from "./scoring/language-comfort.ts";

const INTERESTS = MATCH_BY_ORDER.indexOf("interests");
const CAREER_STAGE = MATCH_BY_ORDER.indexOf("career_stage");
const SAME = PARTNER_SECTOR_ORDER.indexOf("same");
const OTHER = PARTNER_SECTOR_ORDER.indexOf("other");

export class PairScoreBound {
  private readonly languageMask: Int32Array;
  private readonly interestLow: Int32Array;
  private readonly interestHigh: Int32Array;
  private readonly idfSum: Float64Array;
  private readonly idfMax: Float64Array;
  private readonly hours: Float64Array;
  private readonly fullIdf: number;
  private readonly bestLevel: Int8Array;
  private readonly textEmpty: Uint8Array;
  private readonly languagePoints: Int32Array;
  private readonly otherCountry: boolean;
  private readonly notSameLibrary: boolean;
  private readonly languageRule: boolean;
  private readonly fixedPoints: number;
  private readonly textPoints: number;
  /** Whether anyone gave no availability (a pair with them scores half, whatever u's hours). */
  private readonly someoneWithoutAvailability: boolean;
  /** The highest score any pair of the round can have. */
  readonly maxScore: number;

  constructor(private readonly index: RoundIndex) {
    const n = index.count;
    const { weights, hard, mode } = index.config;
    const minLevel = index.minLanguageLevel;
    this.languageMask = new Int32Array(n);
    this.interestLow = new Int32Array(n);
    this.interestHigh = new Int32Array(n);
    this.idfSum = new Float64Array(n);
    this.idfMax = new Float64Array(n);
    this.hours = new Float64Array(n);
    this.bestLevel = new Int8Array(n).fill(-1);
    this.textEmpty = new Uint8Array(n);
    this.fullIdf = index.config.interestsForFullPoints * index.meanInterestIdf;
    this.someoneWithoutAvailability = index.hasAvailability.includes(0);
    const { text } = index;
    for (let u = 0; u < n; u++) {
      for (let l = index.languageStart[u]!; l < index.languageStart[u + 1]!; l++) {
        const level = index.languageLevel[l]!;
        if (level >= minLevel) this.languageMask[u]! |= 1 << (index.languageId[l]! & 31);
        if (level > this.bestLevel[u]!) this.bestLevel[u] = level;
      }
      for (let t = index.interestStart[u]!; t < index.interestStart[u + 1]!; t++) {
        const id = index.interestId[t]!;
        if (id & 32) this.interestHigh[u]! |= 1 << (id & 31);
        else this.interestLow[u]! |= 1 << (id & 31);
        this.idfSum[u]! += index.interestIdf[id]!;
        this.idfMax[u] = Math.max(this.idfMax[u]!, index.interestIdf[id]!);
      }
      let slots = 0;
      for (let w = 0; w < SLOT_WORDS; w++) slots += popcount(index.slots[u * SLOT_WORDS + w]!);
      this.hours[u] = slots / 2;
      const doc = index.profileText[u]!;
      this.textEmpty[u] = text.wordStart[doc + 1] === text.wordStart[doc] ? 1 : 0;
    }
    this.languagePoints = Int32Array.from({ length: 8 }, (_, level) =>
      points(weights.language, languageValueAt(index, level - 1)),
    );
    this.otherCountry = hard.otherCountry;
    this.notSameLibrary = hard.notSameLibrary;
    this.languageRule = minLevel >= 0;
    this.fixedPoints = mode === "mentor" ? points(weights.mentorFit, 1) : 0;
    this.textPoints = points(weights.textSimilarity, 1);
    let max = this.fixedPoints + this.textPoints + this.languagePoints[7]!;
    max += points(weights.availability, 1);
    max += points(weights.sharedInterests, 1) + points(weights.matchBy, 1);
    this.maxScore = max + points(weights.partnerSector, 1);
  }

  /** At least the text contributions of (u, v) (scoreCostlyPart): 0 for an empty text. */
  costlyBound(u: number, v: number): number {
    const text = this.textEmpty[u] === 0 && this.textEmpty[v] === 0 ? this.textPoints : 0;
    return text + this.fixedPoints;
  }

  /** At least the score of (u, v) when the pair is allowed; -1 when it is certainly not. */
  bound(u: number, v: number): number {
    this.scratch[0] = v;
    const found = this.findRowSurvivors(
      u,
      -Infinity,
      this.scratch,
      this.scratchDual,
      0,
      1,
      1,
      1,
      0,
      this.scratchOut,
    );
    return found === 0 ? -1 : this.lastBound;
  }

  private readonly scratch = new Int32Array(1);
  private readonly scratchDual = new Float64Array(1);
  private readonly scratchOut = new Int32Array(1);
  private lastBound = -1;

  /**
   * Pricing's inner loop (price-round-pairs.ts), over flat arrays: writes to `survivors` each
   * y in [from, to) whose pair (u, others[y]) may be allowed, score at least `minScore`, and
   * have a weight bound·scale + bonus above the dual, 2·(bound·scale + bonus) > du + dual2[y]
   * (bonus: 1 when the round has earlier pairs to keep, previous-pairs.ts, else 0);
   * returns how many. Interests are bounded first (they vary most), with every other
   * contribution at u's most, and most pairs stop there.
   */
  findRowSurvivors(
    u: number,
    du: number,
    others: Int32Array,
    dual2: Float64Array,
    from: number,
    to: number,
    scale: number,
    bonus: number,
    minScore: number,
    survivors: Int32Array,
    /** At most every dual2[y] of the range: a row whose best pair cannot beat it is skipped. */
    dualFloor = -Infinity,
  ): number {
    const index = this.index;
    const { country, library, matchBy, careerStage, partnerSector, sector } = index;
    const { hasAvailability, slotWords } = index;
    const { languageMask, interestLow, interestHigh, idfMax, idfSum, hours } = this;
    const { bestLevel, languagePoints, textEmpty } = this;
    const weights = index.config.weights;
    const wInterests = weights.sharedInterests;
    const wMatchBy = weights.matchBy;
    const wSector = weights.partnerSector;
    const wAvailability = weights.availability;
    const fullHours = index.config.availabilityHoursForFullPoints;
    const fullIdf = this.fullIdf;
    const exactCount = index.interestNames.length <= 64;
    const checkCountry = this.otherCountry;
    const checkLibrary = this.notSameLibrary && library[u]! >= 0;
    const checkLanguage = this.languageRule;
    const cu = country[u]!;
    const lu = library[u]!;
    const langU = languageMask[u]!;
    const lowU = interestLow[u]!;
    const highU = interestHigh[u]!;
    const maxU = idfMax[u]!;
    const sumU = idfSum[u]!;
    const hoursU = hours[u]!;
    const knownU = hasAvailability[u]!;
    const wordsU = slotWords[u]!;
    const wishU = matchBy[u]!;
    const stageU = careerStage[u]!;
    const sectorWishU = partnerSector[u]!;
    const sectorU = sector[u]!;
    const levelU = bestLevel[u]!;
    const textU = textEmpty[u]! === 0 ? this.textPoints : 0;
    const fixed = this.fixedPoints;
    // Everything but interests at its most for u: the first, cheapest test.
    const availabilityU =
      knownU === 0
        ? 0.5
        : hoursU >= fullHours
          ? 1
          : this.someoneWithoutAvailability
            ? Math.max(0.5, hoursU / fullHours)
            : hoursU / fullHours;
    const restU =
      fixed +
      points(wMatchBy, 1) +
      points(wSector, 1) +
      points(wAvailability, availabilityU) +
      languagePoints[levelU + 1]! +
      textU;
    // The whole row at once: no pair of u can have more than everything at u's most
    // (interests at most u's IDF sum). Rounds of alike profiles end here.
    const rowMax = restU + points(wInterests, Math.min(1, (sumU * (1 + 1e-9)) / fullIdf));
    if (rowMax < minScore || du + dualFloor >= 2 * (rowMax * scale + bonus)) return 0;
    let count = 0;
    for (let y = from; y < to; y++) {
      const v = others[y]!;
      if (
        (checkCountry && country[v] === cu) ||
        (checkLibrary && library[v] === lu) ||
        (checkLanguage && (languageMask[v]! & langU) === 0)
      )
        continue;
      const common = popcount(interestLow[v]! & lowU) + popcount(interestHigh[v]! & highU);
      let interests = 0;
      if (common > 0) {
        // × (1 + 1e-9): a sum of floating-point IDFs may round a little above the product.
        // Common bits count the shared interests only when no two ids share a bit.
        const byCount = exactCount ? common * (maxU < idfMax[v]! ? maxU : idfMax[v]!) : Infinity;
        const bySum = sumU < idfSum[v]! ? sumU : idfSum[v]!;
        interests = ((byCount < bySum ? byCount : bySum) * (1 + 1e-9)) / fullIdf;
        if (interests > 1) interests = 1;
      }
      const interestPoints = points(wInterests, interests);
      const sum = du + dual2[y]!;
      const rough = restU + interestPoints;
      if (rough < minScore || sum >= 2 * (rough * scale + bonus)) continue;
      let total = fixed + interestPoints;
      const gap = Math.abs(stageU - careerStage[v]!);
      const stageMet = gap === 0 ? 1 : gap === 1 ? 0.5 : 0;
      const wishV = matchBy[v]!;
      const metU = wishU === INTERESTS ? interests : wishU === CAREER_STAGE ? stageMet : 1;
      const metV = wishV === INTERESTS ? interests : wishV === CAREER_STAGE ? stageMet : 1;
      total += points(wMatchBy, (metU + metV) / 2);
      let availability = 0.5;
      if (knownU !== 0 && hasAvailability[v] !== 0) {
        const h = hoursU < hours[v]! ? hoursU : hours[v]!;
        availability = (wordsU & slotWords[v]!) === 0 ? 0 : h >= fullHours ? 1 : h / fullHours;
      }
      total += points(wAvailability, availability);
      const sameSector = sectorU === sector[v];
      const sectorWishV = partnerSector[v]!;
      const metSectorU =
        sectorWishU === SAME
          ? sameSector
            ? 1
            : 0
          : sectorWishU === OTHER
            ? sameSector
              ? 0
              : 1
            : 1;
      const metSectorV =
        sectorWishV === SAME
          ? sameSector
            ? 1
            : 0
          : sectorWishV === OTHER
            ? sameSector
              ? 0
              : 1
            : 1;
      total += points(wSector, (metSectorU + metSectorV) / 2);
      total += languagePoints[(levelU < bestLevel[v]! ? levelU : bestLevel[v]!) + 1]!;
      if (textU !== 0 && textEmpty[v] === 0) total += textU;
      if (total < minScore || sum >= 2 * (total * scale + bonus)) continue;
      survivors[count++] = y;
      this.lastBound = total;
    }
    return count;
  }
}

function popcount(x: number): number {
  let v = x - ((x >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

function points(weight: number, value: number): number {
  return weight > 0 ? Math.round(weight * value) : 0;
}
