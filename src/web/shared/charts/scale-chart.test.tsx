import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { svgTexts, tableRows } from "./read-chart-markup.ts";
import { ScaleChart, type ScaleChartProps } from "./scale-chart.tsx";

const labels: ScaleChartProps["labels"] = {
  point: "Answer",
  answers: "Responses",
  mean: "Mean",
  empty: "Nobody answered.",
};

function render(props: Partial<ScaleChartProps>): string {
  return renderToStaticMarkup(
    <ScaleChart
      id="satisfaction"
      title="How satisfied were you?"
      description="Most answered 4 or 5."
      counts={[0, 0, 0, 0, 0]}
      mean={null}
      locale="en"
      labels={labels}
      {...props}
    />,
  );
}

describe("ScaleChart", () => {
  it("has a bar per point of the scale, lowest first, and the mean under the bars and in the table", () => {
    const html = render({
      counts: [3, 8, 31, 102, 121],
      mean: 4.245,
      labels: { ...labels, points: ["1 – Not at all", "2", "3", "4", "5 – Very"] },
    });
    expect(svgTexts(html)).toEqual([
      "1 – Not at all",
      "3",
      "2",
      "8",
      "3",
      "31",
      "4",
      "102",
      "5 – Very",
      "121",
    ]);
    const rows = tableRows(html, "How satisfied were you?");
    expect(rows).toHaveLength(6);
    expect(rows[5]).toEqual(["Mean", "4.2"]);
    expect(html).toContain('<p class="chart-note">Mean <strong>4.2</strong></p>');
  });

  it("labels the points 1 to 5 in the reader's numerals when no labels are given", () => {
    const html = render({ counts: [1, 0, 0, 0, 1], mean: 3, locale: "fr" });
    expect(tableRows(html, "How satisfied were you?").map((row) => row[0])).toEqual([
      "1",
      "2",
      "3",
      "4",
      "5",
      "Mean",
    ]);
  });

  it("says so when nobody answered", () => {
    const html = render({ counts: [0, 0, 0, 0, 0], mean: null });
    expect(html).toContain("Nobody answered.");
    expect(html).not.toContain("<svg");
  });
});
