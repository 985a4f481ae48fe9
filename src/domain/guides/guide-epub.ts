/**
 * The published guide as an EPUB 3 book (EPUB 3.3: OCF container, package document, nav,
 * XHTML content documents): the mimetype entry first and stored, META-INF/container.xml,
 * the package with every author as dc:creator and the licence as dc:rights, a title page
 * with the credits and licence, one XHTML file per chapter. The chapters' HTML comes in
 * rendered (and made safe) by the caller; here it is made well-formed XML.
 */
import { OPEN_LICENCE } from "./guide-licence.ts";
import type { GuideFileLabels } from "./guide-markdown.ts";
import { guideAuthors, type PublishedGuide } from "./published-guide.ts";
import { writeStoredZip, type ZipEntry } from "./zip-store.ts";

export interface EpubContent {
  /** The summary's HTML (may be ""). */
  summaryHtml: string;
  /** Each chapter's HTML, in the guide's chapter order. */
  chapterHtml: string[];
}

export function buildGuideEpub(
  guide: PublishedGuide,
  url: string,
  content: EpubContent,
  labels: GuideFileLabels,
): Uint8Array {
  const lang = escapeXml(guide.language);
  const chapters = guide.chapters.map((chapter, i) => ({
    ...chapter,
    file: `chapter-${i + 1}.xhtml`,
    html: toXhtml(content.chapterHtml[i] ?? ""),
  }));
  const modified = guide.publishedAt.toISOString().replace(/\.\d{3}Z$/, "Z");
  const authors = guideAuthors(guide);
  const entries: ZipEntry[] = [
    { path: "mimetype", data: "application/epub+zip" },
    {
      path: "META-INF/container.xml",
      data: `<?xml version="1.0" encoding="UTF-8"?>
<container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
  <rootfiles>
    <rootfile full-path="EPUB/package.opf" media-type="application/oebps-package+xml"/>
  </rootfiles>
</container>
`,
    },
    {
      path: "EPUB/package.opf",
      data: `<?xml version="1.0" encoding="UTF-8"?>
<package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="guide-id" xml:lang="${lang}">
  <metadata xmlns:dc="http://purl.org/dc/elements/1.1/">
    <dc:identifier id="guide-id">${escapeXml(url)}</dc:identifier>
    <dc:title>${escapeXml(guide.title)}</dc:title>
    <dc:language>${lang}</dc:language>
${authors.map((name) => `    <dc:creator>${escapeXml(name)}</dc:creator>`).join("\n")}
    <dc:publisher>${escapeXml(guide.programmeName)}</dc:publisher>
    <dc:date>${modified}</dc:date>
    <dc:rights>${escapeXml(`${OPEN_LICENCE.name} (${OPEN_LICENCE.id}) ${OPEN_LICENCE.url}`)}</dc:rights>
    <meta property="dcterms:modified">${modified}</meta>
    <link rel="dcterms:license" href="${OPEN_LICENCE.url}"/>
  </metadata>
  <manifest>
    <item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" properties="nav"/>
    <item id="title" href="title.xhtml" media-type="application/xhtml+xml"/>
${chapters.map((c, i) => `    <item id="chapter-${i + 1}" href="${c.file}" media-type="application/xhtml+xml"/>`).join("\n")}
    <item id="style" href="style.css" media-type="text/css"/>
  </manifest>
  <spine>
    <itemref idref="title"/>
    <itemref idref="nav"/>
${chapters.map((_, i) => `    <itemref idref="chapter-${i + 1}"/>`).join("\n")}
  </spine>
</package>
`,
    },
    {
      path: "EPUB/nav.xhtml",
      data: xhtmlPage(
        lang,
        labels.contents,
        `<nav epub:type="toc" id="toc">
  <h1>${escapeXml(labels.contents)}</h1>
  <ol>
${chapters.map((c) => `    <li><a href="${c.file}">${escapeXml(c.title)}</a></li>`).join("\n")}
  </ol>
</nav>`,
      ),
    },
    {
      path: "EPUB/title.xhtml",
      data: xhtmlPage(
        lang,
        guide.title,
        `<section epub:type="titlepage">
  <h1>${escapeXml(guide.title)}</h1>
  ${toXhtml(content.summaryHtml)}
  <p class="credits">${escapeXml(labels.writtenBy(authors))}</p>
  <p class="licence">${escapeXml(labels.licence)} <a href="${OPEN_LICENCE.url}">${escapeXml(OPEN_LICENCE.name)}</a></p>
  <p class="source"><a href="${escapeXml(url)}">${escapeXml(url)}</a></p>
</section>`,
      ),
    },
    ...chapters.map((c) => ({
      path: `EPUB/${c.file}`,
      data: xhtmlPage(
        lang,
        c.title,
        `<section epub:type="chapter">
  <h1>${escapeXml(c.title)}</h1>
  <p class="credits">${escapeXml(labels.writtenBy(c.authors))}</p>
  ${c.html}
</section>`,
      ),
    })),
    {
      path: "EPUB/style.css",
      data: "body { font-family: serif; line-height: 1.5; }\n.credits { font-style: italic; }\n",
    },
  ];
  return writeStoredZip(entries);
}

function xhtmlPage(lang: string, title: string, body: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops" xml:lang="${lang}" lang="${lang}">
<head>
  <meta charset="UTF-8"/>
  <title>${escapeXml(title)}</title>
  <link rel="stylesheet" type="text/css" href="style.css"/>
</head>
<body>
${body}
</body>
</html>
`;
}

export function escapeXml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}

const VOID = /<(br|hr|img|input|wbr|col|area|source)(\s[^<>]*?)?\s*\/?>/gi;

/**
 * Safe HTML (from the Markdown renderer) as XHTML: void elements closed, the named entities
 * XML does not know written as numbers.
 */
export function toXhtml(html: string): string {
  return html
    .replace(
      VOID,
      (_, tag: string, attributes: string | undefined) => `<${tag}${attributes ?? ""}/>`,
    )
    .replace(
      /&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-f]+);)([a-z][a-z0-9]*;)?/gi,
      (_, name?: string) => (name ? `&amp;${name}` : "&amp;"),
    )
    .replace(/\s(checked|disabled)(?=[\s/>])(?!=)/g, ' $1="$1"');
}
