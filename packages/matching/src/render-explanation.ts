/**
 * An English sentence from a pair's explanation data, e.g. "3 shared interests (children's
 * services, makerspaces, digital literacy); both work in English; 4 h a week in common;
 * school ↔ medical library, as both asked." The web app renders its own, translated, from
 * the same data.
 */
import type { Contribution, PairExplanation } from "./explanation.ts";

export interface RenderOptions {
  /** Label of an interest id; default: the id with spaces ("digital-literacy" → "digital literacy"). */
  interestLabel?: (id: string) => string;
  /** Name of an ISO 639-1 code; default: the English name from Intl. */
  languageName?: (code: string) => string;
  /** How many shared interests to name before "and N more". */
  maxInterests?: number;
}

const SECTOR_NOUNS: Record<string, [singular: string, plural: string]> = {
  public: ["public library", "public libraries"],
  academic: ["academic library", "academic libraries"],
  school: ["school library", "school libraries"],
  "special-law": ["law library", "law libraries"],
  "special-medical": ["medical library", "medical libraries"],
  "special-corporate": ["corporate library", "corporate libraries"],
  government: ["government library", "government libraries"],
  archive: ["archive", "archives"],
  museum: ["museum", "museums"],
  other: ["other library", "other libraries"],
};

/** "school ↔ medical library" when both are libraries, else "archive ↔ medical library". */
function sectorPair(a: string, b: string): string {
  const na = SECTOR_NOUNS[a]?.[0] ?? a;
  const nb = SECTOR_NOUNS[b]?.[0] ?? b;
  const library = " library";
  return na.endsWith(library) && nb.endsWith(library)
    ? `${na.slice(0, -library.length)} ↔ ${nb}`
    : `${na} ↔ ${nb}`;
}

const STAGE_WORDS: Record<string, string> = {
  student: "students",
  early: "early career",
  mid: "mid-career",
  senior: "senior",
  retired: "retired",
};

let englishLanguages: Intl.DisplayNames | undefined;
function defaultLanguageName(code: string): string {
  englishLanguages ??= new Intl.DisplayNames("en", { type: "language" });
  try {
    return englishLanguages.of(code) ?? code;
  } catch {
    return code;
  }
}

export function renderExplanation(
  explanation: PairExplanation,
  options: RenderOptions = {},
): string {
  const parts = explanation.contributions.flatMap((c) => renderContribution(c, options));
  if (parts.length === 0) return "";
  const sentence = parts.join("; ");
  return sentence.charAt(0).toUpperCase() + sentence.slice(1) + ".";
}

function renderContribution(c: Contribution, options: RenderOptions): string[] {
  const d = c.detail ?? {};
  switch (c.contribution) {
    case "shared_interests": {
      const items = c.items ?? [];
      if (items.length === 0) return [];
      const label = options.interestLabel ?? ((id: string) => id.replace(/-/g, " "));
      const max = options.maxInterests ?? 3;
      const named = items.slice(0, max).map(label).join(", ");
      const more = items.length > max ? ` and ${items.length - max} more` : "";
      return [`${items.length} shared interest${items.length === 1 ? "" : "s"} (${named}${more})`];
    }
    case "mentor_fit": {
      const words = (c.items ?? []).map((w) => `“${w}”`).join(", ");
      const years = Number(d.extraYears);
      const parts = [`the mentor has ${years} more year${years === 1 ? "" : "s"} of experience`];
      if (words) parts.push(`the mentee's goals meet the mentor's experience (${words})`);
      return parts;
    }
    case "language": {
      const names = (c.items ?? []).slice(0, 2).map(options.languageName ?? defaultLanguageName);
      return names.length > 0 ? [`both work in ${names.join(" and ")}`] : [];
    }
    case "availability":
      if (d.unknown) return [];
      return d.hoursPerWeek === 0
        ? ["no weekly hours in common"]
        : [`${d.hoursPerWeek} h a week in common`];
    case "match_by": {
      const asked = [d.wishA, d.wishB].filter((w) => w === "career_stage").length;
      if (asked === 0 || d.careerStageA !== d.careerStageB) return [];
      const stage = STAGE_WORDS[String(d.careerStageA)] ?? String(d.careerStageA);
      return [`both ${stage}, as ${asked === 2 ? "both" : "one"} asked`];
    }
    case "partner_sector": {
      const a = String(d.sectorA);
      const b = String(d.sectorB);
      const wished = [d.wishA, d.wishB].filter((w) => w !== "any").length;
      const metBoth = d.metA === 1 && d.metB === 1;
      const suffix =
        wished === 0 ? "" : metBoth ? `, as ${wished === 2 ? "both" : "one"} asked` : "";
      if (a !== b) return [`${sectorPair(a, b)}${suffix}`];
      return suffix ? [`both in ${SECTOR_NOUNS[a]?.[1] ?? a}${suffix}`] : [];
    }
    case "text_similarity": {
      if (c.points === 0 || !c.items || c.items.length === 0) return [];
      return [`similar goals and interests (${c.items.map((w) => `“${w}”`).join(", ")})`];
    }
    case "locked":
      return ["kept together by the facilitator"];
  }
}
