/**
 * Renders the shared charts (src/web/shared/charts) with demo-like data into one HTML page,
 * screenshots it in Chromium and runs axe on it, so a change to a chart can be looked at
 * without a database or a round report:
 *
 *   node --import tsx scripts/render-chart-sample.tsx [out-dir] [locale]
 *
 * Writes chart-sample.html, chart-sample.png (screen, and one PNG per chart), chart-sample-phone*.png
 * (390px wide), chart-sample-print.png (print media) and chart-sample.pdf into out-dir (default /tmp/chart-sample) and exits 1 if axe finds a violation.
 */
import AxeBuilder from "@axe-core/playwright";
import { chromium } from "@playwright/test";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { renderToStaticMarkup } from "react-dom/server";
import { BarChart, ColumnChart, ScaleChart, WorldMap } from "../src/web/shared/charts/index.ts";

const outDir = process.argv[2] ?? "/tmp/chart-sample";
const locale = process.argv[3] ?? "en";
const root = fileURLToPath(new URL("..", import.meta.url));

/** A fixed pseudo-random sequence, so the sample is the same at every run. */
function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1664525 + 1013904223) % 4294967296;
    return state / 4294967296;
  };
}

// About the International Librarians Network's round: 392 librarians from 40 countries.
const weights: Record<string, number> = {
  AU: 65,
  US: 48,
  GB: 30,
  CA: 26,
  NZ: 20,
  IN: 18,
  PH: 16,
  NG: 14,
  ZA: 12,
  KE: 11,
  DE: 10,
  FR: 9,
  ES: 9,
  IT: 8,
  NL: 7,
  SE: 6,
  FI: 6,
  NO: 5,
  IE: 5,
  BR: 5,
  MX: 5,
  AR: 4,
  CL: 4,
  CO: 4,
  JP: 4,
  SG: 4,
  MY: 4,
  ID: 3,
  TH: 3,
  VN: 3,
  PK: 3,
  BD: 3,
  GH: 3,
  UG: 3,
  EG: 2,
  MT: 2,
  XK: 2,
  RS: 2,
  PL: 2,
  FJ: 2,
};
const random = seeded(13);
const people: string[] = Object.entries(weights).flatMap(([code, n]) =>
  Array<string>(n).fill(code),
);
while (people.length < 392) people.push("AU");
const shuffled = people.map((code) => ({ code, key: random() })).sort((a, b) => a.key - b.key);
const pairCounts = new Map<string, number>();
for (let i = 0; i + 1 < shuffled.length; i += 2) {
  const [a, b] = [shuffled[i]!.code, shuffled[i + 1]!.code].sort();
  pairCounts.set(`${a}-${b}`, (pairCounts.get(`${a}-${b}`) ?? 0) + 1);
}
const countries = Object.entries(weights).map(([code, count]) => ({ code, count }));
const links = [...pairCounts].map(([key, count]) => {
  const [from, to] = key.split("-") as [string, string];
  return { from, to, count };
});

const body = renderToStaticMarkup(
  <main className="page">
    <h1>Round report sample</h1>
    <WorldMap
      id="map"
      title="Where the participants live"
      description={`${people.length} participants from ${countries.length} countries in ${pairCounts.size} pairs of countries; most in Australia and the United States.`}
      countries={countries}
      links={links}
      locale={locale}
      labels={{
        country: "Country",
        participants: "Participants",
        countryPair: "Countries",
        partnerships: "Partnerships",
        countriesCaption: "Participants by country",
        pairsCaption: "Partnerships between countries",
        empty: "No participants yet.",
        tablesSummary: "The numbers",
      }}
    />
    <BarChart
      id="sectors"
      title="Applications by sector"
      description="Academic libraries sent the most applications."
      locale={locale}
      bars={[
        {
          label: "Academic and research libraries (universities, colleges, research institutes)",
          value: 164,
        },
        { label: "Public libraries", value: 121 },
        {
          label: "Special libraries: law, health, corporate, government departments and agencies",
          value: 58,
        },
        { label: "School libraries", value: 31 },
        { label: "National libraries", value: 12 },
        { label: "Archives", value: 0 },
      ]}
      labels={{ category: "Sector", value: "Applications", empty: "No applications." }}
    />
    <ColumnChart
      id="applications"
      title="Applications per day"
      description="Applications came in over 30 days, most in the first week."
      locale={locale}
      points={Array.from({ length: 30 }, (_, day) => ({
        label: new Date(Date.UTC(2026, 2, 1 + day)).toLocaleDateString(locale, {
          day: "numeric",
          month: "short",
          timeZone: "UTC",
        }),
        value: Math.round(40 * Math.exp(-day / 6) + 3 * random()),
      }))}
      labels={{ category: "Day", value: "Applications", empty: "No applications." }}
    />
    <ColumnChart
      id="meetings"
      title="Meetings per week"
      description="Pairs met most in the first weeks."
      locale={locale}
      points={[34, 51, 47, 40, 38, 29, 31, 22, 25, 18].map((value, week) => ({
        label: `Week ${week + 1}`,
        value,
      }))}
      labels={{ category: "Week", value: "Meetings", empty: "No meetings." }}
    />
    <ScaleChart
      id="satisfaction"
      title="How satisfied were you with the programme?"
      description="Most answered 4 or 5."
      locale={locale}
      counts={[3, 8, 31, 102, 121]}
      mean={4.25}
      labels={{
        point: "Answer",
        answers: "Responses",
        mean: "Mean",
        empty: "Nobody answered.",
        points: ["1 – Not at all", "2", "3", "4", "5 – Very"],
      }}
    />
    <BarChart
      id="nothing"
      title="Suggestions by theme"
      description="Nothing yet."
      locale={locale}
      bars={[]}
      labels={{ category: "Theme", value: "Suggestions", empty: "No suggestions yet." }}
    />
  </main>,
);
const styles = ["src/web/styles.css", "src/web/shared/charts/charts.css"]
  .map((path) => readFileSync(`${root}${path}`, "utf8"))
  .join("\n");
const html = `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Chart sample</title><style>${styles} .page{max-width:72rem;margin:0 auto;padding:1rem}</style></head><body>${body}</body></html>`;

mkdirSync(outDir, { recursive: true });
writeFileSync(`${outDir}/chart-sample.html`, html);
const mapSvg = body.slice(body.indexOf("<svg"), body.indexOf("</svg>") + 6);
console.log(`map svg ${Buffer.byteLength(mapSvg)} bytes, ${pairCounts.size} pairs`);

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: ["--no-sandbox"],
});
try {
  for (const [name, width] of [
    ["chart-sample", 1100],
    ["chart-sample-phone", 390],
  ] as const) {
    const context = await browser.newContext({ viewport: { width, height: 900 } });
    const page = await context.newPage();
    await page.goto(`file://${outDir}/chart-sample.html`);
    await page.screenshot({ path: `${outDir}/${name}.png`, fullPage: true });
    // Each chart's caption and drawing on its own, small enough to look at closely.
    for (const figure of await page.locator("figure.chart").all()) {
      const id = await figure.getAttribute("id");
      const top = await figure.boundingBox();
      const drawing = figure.locator(".chart-drawing, .chart-empty").first();
      const bottom = await drawing.boundingBox();
      if (!top || !bottom) continue;
      await page.screenshot({
        path: `${outDir}/${name}-${id}.png`,
        fullPage: true,
        clip: { x: top.x, y: top.y, width: top.width, height: bottom.y + bottom.height - top.y },
      });
    }
    if (name === "chart-sample") {
      await page.emulateMedia({ media: "print" });
      const folded = page.locator("#map .chart-table td").first();
      console.log(
        `folded tables print unfolded: ${await folded.evaluate((td) => td.checkVisibility())}`,
      );
      await page.screenshot({ path: `${outDir}/chart-sample-print.png`, fullPage: true });
      await page.pdf({ path: `${outDir}/chart-sample.pdf`, format: "A4", printBackground: false });
      await page.emulateMedia({ media: "screen" });
      const results = await new AxeBuilder({ page })
        .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
        .analyze();
      for (const v of results.violations) {
        console.log(
          `axe ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`,
        );
      }
      console.log(
        `axe: ${results.violations.length} violations, ${results.passes.length} rules passed`,
      );
      if (results.violations.length > 0) process.exitCode = 1;
    }
    await context.close();
  }
} finally {
  await browser.close();
}
