/**
 * One parser per kind of cell. Each takes the trimmed cell text and returns the value or
 * the problem; defaults for empty optional cells live in parse-application-row.ts.
 */
import { findCountryCode } from "../../vocabulary/countries.ts";
import {
  canonicalLanguageCode,
  isLanguageCode,
  LANGUAGE_CODES,
} from "../../vocabulary/languages.ts";
import { isTimeZone } from "../../vocabulary/time-zones.ts";
import {
  AVAILABILITY_BLOCKS,
  LANGUAGE_LEVELS,
  type LanguageLevel,
} from "../../vocabulary/vocabulary.ts";
import type { SpokenLanguage } from "../application-profile.ts";
import type { CellProblem } from "./import-errors.ts";
import { MAX_LANGUAGES } from "./field-limits.ts";

export type Parsed<T> = { ok: true; value: T } | { ok: false; problem: CellProblem };

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const fail = (code: CellProblem["code"], params: CellProblem["params"]): Parsed<never> => ({
  ok: false,
  problem: { code, params },
});

/** The level assumed when a language is listed without one ("en" means "en:B2"). */
export const DEFAULT_LANGUAGE_LEVEL: LanguageLevel = "B2";

/** Items of a `;`-separated list, trimmed, empty ones dropped. */
export function splitList(cell: string): string[] {
  return cell
    .split(";")
    .map((item) => item.trim())
    .filter((item) => item !== "");
}

export function parseText(cell: string, max: number): Parsed<string> {
  return cell.length > max ? fail("too_long", { length: cell.length, max }) : ok(cell);
}

const EMAIL = /^[^\s@",;<>()]+@[^\s@",;<>()]+\.[^\s@",;<>()]+$/;

export function parseEmail(cell: string, max: number): Parsed<string> {
  if (cell.length > max) return fail("too_long", { length: cell.length, max });
  return EMAIL.test(cell) ? ok(cell.toLowerCase()) : fail("invalid_email", { value: cell });
}

export function parseCountry(cell: string): Parsed<string> {
  const code = findCountryCode(cell);
  return code ? ok(code) : fail("invalid_country", { value: cell });
}

const englishLanguageNames = new Intl.DisplayNames("en", { type: "language" });
const languageByName = new Map<string, string>(
  LANGUAGE_CODES.map((code) => [(englishLanguageNames.of(code) ?? code).toLowerCase(), code]),
);
const LEVEL_BY_KEY = new Map<string, LanguageLevel>([
  ...LANGUAGE_LEVELS.map((level) => [level.toLowerCase(), level] as const),
  ["mother tongue", "native"],
]);

/** `en:C1;el:native;fr` — ISO 639-1 codes (or English names) with an optional CEFR level. */
export function parseLanguages(cell: string): Parsed<SpokenLanguage[]> {
  const items = splitList(cell);
  if (items.length > MAX_LANGUAGES)
    return fail("too_many_items", { count: items.length, max: MAX_LANGUAGES });
  const languages: SpokenLanguage[] = [];
  for (const item of items) {
    const colon = item.indexOf(":");
    const codeText = (colon < 0 ? item : item.slice(0, colon)).trim();
    const levelText = colon < 0 ? "" : item.slice(colon + 1).trim();
    const lower = codeText.toLowerCase();
    const canonical = canonicalLanguageCode(lower);
    const code = isLanguageCode(canonical) ? canonical : languageByName.get(lower);
    if (!code) return fail("invalid_language", { value: codeText });
    const level =
      levelText === "" ? DEFAULT_LANGUAGE_LEVEL : LEVEL_BY_KEY.get(levelText.toLowerCase());
    if (!level) return fail("invalid_language_level", { value: item });
    if (languages.some((l) => l.code === code)) return fail("duplicate_language", { value: code });
    languages.push({ code, level });
  }
  return ok(languages);
}

// isTimeZone builds an Intl.DateTimeFormat, which is slow; a file repeats the same few zones.
const timeZoneValidity = new Map<string, boolean>();

export function parseTimeZone(cell: string): Parsed<string> {
  let valid = timeZoneValidity.get(cell);
  if (valid === undefined) {
    valid = isTimeZone(cell);
    if (timeZoneValidity.size < 10_000) timeZoneValidity.set(cell, valid);
  }
  return valid ? ok(cell) : fail("invalid_time_zone", { value: cell });
}

function choiceKey(value: string): string {
  return value
    .toLowerCase()
    .replace(/[\s_-]+/g, " ")
    .trim();
}

/** A closed choice: the id or an alias, in any case, with spaces, hyphens or underscores. */
export function parseChoice<T extends string>(
  cell: string,
  allowed: readonly T[],
  aliases: Readonly<Record<string, T>> = {},
): Parsed<T> {
  const key = choiceKey(cell);
  const match = allowed.find((id) => choiceKey(id) === key) ?? aliases[key];
  return match ? ok(match) : fail("invalid_choice", { value: cell, allowed: allowed.join(", ") });
}

/** A `;`-separated list of closed choices, without repeats. */
export function parseChoices<T extends string>(
  cell: string,
  allowed: readonly T[],
  aliases: Readonly<Record<string, T>> = {},
): Parsed<T[]> {
  const values: T[] = [];
  for (const item of splitList(cell)) {
    const parsed = parseChoice(item, allowed, aliases);
    if (!parsed.ok) return parsed;
    if (!values.includes(parsed.value)) values.push(parsed.value);
  }
  return ok(values);
}

const YES = new Set(["yes", "y", "true", "1"]);
const NO = new Set(["no", "n", "false", "0"]);

export function parseYesNo(cell: string): Parsed<boolean> {
  const key = cell.toLowerCase();
  if (YES.has(key)) return ok(true);
  if (NO.has(key)) return ok(false);
  return fail("invalid_yes_no", { value: cell });
}

export function parseWholeNumber(cell: string, min: number, max: number): Parsed<number> {
  const n = /^\d{1,6}$/.test(cell) ? Number(cell) : NaN;
  return n >= min && n <= max ? ok(n) : fail("invalid_number", { value: cell, min, max });
}

const blockSet = new Set(AVAILABILITY_BLOCKS);

/** `mon-10;tue-14` — weekday (three letters) and start hour of a 4-hour block of local time. */
export function parseAvailability(cell: string): Parsed<string[]> {
  const blocks: string[] = [];
  for (const item of splitList(cell)) {
    const match = /^([a-z]{3})[a-z]*[\s-]+(\d{1,2})(?::00)?$/i.exec(item);
    const block = match ? `${match[1]!.toLowerCase()}-${match[2]!.padStart(2, "0")}` : "";
    if (!blockSet.has(block)) return fail("invalid_availability", { value: item });
    if (!blocks.includes(block)) blocks.push(block);
  }
  return ok(blocks);
}
