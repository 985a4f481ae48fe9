/**
 * Seeded, realistic-looking rounds for tests and measurements: 40 countries of skewed
 * sizes (Zipf), each with its language and UTC offset, most people also speaking English;
 * 60 interests of Zipf popularity; sectors, career stages, experience, wishes and weekly
 * availability in plausible proportions; short goals in English or the home language.
 */
import type { CareerStage, LanguageLevel, Participant, ParticipantRole } from "./participant.ts";
import { createRandom } from "./seeded-random.ts";

const COUNTRIES: [string, string, number][] = [
  ["US", "en", -300],
  ["GB", "en", 0],
  ["AU", "en", 600],
  ["IN", "hi", 330],
  ["NG", "en", 60],
  ["FI", "fi", 120],
  ["GR", "el", 120],
  ["ES", "es", 60],
  ["MX", "es", -360],
  ["AR", "es", -180],
  ["PE", "es", -300],
  ["CN", "zh", 480],
  ["TW", "zh", 480],
  ["JP", "ja", 540],
  ["EG", "ar", 120],
  ["JO", "ar", 180],
  ["SA", "ar", 180],
  ["FR", "fr", 60],
  ["CA", "en", -300],
  ["DE", "de", 60],
  ["IT", "it", 60],
  ["BR", "pt", -180],
  ["PT", "pt", 0],
  ["ZA", "en", 120],
  ["KE", "sw", 180],
  ["PH", "en", 480],
  ["ID", "id", 420],
  ["MY", "ms", 480],
  ["NZ", "en", 720],
  ["IE", "en", 0],
  ["SE", "sv", 60],
  ["NO", "no", 60],
  ["PL", "pl", 60],
  ["UA", "uk", 120],
  ["TR", "tr", 180],
  ["IR", "fa", 210],
  ["PK", "ur", 300],
  ["BD", "bn", 360],
  ["NP", "ne", 345],
  ["CL", "es", -240],
];
const INTEREST_COUNT = 60;
const SECTORS = [
  "public",
  "academic",
  "school",
  "special-law",
  "special-medical",
  "special-corporate",
  "government",
  "archive",
  "museum",
  "other",
];
const SECTOR_WEIGHTS = [30, 30, 12, 4, 6, 4, 5, 4, 3, 2];
const STAGES: CareerStage[] = ["student", "early", "mid", "senior", "retired"];
const STAGE_WEIGHTS = [8, 30, 35, 22, 5];
const WORDS = [
  "reading",
  "children",
  "digital",
  "archives",
  "research",
  "teaching",
  "outreach",
  "data",
  "community",
  "metadata",
  "preservation",
  "access",
  "leadership",
  "makerspace",
  "health",
  "law",
  "schools",
  "open",
  "funding",
  "exhibitions",
];
const DAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];
const HOURS = ["06", "10", "14", "18"];
const LEVELS: LanguageLevel[] = ["B1", "B2", "C1", "C2"];

export interface SyntheticRoundOptions {
  /** Share of mentors among non-peers when roles are "mentor"; 0 = everyone a peer. */
  mentorShare?: number;
  interestNames?: readonly string[];
}

export function generateSyntheticParticipants(
  count: number,
  seed: number,
  options: SyntheticRoundOptions = {},
): Participant[] {
  const random = createRandom(seed);
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;
  const weighted = <T>(items: readonly T[], weights: readonly number[]) => {
    let r = random() * weights.reduce((a, b) => a + b, 0);
    for (let i = 0; i < items.length; i++) if ((r -= weights[i]!) < 0) return items[i]!;
    return items[items.length - 1]!;
  };
  const countryWeights = COUNTRIES.map((_, i) => 1 / (i + 1) ** 0.8);
  const interestWeights = Array.from({ length: INTEREST_COUNT }, (_, i) => 1 / (i + 1));
  const interestNames =
    options.interestNames ?? Array.from({ length: INTEREST_COUNT }, (_, i) => `topic-${i}`);
  const mentorShare = options.mentorShare ?? 0;
  return Array.from({ length: count }, (_, i) => {
    const [country, language, offset] = weighted(COUNTRIES, countryWeights);
    const languages: { code: string; level: LanguageLevel }[] = [
      { code: language, level: "native" },
    ];
    if (language !== "en" && random() < 0.85) languages.push({ code: "en", level: pick(LEVELS) });
    if (random() < 0.25) {
      const extra = pick(["es", "fr", "de", "ar", "zh", "ru"]);
      if (!languages.some((l) => l.code === extra))
        languages.push({ code: extra, level: pick(LEVELS) });
    }
    const interests = new Set<string>();
    const interestCount = 2 + Math.floor(random() * 5);
    while (interests.size < interestCount)
      interests.add(
        interestNames[
          weighted(
            interestWeights.map((_, k) => k),
            interestWeights,
          )
        ]!,
      );
    const careerStage = weighted(STAGES, STAGE_WEIGHTS);
    const stageYears = { student: 0, early: 2, mid: 8, senior: 18, retired: 30 }[careerStage];
    const availability = new Set<string>();
    const blocks = 2 + Math.floor(random() * 5);
    while (availability.size < blocks) availability.add(`${pick(DAYS.slice(0, 5))}-${pick(HOURS)}`);
    const role: ParticipantRole =
      mentorShare > 0 ? (random() < mentorShare ? "mentor" : "mentee") : "peer";
    const experienceYears =
      role === "mentor"
        ? stageYears + 6 + Math.floor(random() * 15)
        : stageYears + Math.floor(random() * 6);
    return {
      id: `p${i}`,
      country,
      languages,
      utcOffsetMinutes: offset,
      library: `Library ${Math.floor(random() * count)}`,
      sector: weighted(SECTORS, SECTOR_WEIGHTS),
      careerStage,
      experienceYears,
      interests: [...interests],
      otherInterests: random() < 0.5 ? `${pick(WORDS)} ${pick(WORDS)}` : "",
      goals: `Learn about ${pick(WORDS)} and ${pick(WORDS)} with ${pick(WORDS)}`,
      matchBy: weighted(["interests", "career_stage", "anyone"] as const, [50, 20, 30]),
      partnerSector: weighted(["same", "other", "any"] as const, [20, 30, 50]),
      availability: [...availability],
      role,
      mentorCapacity: role === "mentor" ? 1 + Math.floor(random() * 3) : null,
    };
  });
}
