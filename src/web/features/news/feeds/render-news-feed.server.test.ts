import { XMLParser } from "fast-xml-parser";
import Parser from "rss-parser";
import { describe, expect, it } from "vitest";
import { createI18n } from "../../../../i18n/create-i18n.ts";
import type { ShownNewsPost } from "../../../../use-cases/news/news-ports.ts";
import { renderNewsFeed } from "./render-news-feed.server.ts";

const post: ShownNewsPost = {
  id: "p1",
  slug: "jornada-zaragoza",
  networkId: "n1",
  programmeId: null,
  title: "Jornada <de> bibliotecas & más",
  body: 'Nos vemos en **Zaragoza**.\n\n![Sala de lectura llena](https://images.example.org/sala.jpg)\n\n<script>alert("x")</script>',
  authorId: "u1",
  authorName: "María José",
  publishedAt: new Date("2027-03-01T10:00:00Z"),
  updatedAt: new Date("2027-03-02T08:00:00Z"),
  publisher: {
    kind: "network",
    id: "n1",
    slug: "bibliotecarios-escolares-es",
    name: "Red de bibliotecas",
  },
  commentCount: 3,
};
const feed = {
  version: "1-1",
  lastModifiedAt: post.updatedAt,
  publisher: post.publisher,
  posts: [post],
};
const context = { baseUrl: "https://shelfmates.example.org", i18n: createI18n("es"), locale: "es" };

describe("renderNewsFeed", () => {
  it("writes RSS 2.0 a reader parses: title, link, author, dates, safe HTML and a summary", async () => {
    const parsed = await new Parser<object, { "content:encoded": string; creator: string }>({
      customFields: { item: ["content:encoded"] },
    }).parseString(renderNewsFeed(feed, "rss", context));
    expect(parsed.title).toBe("Red de bibliotecas — noticias en Shelfmates");
    expect(parsed.link).toBe(
      "https://shelfmates.example.org/news?network=bibliotecarios-escolares-es",
    );
    const [item] = parsed.items;
    expect(item?.title).toBe("Jornada <de> bibliotecas & más");
    expect(item?.link).toBe("https://shelfmates.example.org/news/jornada-zaragoza");
    expect(item?.contentSnippet).toBe("Nos vemos en Zaragoza.");
    expect(new Date(item!.pubDate!).toISOString()).toBe("2027-03-01T10:00:00.000Z");
    const html = item!["content:encoded"];
    expect(html).toContain(
      '<img src="https://images.example.org/sala.jpg" alt="Sala de lectura llena" loading="lazy" />',
    );
    expect(html).not.toContain("<script");
  });

  it("writes Atom with the feed's own and alternate links", () => {
    const xml = renderNewsFeed(feed, "atom", context);
    const parsed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "" }).parse(
      xml,
    ) as {
      feed: {
        title: string | { "#text": string };
        updated: string;
        link: { rel?: string; href: string }[] | { rel?: string; href: string };
        entry: { title: string | { "#text": string }; author: { name: string }; published: string };
      };
    };
    const text = (v: string | { "#text": string }) => (typeof v === "string" ? v : v["#text"]);
    expect(text(parsed.feed.title)).toBe("Red de bibliotecas — noticias en Shelfmates");
    expect(parsed.feed.updated).toBe("2027-03-02T08:00:00.000Z");
    expect([parsed.feed.link].flat().map((l) => l.href)).toContain(
      "https://shelfmates.example.org/networks/bibliotecarios-escolares-es/news.atom",
    );
    expect(text(parsed.feed.entry.title)).toBe("Jornada <de> bibliotecas & más");
    expect(parsed.feed.entry.author.name).toBe("María José");
    expect(parsed.feed.entry.published).toBe("2027-03-01T10:00:00.000Z");
  });
});
