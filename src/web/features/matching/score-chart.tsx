import { useFixedT } from "../../shared/use-fixed-t.ts";
import { useId } from "react";
import { useNumberFormat } from "../../shared/use-number-format.ts";
import { barLayout, scoreHistogram } from "./score-histogram.ts";

const WIDTH = 600;
const HEIGHT = 160;
const AXIS = 24;

/** The score distribution as server-rendered SVG bars, with the numbers as a table beside it. */
export function ScoreChart({ scores }: { scores: number[] }) {
  const t = useFixedT("matching");
  const number = useNumberFormat();
  const id = useId();
  const bands = scoreHistogram(scores);
  const bars = barLayout(bands, { width: WIDTH, height: HEIGHT - 16 });
  const max = bands[bands.length - 1]!.to;
  return (
    <figure className="score-chart">
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT + AXIS}`}
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
        style={{ width: "100%", maxWidth: "40rem", height: "auto" }}
      >
        <title id={`${id}-title`}>{t("result.chartTitle")}</title>
        <desc id={`${id}-desc`}>
          {t("result.chartDesc", { min: number.format(0), max: number.format(max) })}
        </desc>
        {bars.map((bar, i) => (
          <g key={i}>
            <rect x={bar.x} y={bar.y + 16} width={bar.width} height={bar.height} fill="#0f5e5a" />
            {bands[i]!.count > 0 && (
              <text
                x={bar.x + bar.width / 2}
                y={bar.y + 12}
                textAnchor="middle"
                fontSize="12"
                fill="#1a1a1a"
              >
                {number.format(bands[i]!.count)}
              </text>
            )}
            <text
              x={bar.x + bar.width / 2}
              y={HEIGHT + 16}
              textAnchor="middle"
              fontSize="11"
              fill="#444"
            >
              {number.format(bands[i]!.from)}
            </text>
          </g>
        ))}
        <line x1={0} x2={WIDTH} y1={HEIGHT} y2={HEIGHT} stroke="#444" />
      </svg>
      <figcaption>
        {t("result.chartDesc", { min: number.format(0), max: number.format(max) })}
      </figcaption>
      <details>
        <summary>{t("result.chartNumbers")}</summary>
        <table>
          <thead>
            <tr>
              <th scope="col">{t("result.band")}</th>
              <th scope="col">{t("result.bandCount")}</th>
            </tr>
          </thead>
          <tbody>
            {bands.map((band) => (
              <tr key={band.from}>
                <td>{`${number.format(band.from)}–${number.format(band.to)}`}</td>
                <td>{number.format(band.count)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
