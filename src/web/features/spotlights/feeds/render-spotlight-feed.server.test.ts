import Parser from "rss-parser";
import { describe, expect, it } from "vitest";
import { createI18n } from "../../../../i18n/create-i18n.ts";
import type { ShownSpotlight } from "../../../../use-cases/spotlights/spotlight-ports.ts";
import { renderSpotlightFeed } from "./render-spotlight-feed.server.ts";

const spotlight: ShownSpotlight = {
  id: "s1",
  authorId: "u1",
  subjectUserId: "u2",
  subjectEmail: "",
  subjectName: "Émilie Tremblay",
  title: "Des ateliers <données> & plus",
  body: "Émilie a conçu des **ateliers**.\n\n<script>alert(1)</script>",
  linkUrl: "https://example.org/ateliers",
  imageUrl: "https://images.example.org/atelier.jpg",
  imageAlt: "Un atelier plein",
  status: "published",
  createdAt: new Date("2027-03-01T10:00:00Z"),
  answeredAt: new Date("2027-03-02T08:00:00Z"),
  withdrawnAt: null,
  authorName: "Camille Laurent",
  authorProfile: "members",
  subjectProfile: null,
  thanksCount: 4,
};
const context = { baseUrl: "https://shelfmates.example.org", i18n: createI18n("fr"), locale: "fr" };

describe("renderSpotlightFeed", () => {
  it("writes RSS 2.0 a reader parses, with the image's alt text, the link and safe HTML", async () => {
    const xml = renderSpotlightFeed(
      { lastModifiedAt: spotlight.answeredAt, spotlights: [spotlight] },
      "rss",
      context,
    );
    const parsed = await new Parser<object, { "content:encoded": string }>({
      customFields: { item: ["content:encoded"] },
    }).parseString(xml);
    expect(parsed.title).toBe("Coups de projecteur sur Shelfmates");
    const [item] = parsed.items;
    expect(item?.title).toBe("Des ateliers <données> & plus");
    expect(item?.link).toBe("https://shelfmates.example.org/spotlights/s1");
    expect(new Date(item!.pubDate!).toISOString()).toBe("2027-03-02T08:00:00.000Z");
    const html = item!["content:encoded"];
    expect(html).toContain('alt="Un atelier plein"');
    expect(html).toContain('href="https://example.org/ateliers"');
    expect(html).not.toContain("<script");
    expect(xml).not.toContain("thank");
  });

  it("writes Atom with its own address", () => {
    const xml = renderSpotlightFeed({ lastModifiedAt: null, spotlights: [] }, "atom", context);
    expect(xml).toContain('href="https://shelfmates.example.org/spotlights/feed.atom"');
  });
});
