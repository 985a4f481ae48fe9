/**
 * One CSV row to an ApplicationProfile. Every cell is checked (not only the first bad one),
 * so a coordinator fixes a row in one go. Defaults for empty optional cells are documented
 * in docs/csv-import.md; keep the two in step.
 */
import type { ApplicationProfile } from "../application-profile.ts";
import { findInterestId } from "../../vocabulary/interest-labels.ts";
import {
  CAREER_STAGES,
  MATCH_BY,
  MEETING_FORMATS,
  PARTICIPANT_ROLES,
  PARTNER_SECTOR,
  SECTORS,
  type CareerStage,
  type MatchBy,
  type MeetingFormat,
  type PartnerSectorPreference,
  type Sector,
} from "../../vocabulary/vocabulary.ts";
import type { KnownColumn } from "./csv-columns.ts";
import {
  parseAvailability,
  parseChoice,
  parseChoices,
  parseCountry,
  parseEmail,
  parseLanguages,
  parseText,
  parseTimeZone,
  parseWholeNumber,
  parseYesNo,
  splitList,
  type Parsed,
} from "./field-parsers.ts";
import {
  MAX_EXPERIENCE_YEARS,
  MAX_INTERESTS,
  MAX_LENGTH,
  MAX_MENTOR_CAPACITY,
} from "./field-limits.ts";
import type { CellProblem } from "./import-errors.ts";

export const DEFAULTS = {
  timeZone: "UTC",
  sector: "other" as Sector,
  careerStage: "mid" as CareerStage,
  matchBy: "anyone" as MatchBy,
  partnerSector: "any" as PartnerSectorPreference,
  meetingFormats: ["online"] as MeetingFormat[],
  mentorCapacity: 1,
};

const SECTOR_ALIASES: Record<string, Sector> = {
  law: "special-law",
  medical: "special-medical",
  health: "special-medical",
  corporate: "special-corporate",
  university: "academic",
  archives: "archive",
  museums: "museum",
};
const STAGE_ALIASES: Record<string, CareerStage> = { "early career": "early", "mid career": "mid" };
const MATCH_BY_ALIASES: Record<string, MatchBy> = {
  interest: "interests",
  career: "career_stage",
  any: "anyone",
};
const PARTNER_SECTOR_ALIASES: Record<string, PartnerSectorPreference> = {
  "no preference": "any",
  either: "any",
  different: "other",
};
const FORMAT_ALIASES: Record<string, MeetingFormat> = {
  "face to face": "face-to-face",
  f2f: "face-to-face",
  "in person": "face-to-face",
};

export type RowCells = Partial<Record<KnownColumn, string>>;
export type RowOutcome =
  | { ok: true; profile: ApplicationProfile }
  | { ok: false; problems: { column: KnownColumn; problem: CellProblem }[] };

export function parseApplicationRow(cells: RowCells): RowOutcome {
  const problems: { column: KnownColumn; problem: CellProblem }[] = [];
  function take<T>(
    column: KnownColumn,
    parse: (cell: string) => Parsed<T>,
    fallback: T,
    required = false,
  ): T {
    const cell = cells[column] ?? "";
    if (cell === "") {
      if (required) problems.push({ column, problem: { code: "required", params: {} } });
      return fallback;
    }
    const parsed = parse(cell);
    if (parsed.ok) return parsed.value;
    problems.push({ column, problem: parsed.problem });
    return fallback;
  }

  const name = take("name", (c) => parseText(c, MAX_LENGTH.name), "", true);
  const email = take("email", (c) => parseEmail(c, MAX_LENGTH.email), "", true);
  const country = take("country", parseCountry, "", true);
  const languages = take("languages", parseLanguages, [], true);
  const role = take("role", (c) => parseChoice(c, PARTICIPANT_ROLES), "peer");
  const interestItems = take("interests", (c) => parseInterestItems(c), { ids: [], unknown: [] });
  const otherInterestsCell = take(
    "other_interests",
    (c) => parseText(c, MAX_LENGTH.otherInterests),
    "",
  );
  const otherInterests = [otherInterestsCell, ...interestItems.unknown]
    .filter((t) => t !== "")
    .join("; ");

  const profile: ApplicationProfile = {
    name,
    email,
    country,
    city: take("city", (c) => parseText(c, MAX_LENGTH.city), ""),
    languages,
    timeZone: take("timezone", parseTimeZone, DEFAULTS.timeZone),
    library: take("library", (c) => parseText(c, MAX_LENGTH.library), ""),
    sector: take("sector", (c) => parseChoice(c, SECTORS, SECTOR_ALIASES), DEFAULTS.sector),
    solo: take("solo", parseYesNo, false),
    jobTitle: take("job_title", (c) => parseText(c, MAX_LENGTH.jobTitle), ""),
    careerStage: take(
      "career_stage",
      (c) => parseChoice(c, CAREER_STAGES, STAGE_ALIASES),
      DEFAULTS.careerStage,
    ),
    experienceYears: take(
      "experience_years",
      (c) => parseWholeNumber(c, 0, MAX_EXPERIENCE_YEARS),
      0,
    ),
    interests: interestItems.ids,
    otherInterests,
    goals: take("goals", (c) => parseText(c, MAX_LENGTH.goals), ""),
    matchBy: take("match_by", (c) => parseChoice(c, MATCH_BY, MATCH_BY_ALIASES), DEFAULTS.matchBy),
    partnerSector: take(
      "partner_sector",
      (c) => parseChoice(c, PARTNER_SECTOR, PARTNER_SECTOR_ALIASES),
      DEFAULTS.partnerSector,
    ),
    meetingFormats: nonEmptyOr(
      take("formats", (c) => parseChoices(c, MEETING_FORMATS, FORMAT_ALIASES), []),
      DEFAULTS.meetingFormats,
    ),
    availability: take("availability", parseAvailability, []),
    role,
    // Capacity means something only for mentors; in other rows it is ignored.
    mentorCapacity:
      role === "mentor"
        ? take(
            "capacity",
            (c) => parseWholeNumber(c, 1, MAX_MENTOR_CAPACITY),
            DEFAULTS.mentorCapacity,
          )
        : null,
  };
  if (otherInterests.length > MAX_LENGTH.otherInterests) {
    problems.push({
      column: "other_interests",
      problem: {
        code: "too_long",
        params: { length: otherInterests.length, max: MAX_LENGTH.otherInterests },
      },
    });
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, profile };
}

/** Vocabulary ids or English labels; anything else is kept as free text, not refused. */
function parseInterestItems(cell: string): Parsed<{ ids: string[]; unknown: string[] }> {
  const items = splitList(cell);
  if (items.length > MAX_INTERESTS) {
    return {
      ok: false,
      problem: { code: "too_many_items", params: { count: items.length, max: MAX_INTERESTS } },
    };
  }
  const ids: string[] = [];
  const unknown: string[] = [];
  for (const item of items) {
    const id = findInterestId(item);
    if (id === undefined) unknown.push(item);
    else if (!ids.includes(id)) ids.push(id);
  }
  return { ok: true, value: { ids, unknown } };
}

function nonEmptyOr<T>(values: T[], fallback: T[]): T[] {
  return values.length > 0 ? values : [...fallback];
}
