import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { COUNTRY_CODES } from "../../../domain/vocabulary/countries.ts";
import { svgOf, tableRows } from "./read-chart-markup.ts";
import { worldGeography } from "./world-geography.ts";
import { WorldMap, type WorldMapProps } from "./world-map.tsx";

const labels: WorldMapProps["labels"] = {
  country: "Country",
  participants: "Participants",
  countryPair: "Countries",
  partnerships: "Partnerships",
  countriesCaption: "Participants by country",
  pairsCaption: "Partnerships between countries",
  empty: "No participants yet.",
};

function render(props: Partial<WorldMapProps>): string {
  return renderToStaticMarkup(
    <WorldMap
      id="map"
      title="Where participants live"
      description="392 participants from 40 countries."
      countries={[]}
      links={[]}
      locale="en"
      labels={labels}
      {...props}
    />,
  );
}

/** The fill the map gives a country's shape. */
function fillOf(html: string, code: string): string | undefined {
  const outline = worldGeography().outlines.find((o) => o.code === code)!;
  return new RegExp(
    `<path d="${outline.d.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}" fill="(#[0-9a-f]{6})"`,
  ).exec(html)?.[1];
}

describe("WorldMap", () => {
  it("lists every country and every pair with its number, most first, in the reader's language", () => {
    const html = render({
      locale: "fr",
      countries: [
        { code: "DE", count: 12 },
        { code: "AU", count: 70 },
        { code: "FI", count: 1 },
      ],
      links: [
        { from: "AU", to: "DE", count: 5 },
        { from: "DE", to: "AU", count: 2 },
        { from: "FI", to: "AU", count: 1 },
      ],
    });
    expect(tableRows(html, "Participants by country")).toEqual([
      ["Australie", "70"],
      ["Allemagne", "12"],
      ["Finlande", "1"],
    ]);
    // A–B and B–A are one pair of countries.
    expect(tableRows(html, "Partnerships between countries")).toEqual([
      ["Allemagne – Australie", "7"],
      ["Australie – Finlande", "1"],
    ]);
  });

  it("shades Kosovo, which the atlas has no ISO number for, and leaves countries without participants neutral", () => {
    const html = render({ countries: [{ code: "XK", count: 3 }] });
    expect(fillOf(html, "XK")).toBeDefined();
    expect(fillOf(html, "XK")).not.toBe(fillOf(html, "RS"));
    expect(tableRows(html, "Participants by country")).toEqual([["Kosovo", "3"]]);
  });

  it("shades a busier country darker", () => {
    const html = render({
      countries: [
        { code: "AU", count: 70 },
        { code: "NZ", count: 20 },
        { code: "FJ", count: 2 },
        { code: "JP", count: 4 },
        { code: "IN", count: 9 },
      ],
    });
    const lightness = (hex: string) =>
      parseInt(hex.slice(1, 3), 16) + parseInt(hex.slice(3, 5), 16);
    expect(lightness(fillOf(html, "AU")!)).toBeLessThan(lightness(fillOf(html, "FJ")!));
  });

  it("keeps countries the atlas does not draw: in the table, and as a dot where it can place them", () => {
    const html = render({
      countries: [
        { code: "SG", count: 4 },
        { code: "MT", count: 2 },
        { code: "AQ", count: 1 },
      ],
      links: [{ from: "SG", to: "MT", count: 2 }],
    });
    expect(tableRows(html, "Participants by country")).toEqual([
      ["Singapore", "4"],
      ["Malta", "2"],
      ["Antarctica", "1"],
    ]);
    const svg = svgOf(html);
    const singapore = worldGeography().anchorOf("SG")!;
    expect(svg).toContain(`<circle cx="${singapore[0]}" cy="${singapore[1]}"`);
    expect(svg.match(/<circle /g)).toHaveLength(2);
    expect(tableRows(html, "Partnerships between countries")).toEqual([["Malta – Singapore", "2"]]);
  });

  it("draws one line per pair of countries, none for a pair within one country or counted 0", () => {
    const html = render({
      countries: [
        { code: "FR", count: 3 },
        { code: "ES", count: 2 },
        { code: "CA", count: 2 },
      ],
      links: [
        { from: "FR", to: "ES", count: 2 },
        { from: "FR", to: "CA", count: 1 },
        { from: "CA", to: "CA", count: 1 },
        { from: "ES", to: "CA", count: 0 },
      ],
    });
    const arcs = svgOf(html).match(/<path d="M[^"]*"><\/path>/g) ?? [];
    expect(arcs).toEqual([
      `<path d="${worldGeography().arcBetween("FR", "CA")}"></path>`,
      `<path d="${worldGeography().arcBetween("FR", "ES")}"></path>`,
    ]);
    expect(tableRows(html, "Partnerships between countries")).toEqual([
      ["France – Spain", "2"],
      ["Canada", "1"],
      ["Canada – France", "1"],
      ["Canada – Spain", "0"],
    ]);
  });

  it("is an image named by its own title and description, with unique ids", () => {
    const html = render({ id: "round-7-map", countries: [{ code: "FI", count: 4 }] });
    expect(html).toContain(
      '<svg class="chart-svg" role="img" aria-labelledby="round-7-map-title round-7-map-desc"',
    );
    expect(html).toContain('<title id="round-7-map-title">Where participants live</title>');
    expect(html).toContain(
      '<desc id="round-7-map-desc">392 participants from 40 countries.</desc>',
    );
    expect(html).toMatch(/<figcaption[^>]*>.*Where participants live/);
    expect(html).toContain('width="100%"');
  });

  it("says so instead of drawing an empty map when nobody took part", () => {
    const html = render({ countries: [{ code: "FR", count: 0 }] });
    expect(html).toContain("No participants yet.");
    expect(html).not.toContain("<svg");
    expect(html).not.toContain("<table");
  });

  it("stays under 300 KB with every country shaded and the 2,000 longest lines there can be", () => {
    const codes = [...COUNTRY_CODES, "XK"];
    const countries = codes.map((code, i) => ({ code, count: 1 + ((i * 97) % 1500) }));
    // The worst case: of all pairs of countries, the 2,000 whose lines take the most bytes
    // (mostly across the Pacific, drawn in two pieces).
    const geography = worldGeography();
    const pairs: { from: string; to: string; bytes: number }[] = [];
    for (const [i, from] of codes.entries()) {
      for (const to of codes.slice(i + 1)) {
        pairs.push({ from, to, bytes: geography.arcBetween(from, to)?.length ?? 0 });
      }
    }
    const links = pairs
      .sort((a, b) => b.bytes - a.bytes)
      .slice(0, 2000)
      .map(({ from, to }, i) => ({ from, to, count: 1 + ((i * 31) % 60) }));

    const html = render({ countries, links });

    expect(svgOf(html).match(/<path d="M[^"]*"><\/path>/g)).toHaveLength(2000);
    expect(Buffer.byteLength(svgOf(html))).toBeLessThan(300 * 1024);
    expect(tableRows(html, "Partnerships between countries")).toHaveLength(2000);
  });
});
