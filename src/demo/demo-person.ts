import type {
  ApplicationProfile,
  SpokenLanguage,
} from "../domain/applications/application-profile.ts";
import {
  AVAILABILITY_BLOCKS,
  WEEKDAYS,
  type CareerStage,
  type Interest,
  type LanguageLevel,
  type MatchBy,
  type MeetingFormat,
  type PartnerSectorPreference,
  type Sector,
  type Weekday,
} from "../domain/vocabulary/vocabulary.ts";
import { LEVEL_WEIGHTS, type DemoLocale, type EnglishProfile } from "./demo-locale.ts";
import { EXPERIENCE_YEARS, INTEREST_RANKING, SECTOR_INTERESTS } from "./demo-phrases.ts";
import type { DemoRandom } from "./demo-random.ts";
import {
  createGoals,
  createJobTitle,
  createLibraryName,
  createOtherInterests,
  type DemoRole,
} from "./demo-written-answers.ts";

export type { DemoRole } from "./demo-written-answers.ts";

const SECTOR_WEIGHTS: readonly (readonly [Sector, number])[] = [
  ["public", 30],
  ["academic", 28],
  ["school", 16],
  ["special-medical", 5],
  ["special-law", 4],
  ["special-corporate", 4],
  ["government", 5],
  ["archive", 4],
  ["museum", 3],
  ["other", 1],
];
/** Solo librarians are common in schools and special libraries, rare in universities. */
const SOLO_CHANCE: Record<Sector, number> = {
  public: 0.12,
  academic: 0.04,
  school: 0.55,
  "special-law": 0.6,
  "special-medical": 0.5,
  "special-corporate": 0.6,
  government: 0.25,
  archive: 0.3,
  museum: 0.4,
  other: 0.3,
};
const STAGES: Record<DemoRole, readonly (readonly [CareerStage, number])[]> = {
  peer: [
    ["student", 6],
    ["early", 32],
    ["mid", 36],
    ["senior", 22],
    ["retired", 4],
  ],
  mentor: [
    ["mid", 30],
    ["senior", 70],
  ],
  mentee: [
    ["student", 10],
    ["early", 55],
    ["mid", 30],
    ["senior", 5],
  ],
};

/** One demo librarian from `locale`; `taken` holds the emails already used in the round. */
export function createDemoPerson(
  random: DemoRandom,
  locale: DemoLocale,
  role: DemoRole,
  taken: Set<string>,
): ApplicationProfile {
  const female = random.chance(0.76);
  const given = parseName(random.pick(splitList(female ? locale.female : locale.male)));
  const families = [random.pick(splitList(locale.family))];
  if (locale.doubleFamily) families.push(random.pick(splitList(locale.family)));
  const family = families.map((entry) => parseName(genderedForm(entry, female)));
  const familyNative = family.map((f) => f.native).join(" ");
  const name =
    locale.nameOrder === "given-family"
      ? `${given.native} ${familyNative}`
      : locale.nameOrder === "family-given"
        ? `${familyNative} ${given.native}`
        : `${familyNative}${given.native}`;

  const city =
    locale.cities[random.weightedIndex(locale.cities.map((_, i) => 1 / (i + 1) ** 0.7))]!;
  const [cityNative, cityLatin] = splitNative(city.name);
  const sector = random.weighted(SECTOR_WEIGHTS);
  const solo = random.chance(SOLO_CHANCE[sector]);
  const careerStage = random.weighted(STAGES[role]);
  const [minYears, maxYears] = EXPERIENCE_YEARS[careerStage];
  const experienceYears = random.int(
    role === "mentor" ? Math.max(minYears, 8) : minYears,
    maxYears,
  );
  const languages = createLanguages(random, locale);
  const interests = createInterests(random, sector, solo);
  const englishLevel = languages.find((l) => l.code === "en")?.level;

  return {
    name,
    email: createEmail(random, given.latin, family[0]!.latin, taken),
    country: locale.country,
    city: random.chance(0.6) ? cityNative : cityLatin,
    languages,
    timeZone: city.timeZone,
    library: createLibraryName(random, locale, city, sector, cityNative, cityLatin),
    sector,
    solo,
    jobTitle: createJobTitle(random, locale, sector, careerStage, solo),
    careerStage,
    experienceYears,
    interests,
    otherInterests: createOtherInterests(random, locale),
    goals: createGoals(random, locale, role, {
      interests,
      solo,
      careerStage,
      experienceYears,
      englishLevel,
    }),
    matchBy: random.weighted<MatchBy>([
      ["interests", 55],
      ["career_stage", 20],
      ["anyone", 25],
    ]),
    partnerSector: random.weighted<PartnerSectorPreference>([
      ["any", 50],
      ["same", solo ? 15 : 30],
      ["other", solo ? 35 : 20],
    ]),
    meetingFormats: [
      ...random.weighted<readonly MeetingFormat[]>([
        [["online"], 78],
        [["online", "face-to-face"], 19],
        [["face-to-face"], 3],
      ]),
    ],
    availability: createAvailability(random, locale.workWeek ?? WEEKDAYS.slice(0, 5)),
    role,
    mentorCapacity:
      role === "mentor"
        ? random.weighted([
            [1, 45],
            [2, 40],
            [3, 15],
          ] as const)
        : null,
  };
}

function splitList(list: string): string[] {
  return list.split(/\s+/).filter(Boolean);
}

/** `masculine;feminine` → the form for the person's gender. */
function genderedForm(entry: string, female: boolean): string {
  const [masculine, feminine] = entry.split(";");
  return (female ? feminine : undefined) ?? masculine!;
}

/** `native|latin` (or plain Latin) → both spellings, `_` read as a space. */
function parseName(entry: string): { native: string; latin: string } {
  const [native, latin] = splitNative(entry.replaceAll("_", " "));
  return { native, latin: asciiSlug(latin) };
}

function splitNative(value: string): [string, string] {
  const [native, latin] = value.split("|");
  return [native!, latin ?? native!];
}

const NON_DECOMPOSING: Record<string, string> = {
  ł: "l",
  ø: "o",
  æ: "ae",
  œ: "oe",
  ß: "ss",
  đ: "d",
  ı: "i",
  ð: "d",
  þ: "th",
};

/** ASCII for an email address: "Łukasz Dąbrowski" → "lukaszdabrowski". */
export function asciiSlug(value: string): string {
  return value
    .toLowerCase()
    .replace(/[łøæœßđıðþ]/g, (c) => NON_DECOMPOSING[c] ?? "")
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/[^a-z0-9-]/g, "");
}

function createEmail(
  random: DemoRandom,
  given: string,
  family: string,
  taken: Set<string>,
): string {
  const domain = random.weighted([
    ["example.org", 5],
    ["example.com", 3],
    ["example.net", 2],
  ] as const);
  const local = random.weighted([
    [`${given}.${family}`, 6],
    [`${given.slice(0, 1)}${family}`, 2],
    [`${family}.${given}`, 1],
    [`${given}${random.int(1, 99)}`, 1],
  ] as const);
  for (let n = 1; n < 10_000; n++) {
    const email = `${n === 1 ? local : `${local}${n}`}@${domain}`;
    if (!taken.has(email)) {
      taken.add(email);
      return email;
    }
  }
  throw new Error(`createEmail: no free address for ${local}`);
}

function drawLevel(random: DemoRandom, profile: EnglishProfile): LanguageLevel {
  return profile === "native" ? "native" : random.weighted(LEVEL_WEIGHTS[profile]);
}

function createLanguages(random: DemoRandom, locale: DemoLocale): SpokenLanguage[] {
  const languages: SpokenLanguage[] = [{ code: locale.native[0]!, level: "native" }];
  const add = (code: string, level: LanguageLevel) => {
    if (!languages.some((l) => l.code === code)) languages.push({ code, level });
  };
  if (locale.native.length > 1 && random.chance(locale.secondNativeChance ?? 0.35)) {
    add(random.pick(locale.native.slice(1)), "native");
  }
  add("en", drawLevel(random, locale.english));
  for (const [code, probability, profile] of locale.extra ?? []) {
    if (random.chance(probability)) add(code, drawLevel(random, profile));
  }
  return languages;
}

/**
 * 3–8 interests with Zipf–Mandelbrot popularity, weight 1/(rank + 3) (the offset keeps the
 * top topic from appearing in nearly every application), boosted for the person's sector.
 */
function createInterests(random: DemoRandom, sector: Sector, solo: boolean): Interest[] {
  const boosted = new Set<Interest>(SECTOR_INTERESTS[sector]);
  if (solo) boosted.add("solo-librarianship");
  const weights = INTEREST_RANKING.map(
    (interest, rank) => (boosted.has(interest) ? 5 : 1) / (rank + 3),
  );
  const count = random.weighted([
    [3, 20],
    [4, 25],
    [5, 22],
    [6, 15],
    [7, 10],
    [8, 8],
  ] as const);
  return random.weightedSample(weights, count).map((i) => INTEREST_RANKING[i]!);
}

/** Weekly availability blocks in plausible patterns: office hours, evenings, mornings, weekends. */
function createAvailability(random: DemoRandom, workWeek: readonly Weekday[]): string[] {
  const weekend = WEEKDAYS.filter((day) => !workWeek.includes(day));
  const someDays = (days: readonly Weekday[], min: number, max: number) =>
    random
      .weightedSample(
        days.map(() => 1),
        random.int(min, Math.min(max, days.length)),
      )
      .map((i) => days[i]!);
  const blocks = new Set<string>();
  const add = (days: readonly Weekday[], hours: readonly number[]) => {
    for (const day of days)
      for (const hour of hours) blocks.add(`${day}-${String(hour).padStart(2, "0")}`);
  };
  const pattern = random.weighted([
    ["office", 40],
    ["evenings", 20],
    ["mixed", 25],
    ["mornings", 10],
    ["weekend", 5],
  ] as const);
  if (pattern === "office") add(someDays(workWeek, 2, 5), random.pick([[10], [14], [10, 14]]));
  if (pattern === "evenings") add(someDays(workWeek, 2, 4), [18]);
  if (pattern === "mornings") add(someDays(workWeek, 2, 4), [6, 10]);
  if (pattern === "mixed") {
    add(someDays(workWeek, 1, 3), [14]);
    add(someDays(workWeek, 1, 2), [18]);
  }
  if (pattern === "weekend" || (pattern !== "office" && random.chance(0.3)))
    add(someDays(weekend, 1, 2), [10, 14]);
  return AVAILABILITY_BLOCKS.filter((block) => blocks.has(block));
}
