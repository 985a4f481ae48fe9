/**
 * Everything about a round's participants that scoring reads, precomputed once into flat
 * arrays: countries, libraries, sectors and each person's choices as small integers,
 * languages and interests as CSR lists sorted by id, availability as UTC bit sets, free text
 * as TF-IDF vectors. Scoring a pair then touches only these arrays (candidate generation
 * scores millions of pairs; reading the participant objects there cost most of its time).
 */
import type { Participant } from "../participant.ts";
import {
  CAREER_STAGE_ORDER,
  LANGUAGE_LEVEL_ORDER,
  MATCH_BY_ORDER,
  PARTNER_SECTOR_ORDER,
  ROLE_ORDER,
} from "../participant.ts";
import type { ScoringConfig } from "../scoring-config.ts";
import { nonEmptySlotWords, SLOT_WORDS, writeAvailabilitySlots } from "./availability-slots.ts";
import { TextCorpus, type TextVectors } from "./text-features.ts";

export type ExclusionKind = "previous" | "blocked";

export interface RoundIndex {
  participants: readonly Participant[];
  config: ScoringConfig;
  count: number;
  country: Int32Array;
  /** -1 when the library is not given. */
  library: Int32Array;
  sector: Int32Array;
  careerStage: Int8Array;
  /** Index into MATCH_BY_ORDER, PARTNER_SECTOR_ORDER, ROLE_ORDER. */
  matchBy: Int8Array;
  partnerSector: Int8Array;
  role: Int8Array;
  experienceYears: Float64Array;
  /** Index into LANGUAGE_LEVEL_ORDER from which a shared language counts; -1 = no language rule. */
  minLanguageLevel: number;
  languageStart: Int32Array;
  languageId: Int32Array;
  /** Index into LANGUAGE_LEVEL_ORDER. */
  languageLevel: Int8Array;
  languageCodes: string[];
  interestStart: Int32Array;
  interestId: Int32Array;
  interestNames: string[];
  interestIdf: Float64Array;
  /** IDF of a typical chosen interest (mean over all choices): the unit of interestsForFullPoints. */
  meanInterestIdf: number;
  slots: Uint32Array;
  /** Which of a participant's slot words are not empty (see overlapHours). */
  slotWords: Uint16Array;
  hasAvailability: Uint8Array;
  /** The round's free-text documents as TF-IDF vectors; the next three are documents in it. */
  text: TextVectors;
  /** Free-text interests and goals, for peer similarity. */
  profileText: Int32Array;
  /** Mentor mode: what a mentee asks for (goals, free-text interests); else the empty document. */
  needsText: Int32Array;
  /** Mentor mode: what a mentor offers (interests, free-text interests, goals); else empty. */
  offersText: Int32Array;
  exclusions: Map<number, Map<number, ExclusionKind>>;
  /** 1 when the person has an exclusion (the map is looked up only then). */
  hasExclusions: Uint8Array;
  indexById: Map<string, number>;
}

export function buildRoundIndex(
  participants: readonly Participant[],
  config: ScoringConfig,
): RoundIndex {
  const n = participants.length;
  const indexById = new Map<string, number>();
  participants.forEach((p, i) => {
    if (indexById.has(p.id)) throw new RangeError(`participant id "${p.id}" appears twice`);
    indexById.set(p.id, i);
  });
  const countries = new Interner();
  const libraries = new Interner();
  const sectors = new Interner();
  const languages = new Interner();
  const interests = new Interner();
  const country = new Int32Array(n);
  const library = new Int32Array(n);
  const sector = new Int32Array(n);
  const careerStage = new Int8Array(n);
  const matchBy = new Int8Array(n);
  const partnerSector = new Int8Array(n);
  const role = new Int8Array(n);
  const experienceYears = new Float64Array(n);
  const languageStart = new Int32Array(n + 1);
  const interestStart = new Int32Array(n + 1);
  const languageLists: { id: number; level: number }[][] = [];
  const interestLists: number[][] = [];
  const slots = new Uint32Array(n * SLOT_WORDS);
  const slotWords = new Uint16Array(n);
  const hasAvailability = new Uint8Array(n);
  const corpus = new TextCorpus();

  participants.forEach((p, i) => {
    country[i] = countries.id(p.country.toUpperCase());
    const libraryName = p.library.normalize("NFC").trim().toLowerCase().replace(/\s+/g, " ");
    library[i] = libraryName === "" ? -1 : libraries.id(`${country[i]}|${libraryName}`);
    sector[i] = sectors.id(p.sector);
    careerStage[i] = CAREER_STAGE_ORDER.indexOf(p.careerStage);
    matchBy[i] = MATCH_BY_ORDER.indexOf(p.matchBy);
    partnerSector[i] = PARTNER_SECTOR_ORDER.indexOf(p.partnerSector);
    role[i] = ROLE_ORDER.indexOf(p.role);
    experienceYears[i] = p.experienceYears;
    const spoken = new Map<number, number>();
    for (const l of p.languages) {
      const id = languages.id(l.code.toLowerCase());
      spoken.set(id, Math.max(spoken.get(id) ?? -1, LANGUAGE_LEVEL_ORDER.indexOf(l.level)));
    }
    languageLists.push(
      [...spoken].map(([id, level]) => ({ id, level })).sort((a, b) => a.id - b.id),
    );
    interestLists.push([...new Set(p.interests.map((t) => interests.id(t)))].sort((a, b) => a - b));
    hasAvailability[i] = writeAvailabilitySlots(
      p.availability,
      p.utcOffsetMinutes,
      slots,
      i * SLOT_WORDS,
    )
      ? 1
      : 0;
    slotWords[i] = nonEmptySlotWords(slots, i * SLOT_WORDS);
  });
  const profileDocs = participants.map((p) => corpus.add(`${p.otherInterests}\n${p.goals}`));
  const mentorMode = config.mode === "mentor";
  const needsDocs = participants.map((p) =>
    mentorMode ? corpus.add(`${p.goals}\n${p.otherInterests}`) : -1,
  );
  const offersDocs = participants.map((p) =>
    mentorMode
      ? corpus.add(`${p.interests.join(" ").replace(/-/g, " ")}\n${p.otherInterests}\n${p.goals}`)
      : -1,
  );
  const text = corpus.finish();

  const languageCount = languageLists.reduce((sum, l) => sum + l.length, 0);
  const languageId = new Int32Array(languageCount);
  const languageLevel = new Int8Array(languageCount);
  const interestTotal = interestLists.reduce((sum, l) => sum + l.length, 0);
  const interestId = new Int32Array(interestTotal);
  const documentFrequency = new Int32Array(interests.names.length);
  for (let i = 0, lk = 0, ik = 0; i < n; i++) {
    for (const l of languageLists[i]!) {
      languageId[lk] = l.id;
      languageLevel[lk++] = l.level;
    }
    languageStart[i + 1] = lk;
    for (const t of interestLists[i]!) {
      interestId[ik++] = t;
      documentFrequency[t]!++;
    }
    interestStart[i + 1] = ik;
  }
  const interestIdf = Float64Array.from(
    documentFrequency,
    (df) => Math.log((n + 1) / (df + 1)) + 1,
  );
  let idfSum = 0;
  for (let k = 0; k < interestTotal; k++) idfSum += interestIdf[interestId[k]!]!;
  const exclusions = buildExclusions(participants, indexById, config);
  const hasExclusions = new Uint8Array(n);
  for (const i of exclusions.keys()) hasExclusions[i] = 1;
  const minLevel = config.hard.minSharedLanguageLevel;

  return {
    participants,
    config,
    count: n,
    country,
    library,
    sector,
    careerStage,
    matchBy,
    partnerSector,
    role,
    experienceYears,
    minLanguageLevel: minLevel === null ? -1 : LANGUAGE_LEVEL_ORDER.indexOf(minLevel),
    languageStart,
    languageId,
    languageLevel,
    languageCodes: languages.names,
    interestStart,
    interestId,
    interestNames: interests.names,
    interestIdf,
    meanInterestIdf: interestTotal > 0 ? idfSum / interestTotal : 1,
    slots,
    slotWords,
    hasAvailability,
    text,
    profileText: Int32Array.from(profileDocs),
    needsText: Int32Array.from(needsDocs, (d) => (d < 0 ? text.empty : d)),
    offersText: Int32Array.from(offersDocs, (d) => (d < 0 ? text.empty : d)),
    exclusions,
    hasExclusions,
    indexById,
  };
}

function buildExclusions(
  participants: readonly Participant[],
  indexById: Map<string, number>,
  config: ScoringConfig,
): Map<number, Map<number, ExclusionKind>> {
  const exclusions = new Map<number, Map<number, ExclusionKind>>();
  const add = (a: number, b: number, kind: ExclusionKind) => {
    for (const [x, y] of [
      [a, b],
      [b, a],
    ] as const) {
      let row = exclusions.get(x);
      if (!row) exclusions.set(x, (row = new Map<number, ExclusionKind>()));
      if (row.get(y) !== "blocked") row.set(y, kind);
    }
  };
  participants.forEach((p, i) => {
    if (config.hard.notPreviousPartners) {
      for (const id of p.previousPartnerIds ?? []) {
        const j = indexById.get(id);
        if (j !== undefined && j !== i) add(i, j, "previous");
      }
    }
    for (const id of p.blockedIds ?? []) {
      const j = indexById.get(id);
      if (j !== undefined && j !== i) add(i, j, "blocked");
    }
  });
  return exclusions;
}

class Interner {
  readonly names: string[] = [];
  private readonly ids = new Map<string, number>();
  id(name: string): number {
    let id = this.ids.get(name);
    if (id === undefined) {
      id = this.names.length;
      this.ids.set(name, id);
      this.names.push(name);
    }
    return id;
  }
}
