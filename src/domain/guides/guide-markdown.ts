/**
 * The published guide as one Markdown file: its title, summary, credits and licence, then
 * each chapter under a second-level heading with its authors. Chapters' own headings are
 * pushed below the chapter's (a chapter's "# Title" would otherwise compete with the guide's).
 */
import { OPEN_LICENCE } from "./guide-licence.ts";
import { guideAuthors, type PublishedGuide } from "./published-guide.ts";

export interface GuideFileLabels {
  /** "Written by {{names}}" with the names already put in. */
  writtenBy: (names: string[]) => string;
  /** A sentence naming the licence, without its link. */
  licence: string;
  contents: string;
}

export function publishedGuideMarkdown(
  guide: PublishedGuide,
  url: string,
  labels: GuideFileLabels,
): string {
  const out = [`# ${oneLine(guide.title)}`, ""];
  if (guide.summary.trim()) out.push(guide.summary.trim(), "");
  out.push(`*${labels.writtenBy(guideAuthors(guide))}*`, "");
  out.push(`${labels.licence} (${OPEN_LICENCE.id}: <${OPEN_LICENCE.url}>) — <${url}>`, "");
  for (const chapter of guide.chapters) {
    out.push(`## ${oneLine(chapter.title)}`, "");
    out.push(`*${labels.writtenBy(chapter.authors)}*`, "");
    if (chapter.body.trim()) out.push(demoteHeadings(chapter.body.trim(), 3), "");
  }
  return out.join("\n");
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

/** ATX headings moved so the shallowest becomes `top` (capped at 6); fenced code left alone. */
export function demoteHeadings(markdown: string, top: number): string {
  const lines = markdown.split("\n");
  let fenced = false;
  let shallowest = 7;
  for (const line of lines) {
    if (/^\s*(```|~~~)/.test(line)) fenced = !fenced;
    else if (!fenced) {
      const depth = /^(#{1,6})\s/.exec(line)?.[1]?.length;
      if (depth) shallowest = Math.min(shallowest, depth);
    }
  }
  if (shallowest === 7 || shallowest >= top) return markdown;
  const shift = top - shallowest;
  fenced = false;
  return lines
    .map((line) => {
      if (/^\s*(```|~~~)/.test(line)) fenced = !fenced;
      if (fenced) return line;
      return line.replace(
        /^(#{1,6})(\s)/,
        (_, hashes: string, space: string) =>
          "#".repeat(Math.min(6, hashes.length + shift)) + space,
      );
    })
    .join("\n");
}
