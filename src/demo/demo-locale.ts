import type { LanguageLevel, Sector, Weekday } from "../domain/vocabulary/vocabulary.ts";

/**
 * What the demo knows about librarians from one place: their names, cities, libraries and
 * languages. A country may have several locales (Hindi- and English-speaking India,
 * English- and French-speaking Canada).
 *
 * Names are written `native|latin` when the native script is not Latin, so that the email
 * address can be spelled in ASCII; plain Latin names are transliterated automatically.
 * Names separated by spaces in a list; `_` stands for a space inside one name.
 * A family name `masculine;feminine` has a form per gender (Greek, Russian, Polish…).
 */
export interface DemoLocale {
  /** ISO 3166-1 alpha-2. */
  country: string;
  /** Relative size of this locale in a round (countries are skewed, as in ILN's rounds). */
  weight: number;
  nameOrder: "given-family" | "family-given" | "family-given-joined";
  /** Spanish-style two family names ("García López"). */
  doubleFamily?: boolean;
  female: string;
  male: string;
  family: string;
  cities: readonly DemoCity[];
  /** Native languages (ISO 639-1); the first is everyone's, the others some people's. */
  native: readonly string[];
  /** Probability that someone also has one of the other native languages; 0.35 if unset. */
  secondNativeChance?: number;
  english: EnglishProfile;
  /** Foreign languages besides English: code, probability, levels drawn from. */
  extra?: readonly (readonly [string, number, EnglishProfile])[];
  /** Working days, when not Monday–Friday. */
  workWeek?: readonly Weekday[];
  /** Library name templates per sector in the local language; `{of}` = city (genitive). */
  libraries?: Partial<Record<Sector, readonly string[]>>;
  /** Job titles in the local language, used now and then. */
  jobTitles?: readonly string[];
  /** Free-text goals and interests in the local language, used now and then. */
  goals?: readonly string[];
  otherInterests?: readonly string[];
}

export interface DemoCity {
  /** `native` or `native|Latin exonym`. */
  name: string;
  timeZone: string;
  /** The form used in library names, e.g. the genitive "Θεσσαλονίκης"; defaults to the name. */
  of?: string;
  /** Real (or plausible) library names in this city. */
  public?: string;
  academic?: string;
}

/**
 * How well people from a locale speak a language: "native", or a level distribution from
 * "strong" (mostly C1–C2) to "weak" (a sizeable share below B1).
 */
export type EnglishProfile = "native" | "strong" | "good" | "mixed" | "weak";

export const LEVEL_WEIGHTS: Record<
  Exclude<EnglishProfile, "native">,
  readonly (readonly [LanguageLevel, number])[]
> = {
  strong: [
    ["B2", 15],
    ["C1", 45],
    ["C2", 40],
  ],
  good: [
    ["B1", 20],
    ["B2", 40],
    ["C1", 30],
    ["C2", 10],
  ],
  mixed: [
    ["A2", 5],
    ["B1", 30],
    ["B2", 36],
    ["C1", 22],
    ["C2", 7],
  ],
  weak: [
    ["A1", 4],
    ["A2", 12],
    ["B1", 34],
    ["B2", 30],
    ["C1", 16],
    ["C2", 4],
  ],
};
