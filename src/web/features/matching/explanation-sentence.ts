/**
 * A pair's explanation sentence in the reader's language, built from the engine's
 * explanation data (named contributions with their items and details), never from the
 * engine's English text.
 */
import type { Contribution, PairExplanation } from "@shelfmates/matching";
import type { TFunction } from "i18next";
import { formatList, languageName } from "../../../i18n/format-weekly-hours.ts";

const MAX_INTERESTS = 3;

export function explanationSentence(
  explanation: PairExplanation,
  t: TFunction,
  locale: string,
): string {
  const parts = explanation.contributions.flatMap((c) => contributionParts(c, t, locale));
  if (parts.length === 0) return "";
  const sentence = parts.join("; ");
  return sentence.charAt(0).toLocaleUpperCase(locale) + sentence.slice(1) + ".";
}

function contributionParts(c: Contribution, t: TFunction, locale: string): string[] {
  const d = c.detail ?? {};
  const e = (key: string, values: Record<string, unknown> = {}) =>
    t(`matching:explanation.${key}`, values);
  switch (c.contribution) {
    case "shared_interests": {
      const items = c.items ?? [];
      if (items.length === 0) return [];
      const labels = items
        .slice(0, MAX_INTERESTS)
        .map((id) => t(`vocabulary:interest.${id}`, { defaultValue: id }));
      // "A, B, C and 2 more" reads better than a list with two "and"s.
      const named = items.length > MAX_INTERESTS ? labels.join(", ") : formatList(labels, locale);
      const list =
        items.length > MAX_INTERESTS
          ? e("more", { items: named, count: items.length - MAX_INTERESTS })
          : named;
      return [e("sharedInterests", { count: items.length, items: list })];
    }
    case "mentor_fit": {
      const parts = [e("mentorYears", { count: Number(d.extraYears) })];
      const words = (c.items ?? []).map((w) => `“${w}”`).join(", ");
      if (words) parts.push(e("mentorGoals", { words }));
      return parts;
    }
    case "language": {
      const names = (c.items ?? []).slice(0, 2).map((code) => languageName(code, locale));
      return names.length > 0 ? [e("language", { languages: formatList(names, locale) })] : [];
    }
    case "availability":
      if (d.unknown) return [];
      return d.hoursPerWeek === 0
        ? [e("noHours")]
        : [e("hours", { count: Number(d.hoursPerWeek) })];
    case "match_by": {
      const asked = [d.wishA, d.wishB].filter((w) => w === "career_stage").length;
      if (asked === 0 || d.careerStageA !== d.careerStageB) return [];
      const stage = t(`vocabulary:careerStage.${String(d.careerStageA)}`).toLocaleLowerCase(locale);
      return [e("sameStage", { stage }) + e(asked === 2 ? "asBothAsked" : "asOneAsked")];
    }
    case "partner_sector": {
      const sector = (id: unknown) => t(`vocabulary:sector.${String(id)}`);
      const wished = [d.wishA, d.wishB].filter((w) => w !== "any").length;
      const metBoth = d.metA === 1 && d.metB === 1;
      const suffix = wished === 0 || !metBoth ? "" : e(wished === 2 ? "asBothAsked" : "asOneAsked");
      if (d.sectorA !== d.sectorB)
        return [e("sectors", { a: sector(d.sectorA), b: sector(d.sectorB) }) + suffix];
      return suffix
        ? [e("sameSector", { sector: sector(d.sectorA).toLocaleLowerCase(locale) }) + suffix]
        : [];
    }
    case "text_similarity":
      if (c.points === 0 || !c.items || c.items.length === 0) return [];
      return [e("text", { words: c.items.map((w) => `“${w}”`).join(", ") })];
    case "locked":
      return [e("locked")];
  }
}
