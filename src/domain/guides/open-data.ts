/**
 * The open data files (issue 15): published guides and the networks directory as JSON and
 * CSV. Each JSON file names its licence in a `licence` field; a CSV cannot carry a comment,
 * so every row carries the licence's id and address in its last two columns (decision 0020).
 * Cells a spreadsheet would run as a formula are guarded (guardFormula). Nothing personal:
 * a guide's credited names are what its authors published under; a network's row is what
 * its public page shows, without its organisers or members.
 */
import { formatCsv } from "../applications/application-csv/write-csv.ts";
import { OPEN_LICENCE } from "./guide-licence.ts";
import type { PublishedGuide } from "./published-guide.ts";

export const OPEN_DATA_FILES = [
  "guides.json",
  "guides.csv",
  "networks.json",
  "networks.csv",
] as const;
export type OpenDataFile = (typeof OPEN_DATA_FILES)[number];

export function isOpenDataFile(name: string): name is OpenDataFile {
  return (OPEN_DATA_FILES as readonly string[]).includes(name);
}

/** A network as the public directory and its page show it. */
export interface OpenNetwork {
  slug: string;
  name: string;
  kind: string;
  description: string;
  country: string;
  region: string;
  city: string;
  online: boolean;
  sectors: string[];
  languages: string[];
  websiteUrl: string;
  mailingListUrl: string;
  blogUrl: string;
  memberCount: number;
}

const licence = { id: OPEN_LICENCE.id, name: OPEN_LICENCE.name, url: OPEN_LICENCE.url };

/** `site` is the absolute address of the site, without trailing slash. */
export function guidesJson(guides: readonly PublishedGuide[], site: string, generatedAt: Date) {
  return {
    licence,
    attribution: "The guides' authors, credited in each chapter",
    generatedAt: generatedAt.toISOString(),
    guides: guides.map((g) => ({
      url: `${site}/guides/${g.slug}`,
      slug: g.slug,
      title: g.title,
      summary: g.summary,
      language: g.language,
      licence: g.licence,
      publishedAt: g.publishedAt.toISOString(),
      programme: g.programmeName,
      round: g.roundName,
      chapters: g.chapters.map((c) => ({
        position: c.position,
        title: c.title,
        authors: c.authors,
        markdown: c.body,
      })),
    })),
  };
}

const GUIDE_COLUMNS = [
  "guide_url",
  "guide_title",
  "language",
  "published_at",
  "programme",
  "chapter_number",
  "chapter_title",
  "authors",
  "chapter_markdown",
  "licence",
  "licence_url",
];

/** One row per chapter; authors joined with "; ". UTF-8 with a byte-order mark. */
export function guidesCsv(guides: readonly PublishedGuide[], site: string): string {
  const rows = guides.flatMap((g) =>
    g.chapters.map((c, i) => [
      `${site}/guides/${g.slug}`,
      g.title,
      g.language,
      g.publishedAt.toISOString(),
      g.programmeName,
      String(i + 1),
      c.title,
      c.authors.join("; "),
      c.body,
      OPEN_LICENCE.id,
      OPEN_LICENCE.url,
    ]),
  );
  return `\uFEFF${formatCsv([GUIDE_COLUMNS, ...rows], { guardFormulas: true })}`;
}

export function networksJson(networks: readonly OpenNetwork[], site: string, generatedAt: Date) {
  return {
    licence,
    attribution: "The networks' organisers, through Shelfmates",
    generatedAt: generatedAt.toISOString(),
    networks: networks.map((n) => ({ url: `${site}/networks/${n.slug}`, ...n })),
  };
}

const NETWORK_COLUMNS = [
  "url",
  "name",
  "kind",
  "country",
  "region",
  "city",
  "online",
  "sectors",
  "languages",
  "website_url",
  "mailing_list_url",
  "blog_url",
  "member_count",
  "description_markdown",
  "licence",
  "licence_url",
];

export function networksCsv(networks: readonly OpenNetwork[], site: string): string {
  const rows = networks.map((n) => [
    `${site}/networks/${n.slug}`,
    n.name,
    n.kind,
    n.country,
    n.region,
    n.city,
    n.online ? "true" : "false",
    n.sectors.join("; "),
    n.languages.join("; "),
    n.websiteUrl,
    n.mailingListUrl,
    n.blogUrl,
    String(n.memberCount),
    n.description,
    OPEN_LICENCE.id,
    OPEN_LICENCE.url,
  ]);
  return `\uFEFF${formatCsv([NETWORK_COLUMNS, ...rows], { guardFormulas: true })}`;
}
