import type { ApplicationProfile } from "../domain/applications/application-profile.ts";
import { isUsableLevel } from "../domain/vocabulary/vocabulary.ts";
import type { DemoLocale } from "./demo-locale.ts";
import { AMERICAS_OCEANIA } from "./demo-locales-americas.ts";
import { ASIA_AFRICA } from "./demo-locales-asia-africa.ts";
import { EUROPE } from "./demo-locales-europe.ts";
import { createDemoPerson, type DemoRole } from "./demo-person.ts";
import { DemoRandom } from "./demo-random.ts";

export const DEMO_LOCALES: readonly DemoLocale[] = [...EUROPE, ...AMERICAS_OCEANIA, ...ASIA_AFRICA];

/** ILN's first round: 392 people from 40 countries. Smaller rounds: about 4 people a country. */
const MAX_COUNTRIES = 40;
const PEOPLE_PER_COUNTRY = 4;
/** Well below the demo round's 20 % per-country cap, so the demo never breaks its own rule. */
const MAX_COUNTRY_SHARE = 0.15;
const MENTOR_SHARE = 0.3;
/**
 * Countries the foundation issue names, always in a round that has room for them, so the
 * demo always shows their scripts (Greek, Finnish, Arabic, Chinese, Spanish, Hindi…).
 */
const FEATURED_COUNTRIES = ["GR", "FI", "EG", "CN", "ES", "IN", "RU", "JP", "US", "GB"];
/** About one applicant in 130 shares no working language with anyone from another country. */
const PEOPLE_PER_ISOLATED = 130;

/**
 * Realistic, deterministic demo applicants: librarians from up to 40 countries, with names
 * in their own scripts, real cities and time zones, local library names, CEFR-levelled
 * languages, a skewed mix of sectors and Zipf-like interests. Same seed, same people.
 */
export function generateDemoApplicants(options: {
  seed: number;
  count: number;
  mode: "peer" | "mentor";
}): ApplicationProfile[] {
  const { seed, count, mode } = options;
  if (!Number.isInteger(count) || count < 0)
    throw new RangeError(`count must be a whole number ≥ 0, got ${count}`);
  if (count === 0) return [];
  const random = new DemoRandom(seed);

  const localesByCountry = new Map<string, DemoLocale[]>();
  for (const locale of DEMO_LOCALES) {
    localesByCountry.set(locale.country, [...(localesByCountry.get(locale.country) ?? []), locale]);
  }
  const countries = [...localesByCountry.keys()];
  const countryWeights = countries.map((c) => sum(localesByCountry.get(c)!.map((l) => l.weight)));
  const countryCount = Math.min(
    countries.length,
    MAX_COUNTRIES,
    Math.ceil(count / PEOPLE_PER_COUNTRY),
  );
  const featured = FEATURED_COUNTRIES.slice(0, countryCount).map((c) => countries.indexOf(c));
  const others = random
    .weightedSample(
      countryWeights.map((w, i) => (featured.includes(i) ? 0 : w)),
      countryCount - featured.length,
    )
    .filter((i) => !featured.includes(i));
  const chosen = [...featured, ...others];
  const sizes = allocateCountrySizes(
    random,
    chosen.map((i) => countryWeights[i]!),
    count,
  );

  // Applications arrive mixed across countries, as they would on a real form.
  const arrivals = chosen.flatMap((countryIndex, k) =>
    Array<string>(sizes[k]!).fill(countries[countryIndex]!),
  );
  shuffle(random, arrivals);
  const roles = assignRoles(random, count, mode);
  const takenEmails = new Set<string>();
  const profiles = arrivals.map((country, i) => {
    const locales = localesByCountry.get(country)!;
    const locale = locales[random.weightedIndex(locales.map((l) => l.weight))]!;
    return createDemoPerson(random, locale, roles[i]!, takenEmails);
  });
  isolateAFew(random, profiles, Math.floor(count / PEOPLE_PER_ISOLATED));
  return profiles;
}

/**
 * People per country: at least two each (when the round allows), the rest in proportion to
 * jittered weights (largest remainder), none above MAX_COUNTRY_SHARE of the round.
 */
function allocateCountrySizes(
  random: DemoRandom,
  weights: readonly number[],
  count: number,
): number[] {
  const n = weights.length;
  const jittered = weights.map((w) => w * (0.75 + 0.5 * random.next()));
  const base = Math.min(2, Math.floor(count / n));
  const remaining = count - base * n;
  const total = sum(jittered);
  const quotas = jittered.map((w) => (remaining * w) / total);
  const sizes = quotas.map((q) => base + Math.floor(q));
  const byRemainder = quotas.map((q, i) => ({ i, fraction: q - Math.floor(q) }));
  byRemainder.sort((a, b) => b.fraction - a.fraction || a.i - b.i);
  const leftover = count - sum(sizes);
  for (let k = 0; k < leftover; k++) sizes[byRemainder[k % n]!.i]! += 1;

  const cap = Math.max(Math.ceil(count / n), Math.floor(count * MAX_COUNTRY_SHARE));
  for (let i = 0; i < n; i++) {
    while (sizes[i]! > cap) {
      const smallest = sizes.indexOf(Math.min(...sizes));
      sizes[i]! -= 1;
      sizes[smallest]! += 1;
    }
  }
  return sizes;
}

function assignRoles(random: DemoRandom, count: number, mode: "peer" | "mentor"): DemoRole[] {
  if (mode === "peer") return Array<DemoRole>(count).fill("peer");
  const order = Array.from({ length: count }, (_, i) => i);
  shuffle(random, order);
  const roles = Array<DemoRole>(count).fill("mentee");
  for (const i of order.slice(0, Math.round(count * MENTOR_SHARE))) roles[i] = "mentor";
  return roles;
}

/**
 * Makes sure `target` people share no working language (B1 or better) with anyone from
 * another country, so matching has someone it cannot pair: a librarian whose only
 * language is their own, and whose English is A1–A2.
 */
function isolateAFew(random: DemoRandom, profiles: ApplicationProfile[], target: number): void {
  let isolated = countIsolated(profiles);
  if (isolated >= target) return;
  const candidates = profiles.filter((p) => p.languages[0]?.code !== "en");
  shuffle(random, candidates);
  for (const person of candidates) {
    if (isolated >= target) return;
    const own = person.languages[0]!;
    const speakers = countriesByUsableLanguage(profiles).get(own.code);
    if (
      !speakers ||
      speakers.size > 1 ||
      !hasSharedLanguage(person, countriesByUsableLanguage(profiles))
    )
      continue;
    person.languages = [own, { code: "en", level: random.chance(0.5) ? "A1" : "A2" }];
    isolated = countIsolated(profiles);
  }
}

function countIsolated(profiles: readonly ApplicationProfile[]): number {
  const speakers = countriesByUsableLanguage(profiles);
  return profiles.filter((p) => !hasSharedLanguage(p, speakers)).length;
}

function countriesByUsableLanguage(
  profiles: readonly ApplicationProfile[],
): Map<string, Set<string>> {
  const byLanguage = new Map<string, Set<string>>();
  for (const p of profiles) {
    for (const l of p.languages) {
      if (!isUsableLevel(l.level)) continue;
      const set = byLanguage.get(l.code) ?? new Set<string>();
      set.add(p.country);
      byLanguage.set(l.code, set);
    }
  }
  return byLanguage;
}

function hasSharedLanguage(
  person: ApplicationProfile,
  speakers: Map<string, Set<string>>,
): boolean {
  return person.languages.some(
    (l) =>
      isUsableLevel(l.level) && [...(speakers.get(l.code) ?? [])].some((c) => c !== person.country),
  );
}

/** Fisher–Yates, in place. */
function shuffle<T>(random: DemoRandom, items: T[]): void {
  for (let i = items.length - 1; i > 0; i--) {
    const j = random.int(0, i);
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
}

function sum(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0);
}
