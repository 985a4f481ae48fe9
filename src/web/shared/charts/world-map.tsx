import type { ReactNode } from "react";
import { countryName } from "../../../domain/vocabulary/countries.ts";
import { numberFormat } from "../use-number-format.ts";
import { ChartFigure, ChartSvg, type ChartTable } from "./chart-figure.tsx";
import { classBreaks, classOf, geometricBreaks } from "./class-breaks.ts";
import { worldGeography } from "./world-geography.ts";

export type WorldMapProps = {
  /** Unique on the page: the SVG's title and description ids derive from it. */
  id: string;
  title: string;
  /** What the map shows in a sentence or two (read by screen readers as the drawing's description). */
  description: string;
  /** Participants per country, ISO 3166-1 alpha-2 (plus XK for Kosovo). */
  countries: readonly { code: string; count: number }[];
  /** Partnerships per pair of countries; A–B and B–A are counted together. */
  links: readonly { from: string; to: string; count: number }[];
  locale: string;
  labels: {
    /** Column header of the countries table, e.g. "Country". */
    country: string;
    /** Column header and colour legend title, e.g. "Participants". */
    participants: string;
    /** Column header of the pairs table, e.g. "Countries". */
    countryPair: string;
    /** Column header and line legend title, e.g. "Partnerships". */
    partnerships: string;
    countriesCaption: string;
    pairsCaption: string;
    /** Shown instead of the map when no country has a participant. */
    empty: string;
    /** When set, the tables fold under a disclosure with this summary, e.g. "The numbers". */
    tablesSummary?: string;
  };
};

/** Light to dark (ColorBrewer YlGnBu, without its palest yellow, which is too close to white). */
const SHADES = ["#c7e9b4", "#7fcdbb", "#41b6c4", "#2c7fb8", "#253494"];
const NO_PARTICIPANTS = "#e3e3e3";
const LINK_COLOUR = "#d95f02";
const LINK_STYLES = [
  { width: 0.8, opacity: 0.55 },
  { width: 1.2, opacity: 0.55 },
  { width: 2, opacity: 0.7 },
  { width: 3.2, opacity: 0.85 },
];

/**
 * Countries shaded by participants and great-circle lines between partners' countries, drawn
 * on the server. Countries too small for the atlas get a dot; every country and pair is in the
 * tables, placed or not.
 */
export function WorldMap({
  id,
  title,
  description,
  countries,
  links,
  locale,
  labels,
}: WorldMapProps) {
  const format = numberFormat(locale).format;
  const nameOf = (code: string) => countryName(code, locale);
  const collator = new Intl.Collator(locale);

  const countByCode = new Map<string, number>();
  for (const { code, count } of countries)
    countByCode.set(code, (countByCode.get(code) ?? 0) + count);
  const pairs = mergePairs(links, nameOf, collator);

  const countriesTable: ChartTable = {
    caption: labels.countriesCaption,
    columns: [{ header: labels.country }, { header: labels.participants, numeric: true }],
    rows: [...countByCode]
      .map(([code, count]) => ({ code, count, name: nameOf(code) }))
      .sort((a, b) => b.count - a.count || collator.compare(a.name, b.name))
      .map(({ code, count, name }) => ({ key: code, cells: [name, format(count)] })),
  };
  const pairsTable: ChartTable = {
    caption: labels.pairsCaption,
    columns: [{ header: labels.countryPair }, { header: labels.partnerships, numeric: true }],
    rows: pairs.map((pair) => ({ key: pair.key, cells: [pair.label, format(pair.count)] })),
  };

  const hasParticipants = [...countByCode.values()].some((count) => count > 0);
  if (!hasParticipants) {
    return (
      <ChartFigure
        id={id}
        title={title}
        description={description}
        tables={[]}
        emptyText={labels.empty}
        className="chart-map"
      />
    );
  }

  const geography = worldGeography();
  const shadeRanges = classBreaks([...countByCode.values()], SHADES.length);
  const shadeOf = (count: number) => {
    const index = classOf(count, shadeRanges);
    return index < 0 ? NO_PARTICIPANTS : SHADES[index + SHADES.length - shadeRanges.length]!;
  };
  // A pair within one country has no line (the table has it), nor has a pair counted 0.
  const crossing = pairs.filter((pair) => pair.from !== pair.to && pair.count > 0);
  const linkRanges = geometricBreaks(
    Math.max(0, ...crossing.map((pair) => pair.count)),
    LINK_STYLES.length,
  );
  const linkStyleOf = (index: number) =>
    LINK_STYLES[index + LINK_STYLES.length - linkRanges.length]!;
  const arcsByClass: string[][] = linkRanges.map(() => []);
  for (const pair of crossing) {
    const d = geography.arcBetween(pair.from, pair.to);
    if (d) arcsByClass[classOf(pair.count, linkRanges)]!.push(d);
  }
  const dots = [...countByCode]
    .filter(([code, count]) => count > 0 && !geography.isDrawn(code))
    .flatMap(([code, count]) => {
      const at = geography.anchorOf(code);
      return at ? [{ code, count, at }] : [];
    });

  const legend = (
    <div className="chart-legend" aria-hidden="true">
      <LegendRow title={labels.participants}>
        {shadeRanges.map((range, index) => (
          <LegendItem key={index} text={rangeText(range, format)}>
            <rect
              width="18"
              height="12"
              y="1"
              fill={shadeOf(range[0])}
              stroke="#666"
              strokeWidth="0.5"
            />
          </LegendItem>
        ))}
      </LegendRow>
      {linkRanges.length > 0 && (
        <LegendRow title={labels.partnerships}>
          {linkRanges.map((range, index) => (
            <LegendItem key={index} text={rangeText(range, format)}>
              <line
                x1="0"
                x2="18"
                y1="7"
                y2="7"
                stroke={LINK_COLOUR}
                strokeWidth={linkStyleOf(index).width * 1.2}
                strokeOpacity={linkStyleOf(index).opacity}
              />
            </LegendItem>
          ))}
        </LegendRow>
      )}
    </div>
  );

  return (
    <ChartFigure
      id={id}
      title={title}
      description={description}
      tables={links.length > 0 ? [countriesTable, pairsTable] : [countriesTable]}
      legend={legend}
      className="chart-map"
      tablesSummary={labels.tablesSummary}
    >
      <ChartSvg
        id={id}
        title={title}
        description={description}
        width={geography.width}
        height={geography.height}
      >
        <g stroke="#ffffff" strokeWidth="0.5" strokeLinejoin="round">
          {geography.outlines.map((outline, index) => (
            <path key={index} d={outline.d} fill={shadeOf(countByCode.get(outline.code) ?? 0)} />
          ))}
        </g>
        <g fill="none" stroke={LINK_COLOUR} strokeLinecap="round">
          {arcsByClass.map((arcs, index) => (
            <g
              key={index}
              strokeWidth={linkStyleOf(index).width}
              strokeOpacity={linkStyleOf(index).opacity}
            >
              {arcs.map((d, arc) => (
                <path key={arc} d={d} />
              ))}
            </g>
          ))}
        </g>
        <g stroke="#1a1a1a" strokeWidth="0.75">
          {dots.map((dot) => (
            <circle key={dot.code} cx={dot.at[0]} cy={dot.at[1]} r="3" fill={shadeOf(dot.count)} />
          ))}
        </g>
      </ChartSvg>
    </ChartFigure>
  );
}

type Pair = { key: string; from: string; to: string; count: number; label: string };

function mergePairs(
  links: WorldMapProps["links"],
  nameOf: (code: string) => string,
  collator: Intl.Collator,
): Pair[] {
  const byKey = new Map<string, Pair>();
  for (const link of links) {
    const [from, to] = link.from <= link.to ? [link.from, link.to] : [link.to, link.from];
    const key = `${from}-${to}`;
    const existing = byKey.get(key);
    if (existing) existing.count += link.count;
    else {
      const names =
        from === to ? [nameOf(from)] : [nameOf(from), nameOf(to)].sort(collator.compare);
      byKey.set(key, { key, from, to, count: link.count, label: names.join(" – ") });
    }
  }
  return [...byKey.values()].sort(
    (a, b) => b.count - a.count || collator.compare(a.label, b.label),
  );
}

function rangeText([low, high]: [number, number], format: (n: number) => string): string {
  return low === high ? format(low) : `${format(low)}–${format(high)}`;
}

function LegendRow({ title, children }: { title: string; children: ReactNode }) {
  return (
    <div className="chart-legend-row">
      <span className="chart-legend-title">{title}</span>
      {children}
    </div>
  );
}

function LegendItem({ text, children }: { text: string; children: ReactNode }) {
  return (
    <span className="chart-legend-item">
      <svg width="18" height="14" viewBox="0 0 18 14" focusable="false">
        {children}
      </svg>
      {text}
    </span>
  );
}
