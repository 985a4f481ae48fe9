import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { BarChart, type BarChartProps } from "./bar-chart.tsx";
import { svgOf, svgTexts, tableRows } from "./read-chart-markup.ts";

const labels: BarChartProps["labels"] = {
  category: "Sector",
  value: "Applications",
  empty: "No applications yet.",
};

function render(props: Partial<BarChartProps>): string {
  return renderToStaticMarkup(
    <BarChart
      id="sectors"
      title="Applications by sector"
      description="Most applicants work in academic libraries."
      bars={[]}
      locale="en"
      labels={labels}
      {...props}
    />,
  );
}

/** The drawn bars' widths, top to bottom (the hairline at 0 left out). */
function barWidths(html: string): number[] {
  return [...svgOf(html).matchAll(/<rect x="0" y="[\d.]+" width="([\d.]+)"/g)]
    .map((match) => Number(match[1]))
    .filter((_, index) => index % 2 === 0);
}

describe("BarChart", () => {
  it("prints each value at its bar's end and lists every bar in the table, in the reader's language", () => {
    const html = render({
      locale: "fr",
      bars: [
        { label: "Academic libraries", value: 1204 },
        { label: "Public libraries", value: 602 },
      ],
    });
    expect(svgTexts(html)).toEqual(["Academic libraries", "1\u202f204", "Public libraries", "602"]);
    expect(tableRows(html, "Applications by sector")).toEqual([
      ["Academic libraries", "1\u202f204"],
      ["Public libraries", "602"],
    ]);
    const [first, second] = barWidths(html);
    expect(second! / first!).toBeCloseTo(0.5, 2);
  });

  it("draws a bar of 0 as nothing but still prints its 0", () => {
    const html = render({
      bars: [
        { label: "Archives", value: 0 },
        { label: "Museums", value: 0 },
      ],
    });
    expect(barWidths(html)).toEqual([0, 0]);
    expect(svgTexts(html)).toEqual(["Archives", "0", "Museums", "0"]);
    expect(html).not.toContain("NaN");
  });

  it("draws a single bar at full length", () => {
    const html = render({ bars: [{ label: "Public libraries", value: 7 }] });
    expect(barWidths(html)).toHaveLength(1);
    expect(barWidths(html)[0]).toBeGreaterThan(400);
    expect(tableRows(html, "Applications by sector")).toEqual([["Public libraries", "7"]]);
  });

  it("wraps a long label in the drawing and keeps it whole in the table", () => {
    const label =
      "Special libraries: law, health, corporate, government departments and agencies, and other research services";
    const html = render({ bars: [{ label, value: 3 }] });
    expect(svgOf(html).match(/<tspan/g)!.length).toBeGreaterThan(1);
    expect(svgTexts(html).slice(0, -1).join(" ")).toBe(label);
    expect(tableRows(html, "Applications by sector")).toEqual([[label, "3"]]);
  });

  it("draws at most maxBars, adding up the rest as 'other', and still lists every bar in the table", () => {
    const bars = ["A", "B", "C", "D", "E"].map((label, i) => ({ label, value: 10 - i }));
    const html = render({ bars, maxBars: 3, labels: { ...labels, other: "Other" } });
    expect(svgTexts(html)).toEqual(["A", "10", "B", "9", "Other", "21"]);
    expect(tableRows(html, "Applications by sector")).toHaveLength(5);
  });

  it("prints a given value text, e.g. with a share, at the bar and in the table", () => {
    const html = render({ bars: [{ label: "Yes", value: 42, valueText: "42 (35%)" }] });
    expect(svgTexts(html)).toContain("42 (35%)");
    expect(tableRows(html, "Applications by sector")).toEqual([["Yes", "42 (35%)"]]);
  });

  it("is an image named by its title and description, with the table captioned", () => {
    const html = render({
      id: "round-3-sectors",
      bars: [{ label: "Public libraries", value: 7 }],
      labels: { ...labels, caption: "Applications per sector, as numbers" },
    });
    expect(html).toContain(
      'role="img" aria-labelledby="round-3-sectors-title round-3-sectors-desc"',
    );
    expect(html).toContain('<title id="round-3-sectors-title">Applications by sector</title>');
    expect(html).toContain(
      '<desc id="round-3-sectors-desc">Most applicants work in academic libraries.</desc>',
    );
    expect(html).toMatch(/viewBox="0 0 480 \d+" width="100%"/);
    expect(tableRows(html, "Applications per sector, as numbers")).toHaveLength(1);
    expect(html).toContain(
      '<th scope="col">Sector</th><th scope="col" class="numeric">Applications</th>',
    );
  });

  it("says so instead of drawing an empty chart when there are no bars", () => {
    const html = render({ bars: [] });
    expect(html).toContain('<p class="chart-empty">No applications yet.</p>');
    expect(html).not.toContain("<svg");
    expect(html).not.toContain("<table");
  });

  it("folds its table under a disclosure when asked", () => {
    const html = render({
      bars: [{ label: "Public libraries", value: 7 }],
      labels: { ...labels, tablesSummary: "The numbers" },
    });
    expect(html).toMatch(/<details class="chart-tables"><summary>The numbers<\/summary>.*<table>/);
  });
});
