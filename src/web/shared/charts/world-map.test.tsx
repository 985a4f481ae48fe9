import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { COUNTRY_CODES } from "../../../domain/vocabulary/countries.ts";
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

describe("WorldMap", () => {
  it("stays under 300 KB with every country shaded and 2,000 pairs of countries", () => {
    const codes = COUNTRY_CODES;
    const countries = codes.map((code, i) => ({ code, count: 1 + (i % 37) }));
    const links: WorldMapProps["links"][number][] = [];
    for (let i = 0; links.length < 2000; i++) {
      const from = codes[i % codes.length]!;
      const to = codes[(i * 7 + 3 + Math.floor(i / codes.length)) % codes.length]!;
      if (from !== to) links.push({ from, to, count: 1 + (i % 9) });
    }
    const html = render({ countries, links });
    const svg = html.slice(html.indexOf("<svg"), html.indexOf("</svg>") + 6);
    const bytes = Buffer.byteLength(svg);
    console.log(
      `worst-case map: ${Math.round(bytes / 1024)} KB svg, ${Math.round(Buffer.byteLength(html) / 1024)} KB with tables`,
    );
    expect(bytes).toBeLessThan(300 * 1024);
  });
});
