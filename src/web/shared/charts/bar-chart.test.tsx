import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { BarChart, type BarChartProps } from "./bar-chart.tsx";

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

describe("BarChart", () => {
  it("prints each value at the end of its bar and in the table", () => {
    const html = render({
      bars: [
        { label: "Academic libraries", value: 1204 },
        { label: "Public libraries", value: 0 },
      ],
    });
    expect(html.match(/1,204/g)).toHaveLength(2);
    expect(html).toContain('<th scope="row">Public libraries</th>');
  });
});
