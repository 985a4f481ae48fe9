import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ColumnChart, type ColumnChartProps } from "./column-chart.tsx";
import { svgOf, svgTexts, tableRows } from "./read-chart-markup.ts";

const labels: ColumnChartProps["labels"] = {
  category: "Week",
  value: "Meetings",
  empty: "No meetings yet.",
};

function render(props: Partial<ColumnChartProps>): string {
  return renderToStaticMarkup(
    <ColumnChart
      id="meetings"
      title="Meetings per week"
      description="Pairs met most in the first weeks."
      points={[]}
      locale="en"
      labels={labels}
      {...props}
    />,
  );
}

const weeks = (values: number[]) => values.map((value, i) => ({ label: `Week ${i + 1}`, value }));

describe("ColumnChart", () => {
  it("prints each value above its column and each label under it when they fit, and lists all in the table", () => {
    const html = render({ points: weeks([34, 51, 0]) });
    const texts = svgTexts(html);
    expect(texts).toEqual(expect.arrayContaining(["34", "51", "0", "Week 1", "Week 2", "Week 3"]));
    expect(tableRows(html, "Meetings per week")).toEqual([
      ["Week 1", "34"],
      ["Week 2", "51"],
      ["Week 3", "0"],
    ]);
    expect(svgOf(html).match(/<rect /g)).toHaveLength(3);
  });

  it("shows every n-th label when there are too many to fit, and leaves the values to the axis and table", () => {
    const points = Array.from({ length: 60 }, (_, day) => ({
      label: `Mar ${day + 1}`,
      value: day % 7,
    }));
    const html = render({ points });
    const dayLabels = svgTexts(html).filter((text) => text.startsWith("Mar "));
    expect(dayLabels.length).toBeGreaterThan(4);
    expect(dayLabels.length).toBeLessThan(20);
    expect(dayLabels[0]).toBe("Mar 1");
    expect(tableRows(html, "Meetings per week")).toHaveLength(60);
  });

  it("has whole-number ticks only, and draws all-zero counts without breaking", () => {
    const html = render({ points: weeks([0, 0]) });
    expect(html).not.toContain("NaN");
    const ticks = svgTexts(html).filter((text) => /^\d/.test(text));
    expect(ticks.every((tick) => !tick.includes("."))).toBe(true);
    const small = render({ points: weeks([1, 2]) });
    expect(svgTexts(small).filter((text) => text.includes("."))).toEqual([]);
  });

  it("is an image named by its title and description", () => {
    const html = render({ id: "r1-meetings", points: weeks([3]) });
    expect(html).toContain('role="img" aria-labelledby="r1-meetings-title r1-meetings-desc"');
    expect(html).toContain('<title id="r1-meetings-title">Meetings per week</title>');
    expect(html).toContain('<desc id="r1-meetings-desc">Pairs met most in the first weeks.</desc>');
  });

  it("says so instead of drawing an empty chart when there are no points", () => {
    const html = render({ points: [] });
    expect(html).toContain("No meetings yet.");
    expect(html).not.toContain("<svg");
  });
});
