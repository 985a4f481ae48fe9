import { INTEREST_LABELS_EN } from "../domain/vocabulary/interest-labels.ts";
import type {
  CareerStage,
  Interest,
  LanguageLevel,
  Sector,
} from "../domain/vocabulary/vocabulary.ts";
import type { DemoCity, DemoLocale } from "./demo-locale.ts";
import {
  ENGLISH_LIBRARIES,
  GOALS_EN,
  INTEREST_RANKING,
  JOB_TITLES,
  OTHER_INTERESTS_EN,
  RETIRED_TITLES,
  STUDENT_TITLES,
} from "./demo-phrases.ts";
import type { DemoRandom } from "./demo-random.ts";

/**
 * What a demo applicant writes in the form's free-text fields: their library, job title,
 * other interests and goals, in English or now and then in their own language.
 */

export type DemoRole = "peer" | "mentor" | "mentee";

export function createLibraryName(
  random: DemoRandom,
  locale: DemoLocale,
  city: DemoCity,
  sector: Sector,
  cityNative: string,
  cityLatin: string,
): string {
  const cityLibrary =
    sector === "public" ? city.public : sector === "academic" ? city.academic : undefined;
  if (cityLibrary && random.chance(0.8)) return cityLibrary;
  const local = locale.libraries?.[sector];
  if (local && random.chance(0.85))
    return random.pick(local).replaceAll("{of}", city.of ?? cityNative);
  return random.pick(ENGLISH_LIBRARIES[sector]).replaceAll("{city}", cityLatin);
}

export function createJobTitle(
  random: DemoRandom,
  locale: DemoLocale,
  sector: Sector,
  stage: CareerStage,
  solo: boolean,
): string {
  if (stage === "student") return random.pick(STUDENT_TITLES);
  if (stage === "retired") return random.pick(RETIRED_TITLES);
  if (locale.jobTitles && random.chance(0.3)) return random.pick(locale.jobTitles);
  const title = random.pick(JOB_TITLES[sector][stage]);
  return solo && stage !== "early" && random.chance(0.3) ? `${title} (solo)` : title;
}

export function createOtherInterests(random: DemoRandom, locale: DemoLocale): string {
  if (!random.chance(0.45)) return "";
  if (locale.otherInterests && random.chance(0.45)) return random.pick(locale.otherInterests);
  const picked = random.weightedSample(
    OTHER_INTERESTS_EN.map(() => 1),
    random.int(1, 3),
  );
  return picked.map((i) => OTHER_INTERESTS_EN[i]!).join(", ");
}

export function createGoals(
  random: DemoRandom,
  locale: DemoLocale,
  role: DemoRole,
  person: {
    interests: Interest[];
    solo: boolean;
    careerStage: CareerStage;
    experienceYears: number;
    englishLevel: LanguageLevel | undefined;
  },
): string {
  if (random.chance(0.12)) return "";
  if (locale.goals && random.chance(0.35)) return random.pick(locale.goals);
  const pool: string[] = [...GOALS_EN.any];
  if (role !== "peer") pool.push(...GOALS_EN[role], ...GOALS_EN[role]);
  if (person.solo) pool.push(...GOALS_EN.solo, ...GOALS_EN.solo);
  if (person.englishLevel !== undefined && person.englishLevel !== "native")
    pool.push(...GOALS_EN.secondLanguage);
  if (role === "peer" && (person.careerStage === "early" || person.careerStage === "student"))
    pool.push(...GOALS_EN.early);
  if (role === "peer" && person.careerStage === "senior") pool.push(...GOALS_EN.senior);
  const [a, b] = [random.pick(person.interests), random.pick(person.interests)];
  const fill = (template: string) =>
    template
      .replaceAll("{a}", INTEREST_LABELS_EN[a])
      .replaceAll("{b}", INTEREST_LABELS_EN[b === a ? INTEREST_RANKING[0]! : b])
      .replaceAll("{years}", String(person.experienceYears));
  const first = fill(random.pick(pool));
  if (!random.chance(0.3)) return first;
  const second = fill(random.pick(GOALS_EN.any));
  return second === first ? first : `${first} ${second}`;
}
