import { useFixedT } from "../../../shared/use-fixed-t.ts";
import { useId } from "react";
import type { WeekCount } from "../../../../domain/rounds/round-life.ts";
import { useNumberFormat } from "../../../shared/use-number-format.ts";

const HEIGHT = 140;
const TOP = 18;
const AXIS = 22;
const BAR = 28;
const GAP = 8;

/**
 * Meetings per week as server-rendered SVG bars (named and described for screen readers),
 * with the same numbers in a table below it.
 */
export function MeetingsChart({ weeks, timeZone }: { weeks: WeekCount[]; timeZone: string }) {
  const t = useFixedT("roundlife");
  const number = useNumberFormat();
  const id = useId();
  const max = Math.max(1, ...weeks.map((w) => w.count));
  const width = Math.max(weeks.length * (BAR + GAP) + GAP, 200);
  const description = t("dashboard.meetings.chartDesc", {
    weeks: weeks.length,
    timeZone,
    max: Math.max(0, ...weeks.map((w) => w.count)),
  });
  return (
    <figure className="meetings-chart">
      <svg
        viewBox={`0 0 ${width} ${TOP + HEIGHT + AXIS}`}
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
        style={{ width: "100%", maxWidth: `${Math.min(width, 640) / 16}rem`, height: "auto" }}
      >
        <title id={`${id}-title`}>{t("dashboard.meetings.chartTitle")}</title>
        <desc id={`${id}-desc`}>{description}</desc>
        {weeks.map((week, i) => {
          const height = Math.round((week.count / max) * HEIGHT);
          const x = GAP + i * (BAR + GAP);
          return (
            <g key={week.week}>
              <rect x={x} y={TOP + HEIGHT - height} width={BAR} height={height} fill="#0f5e5a" />
              <text
                x={x + BAR / 2}
                y={TOP + HEIGHT - height - 4}
                textAnchor="middle"
                fontSize="12"
                fill="#1a1a1a"
              >
                {number.format(week.count)}
              </text>
              <text
                x={x + BAR / 2}
                y={TOP + HEIGHT + 16}
                textAnchor="middle"
                fontSize="11"
                fill="#444"
              >
                {number.format(week.week)}
              </text>
            </g>
          );
        })}
        <line x1={0} x2={width} y1={TOP + HEIGHT} y2={TOP + HEIGHT} stroke="#444" />
      </svg>
      <figcaption>{description}</figcaption>
    </figure>
  );
}
