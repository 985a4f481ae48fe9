/** The EPUB read back as a reader would: unzipped (yauzl), its package and nav parsed. */
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import yauzl from "yauzl";
import { buildGuideEpub, toXhtml } from "./guide-epub.ts";
import { publishedGuideMarkdown, type GuideFileLabels } from "./guide-markdown.ts";
import type { PublishedGuide } from "./published-guide.ts";

const guide: PublishedGuide = {
  slug: "working-across-borders",
  title: "Working across borders & languages",
  summary: "What we learned.",
  language: "en",
  licence: "CC-BY-4.0",
  publishedAt: new Date("2027-03-01T10:00:00.123Z"),
  roundName: "Founding round",
  programmeName: "International Peer Mentoring",
  chapters: [
    {
      position: 0,
      title: "Finding partners",
      body: "# Start\n\nText",
      authors: ["Ana García", "Ben <Carter>"],
    },
    { position: 1, title: "Funding", body: "Apply early.", authors: ["Chloé Martin"] },
  ],
};
interface Opf {
  "@_version": string;
  metadata: { title: string; creator: string[]; rights: string; meta: { "#text": string } };
  manifest: { item: Record<string, string>[] };
  spine: { itemref: Record<string, string>[] };
}

const labels: GuideFileLabels = {
  writtenBy: (names) => `Written by ${names.join(", ")}`,
  licence: "Published under CC BY 4.0.",
  contents: "Contents",
};

function unzip(bytes: Uint8Array): Promise<{ name: string; method: number; text: string }[]> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(Buffer.from(bytes), { lazyEntries: true }, (error, zip) => {
      if (error) return reject(error);
      const entries: { name: string; method: number; text: string }[] = [];
      zip.on("entry", (entry: yauzl.Entry) => {
        zip.openReadStream(entry, (streamError, stream) => {
          if (streamError) return reject(streamError);
          const chunks: Buffer[] = [];
          stream.on("data", (chunk: Buffer) => chunks.push(chunk));
          stream.on("end", () => {
            entries.push({
              name: entry.fileName,
              method: entry.compressionMethod,
              text: Buffer.concat(chunks).toString("utf8"),
            });
            zip.readEntry();
          });
        });
      });
      zip.on("end", () => resolve(entries));
      zip.on("error", reject);
      zip.readEntry();
    });
  });
}

describe("the guide as EPUB", () => {
  it("opens: mimetype first and stored, container, package, nav, chapters and authors", async () => {
    const html = ["<h3>Start</h3>\n<p>Text<br>and a rule</p><hr>", "<p>Apply early.</p>"];
    const bytes = buildGuideEpub(
      guide,
      "https://example.org/guides/x",
      { summaryHtml: "<p>What we learned.</p>", chapterHtml: html },
      labels,
    );
    // The first local header's name is "mimetype" at byte 30, its content right after.
    expect(new TextDecoder().decode(bytes.slice(30, 38 + 20))).toBe("mimetypeapplication/epub+zip");
    const entries = await unzip(bytes);
    expect(entries[0]).toMatchObject({ name: "mimetype", method: 0, text: "application/epub+zip" });
    const file = (name: string) => entries.find((e) => e.name === name)!.text;
    for (const e of entries.filter((e) => /\.(xml|opf|xhtml)$/.test(e.name)))
      expect(XMLValidator.validate(e.text), e.name).toBe(true);

    const parser = new XMLParser({ ignoreAttributes: false, removeNSPrefix: true });
    const container = parser.parse(file("META-INF/container.xml")) as {
      container: { rootfiles: { rootfile: Record<string, string> } };
    };
    const opfPath = container.container.rootfiles.rootfile["@_full-path"]!;
    expect(opfPath).toBe("EPUB/package.opf");
    const opf = (parser.parse(file(opfPath)) as { package: Opf }).package;
    expect(opf["@_version"]).toBe("3.0");
    expect(opf.metadata.title).toBe("Working across borders & languages");
    expect(opf.metadata.creator).toEqual(["Ana García", "Ben <Carter>", "Chloé Martin"]);
    expect(opf.metadata.rights).toContain("CC-BY-4.0");
    expect(opf.metadata.meta["#text"]).toBe("2027-03-01T10:00:00Z");
    const items = opf.manifest.item;
    const nav = items.find((i) => i["@_properties"] === "nav")!;
    const spine = opf.spine.itemref.map((i) => i["@_idref"]);
    expect(spine).toEqual(["title", "nav", "chapter-1", "chapter-2"]);
    for (const item of items)
      expect(entries.map((e) => e.name)).toContain(`EPUB/${item["@_href"]}`);

    const navDoc = parser.parse(file(`EPUB/${nav["@_href"]}`)) as {
      html: { body: { nav: { ol: { li: { a: { "#text": string } }[] } } } };
    };
    const links = navDoc.html.body.nav.ol.li.map((li) => li.a["#text"]);
    expect(links).toEqual(["Finding partners", "Funding"]);
    const chapter = file("EPUB/chapter-1.xhtml");
    expect(chapter).toContain("Written by Ana García, Ben &lt;Carter&gt;");
    expect(chapter).toContain("<br/>");
    expect(file("EPUB/title.xhtml")).toContain("https://creativecommons.org/licenses/by/4.0/");
  });

  it("makes the renderer's HTML well-formed XML", () => {
    const xhtml = toXhtml(
      '<p>a<br>b &amp; c &nbsp; <img src="https://x/y.png" alt="y"></p><input checked="" disabled="" type="checkbox">',
    );
    expect(XMLValidator.validate(`<div>${xhtml}</div>`)).toBe(true);
  });
});

describe("the guide as Markdown", () => {
  it("has the title, credits, licence and each chapter with its authors, chapter headings below its own", () => {
    const md = publishedGuideMarkdown(guide, "https://example.org/guides/x", labels);
    expect(md).toMatch(/^# Working across borders & languages\n/);
    expect(md).toContain("*Written by Ana García, Ben <Carter>, Chloé Martin*");
    expect(md).toContain("https://creativecommons.org/licenses/by/4.0/");
    expect(md).toContain(
      "## Finding partners\n\n*Written by Ana García, Ben <Carter>*\n\n### Start",
    );
    expect(md).toContain("## Funding\n\n*Written by Chloé Martin*\n\nApply early.");
  });
});
