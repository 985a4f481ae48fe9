/**
 * Scores one person (the focus) against many others, as candidate generation does: the
 * focus's interests, languages and text vectors are spread into dense arrays by id once,
 * so each comparison walks only the other person's lists instead of merging two. The
 * points are exactly scoreCheapPart's and scoreCostlyPart's (score-pair.ts): the same
 * values, added in the same (ascending id) order; ids the focus lacks add +0.
 */
import * as pairScores from "./score-pair.ts";
import { DenseTextDocument } from "./scoring/dense-text-document.ts";
import * as hardRules from "./scoring/hard-rules.ts";
import * as mentorFit from "./scoring/mentor-fit.ts";
import type { RoundIndex } from "./scoring/round-index.ts";
import * as textSimilarity from "./scoring/text-similarity.ts";

// Bound once: the app's matching worker loads the engine as CommonJS, where every use of
// an imported name is a getter call (see weighted-blossom-solver.ts); these run per pair.
const { maxCostlyPoints, sumCheapRules } = pairScores;
const { findHardRuleViolationAt } = hardRules;
const { isMentorOfPair, mentorFitValueWith } = mentorFit;
const { textValueOf } = textSimilarity;

export class FocusedScorer {
  private focus = -1;
  private focusIsMentor = false;
  private readonly profile: DenseTextDocument;
  /** Mentor mode: the focus's offer (a mentor) or needs (a mentee). */
  private readonly mentorSide: DenseTextDocument;
  private readonly mentorMode: boolean;
  /** Per interest id: its IDF when the focus has it, else 0. */
  private readonly focusIdf: Float64Array;
  /** Per language id: the focus's level (index into LANGUAGE_LEVEL_ORDER), else -1. */
  private readonly focusLevel: Int8Array;

  /** The most scoreCostlyPart can give (each part at most its rounded weight). */
  readonly maxCostlyPoints: number;
  private readonly maxMentorFitPoints: number;

  constructor(private readonly index: RoundIndex) {
    this.profile = new DenseTextDocument(index.text);
    this.mentorSide = new DenseTextDocument(index.text);
    this.mentorMode = index.config.mode === "mentor";
    this.focusIdf = new Float64Array(index.interestNames.length);
    this.focusLevel = new Int8Array(index.languageCodes.length).fill(-1);
    this.maxCostlyPoints = maxCostlyPoints(index);
    this.maxMentorFitPoints = this.mentorMode ? Math.round(index.config.weights.mentorFit) : 0;
  }

  setFocus(u: number): void {
    const { index, focusIdf, focusLevel } = this;
    const { interestStart, interestId, languageStart, languageId } = index;
    if (this.focus >= 0) {
      const old = this.focus;
      for (let t = interestStart[old]!; t < interestStart[old + 1]!; t++)
        focusIdf[interestId[t]!] = 0;
      for (let l = languageStart[old]!; l < languageStart[old + 1]!; l++)
        focusLevel[languageId[l]!] = -1;
    }
    for (let t = interestStart[u]!; t < interestStart[u + 1]!; t++)
      focusIdf[interestId[t]!] = index.interestIdf[interestId[t]!]!;
    for (let l = languageStart[u]!; l < languageStart[u + 1]!; l++)
      focusLevel[languageId[l]!] = index.languageLevel[l]!;
    this.focus = u;
    this.profile.load(index.profileText[u]!);
    if (!this.mentorMode) return;
    this.focusIsMentor = isMentorOfPair(index, u);
    this.mentorSide.load(this.focusIsMentor ? index.offersText[u]! : index.needsText[u]!);
  }

  /** scoreCheapPart(focus, v): -1 when a hard rule removes the pair. */
  cheap(v: number): number {
    const { index, focus, focusLevel, focusIdf } = this;
    let bestLevel = -1; // bestSharedLevel
    for (let l = index.languageStart[v]!; l < index.languageStart[v + 1]!; l++) {
      const shared = Math.min(focusLevel[index.languageId[l]!]!, index.languageLevel[l]!);
      if (shared > bestLevel) bestLevel = shared;
    }
    if (findHardRuleViolationAt(index, focus, v, bestLevel) !== null) return -1;
    let sharedIdf = 0; // sharedInterestIdf
    for (let t = index.interestStart[v]!; t < index.interestStart[v + 1]!; t++)
      sharedIdf += focusIdf[index.interestId[t]!]!;
    return sumCheapRules(index, focus, v, sharedIdf, bestLevel);
  }

  /** scoreCostlyPart(focus, v). */
  costly(v: number): number {
    return this.costlyReaching(v, -Infinity);
  }

  /**
   * scoreCostlyPart(focus, v), or -1 as soon as it is certain to be below `need`: the
   * free-text points first, then mentor fit only if it could still make up the difference.
   */
  costlyReaching(v: number, need: number): number {
    const { index, focus } = this;
    const weights = index.config.weights;
    let total = 0;
    if (weights.textSimilarity > 0) {
      const similarity = this.profile.similarity(index.profileText[v]!);
      total += Math.round(weights.textSimilarity * textValueOf(index, similarity));
    }
    if (this.mentorMode && weights.mentorFit > 0) {
      if (total + this.maxMentorFitPoints < need) return -1;
      const mentor = this.focusIsMentor ? focus : v;
      const mentee = this.focusIsMentor ? v : focus;
      const other = this.focusIsMentor ? index.needsText[v]! : index.offersText[v]!;
      const similarity = this.mentorSide.similarity(other);
      total += Math.round(
        weights.mentorFit * mentorFitValueWith(index, mentor, mentee, similarity),
      );
    }
    return total;
  }
}
