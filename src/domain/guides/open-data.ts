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

/**
 * A topic library its programme's facilitators chose to publish (decision 0020, point 8):
 * the programme's name and its topics in library order, each in every language it is
 * written in (the default language first). Nothing about participants or rounds.
 */
export interface OpenTopicLibrary {
  programmeSlug: string;
  programmeName: string;
  defaultLanguage: string;
  topics: { texts: { locale: string; title: string; promptMarkdown: string }[] }[];
}

/** `<programme slug>.json` or `.csv`, the address of one published topic library's file. */
export function parseTopicLibraryFile(
  name: string,
): { slug: string; format: "json" | "csv" } | undefined {
  const match = /^([^/]+)\.(json|csv)$/.exec(name);
  if (!match) return undefined;
  return { slug: match[1]!, format: match[2] === "json" ? "json" : "csv" };
}

export function topicLibraryFileUrl(site: string, slug: string, format: "json" | "csv"): string {
  return `${site}/open-data/topic-libraries/${slug}.${format}`;
}

export function topicLibraryJson(library: OpenTopicLibrary, generatedAt: Date) {
  return {
    licence,
    attribution: `The facilitators of ${library.programmeName}, through Shelfmates`,
    generatedAt: generatedAt.toISOString(),
    programme: {
      slug: library.programmeSlug,
      name: library.programmeName,
      defaultLanguage: library.defaultLanguage,
    },
    topics: library.topics.map((topic, i) => ({
      position: i + 1,
      texts: topic.texts.map((text) => ({
        language: text.locale,
        title: text.title,
        promptMarkdown: text.promptMarkdown,
      })),
    })),
  };
}

const TOPIC_COLUMNS = [
  "programme",
  "topic_number",
  "language",
  "title",
  "prompt_markdown",
  "licence",
  "licence_url",
];

/** One row per topic and language, in library order (default language first). */
export function topicLibraryCsv(library: OpenTopicLibrary): string {
  const rows = library.topics.flatMap((topic, i) =>
    topic.texts.map((text) => [
      library.programmeName,
      String(i + 1),
      text.locale,
      text.title,
      text.promptMarkdown,
      OPEN_LICENCE.id,
      OPEN_LICENCE.url,
    ]),
  );
  return `\uFEFF${formatCsv([TOPIC_COLUMNS, ...rows], { guardFormulas: true })}`;
}
