import { useFixedT } from "../../shared/use-fixed-t.ts";
import { Trans } from "react-i18next";
import type { ReportTable } from "../../../domain/reports/report-tables.ts";
import type { RoundReport } from "../../../domain/reports/round-report.ts";
import { BarChart, WorldMap } from "../../shared/charts/index.ts";
import { DateTime } from "../../shared/date-time.tsx";
import { CsvLink } from "./csv-link.tsx";
import { FigureList } from "./figure-list.tsx";
import { chartTableOf, ReportTableView } from "./report-table.tsx";
import type { ReportWords } from "./report-words.ts";

/** The page lists the most frequent pairs of countries; the CSV has them all. */
const PAIRS_SHOWN = 25;

/** Partnerships by kind, scores, cross-country and cross-sector shares, and the map. */
export function MatchingSection(props: {
  report: RoundReport;
  tables: ReadonlyMap<string, ReportTable>;
  words: ReportWords;
  locale: string;
}) {
  const t = useFixedT("reports");
  const { report, words, locale } = props;
  const { matching, map } = report;
  const roundId = report.round.id;
  if (!matching || !map)
    return (
      <>
        <section aria-labelledby="matching" className="report-section">
          <h2 id="matching">{t("sections.matching")}</h2>
          <p className="notice">{t("notPublished")}</p>
        </section>
        <section aria-labelledby="map" className="report-section">
          <h2 id="map">{t("sections.map")}</h2>
          <p className="notice">{t("notPublished")}</p>
        </section>
      </>
    );
  const n = words.number;
  const share = (percent: number | null, count: number) =>
    percent === null
      ? t("comparison.none")
      : t("matching.crossCountryValue", {
          percent: n(percent),
          count: n(count),
          total: n(matching.scoredPairs),
        });
  const pairs = props.tables.get("country-pairs")!;
  return (
    <>
      <section aria-labelledby="matching" className="report-section">
        <h2 id="matching">{t("sections.matching")}</h2>
        <p>
          <Trans
            t={t}
            i18nKey="matching.publishedOn"
            components={{ date: <DateTime value={matching.publishedAt} dateOnly /> }}
          />
        </p>
        <FigureList
          figures={[
            {
              key: "partnerships",
              label: t("matching.partnerships"),
              value: n(matching.partnerships.total),
              hint: t("matching.partnershipsHint", { count: matching.partnerships.rematched }),
            },
            {
              key: "participants",
              label: t("matching.participants"),
              value: n(matching.participants),
              hint: t("matching.participantsHint"),
            },
            { key: "countries", label: t("matching.countries"), value: n(matching.countries) },
            {
              key: "scored",
              label: t("matching.scoredPairs"),
              value: n(matching.scoredPairs),
              hint: t("matching.scoredPairsHint"),
            },
            {
              key: "mean",
              label: t("matching.meanScore"),
              value: matching.meanScore === null ? t("comparison.none") : n(matching.meanScore),
            },
            {
              key: "lowest",
              label: t("matching.lowestScore"),
              value: matching.lowestScore === null ? t("comparison.none") : n(matching.lowestScore),
            },
            {
              key: "crossCountry",
              label: t("matching.crossCountry"),
              value: share(matching.crossCountryPercent, matching.crossCountry),
            },
            {
              key: "crossSector",
              label: t("matching.crossSector"),
              value: share(matching.crossSectorPercent, matching.crossSector),
            },
          ]}
        />
        <BarChart
          id="chart-partnerships-by-kind"
          title={t("matching.byKindTitle")}
          description={t("matching.byKindDesc", { total: n(matching.partnerships.total) })}
          bars={matching.partnerships.byKind.map((k) => ({
            label: words.word("kind", k.kind),
            value: k.count,
          }))}
          locale={locale}
          labels={{
            category: t("columns.kind"),
            value: t("columns.partnerships"),
            empty: t("map.empty"),
            tablesSummary: t("numbers"),
          }}
        />
        <CsvLink roundId={roundId} table="partnerships-by-kind" />
        <h3>{t("matching.pairsTitle")}</h3>
        <p>{t("matching.pairsDesc")}</p>
        <details className="report-details">
          <summary>{t("numbers")}</summary>
          <ReportTableView
            table={chartTableOf(
              { ...pairs, rows: pairs.rows.slice(0, PAIRS_SHOWN) },
              words,
              t("matching.pairsTitle"),
            )}
          />
          {pairs.rows.length > PAIRS_SHOWN && (
            <p>{t("matching.morePairs", { n: n(pairs.rows.length - PAIRS_SHOWN) })}</p>
          )}
        </details>
        <CsvLink roundId={roundId} table="country-pairs" />
      </section>
      <section aria-labelledby="map" className="report-section">
        <h2 id="map">{t("sections.map")}</h2>
        <WorldMap
          id="chart-map"
          title={t("map.title")}
          description={t("map.description", {
            participants: n(matching.participants),
            countries: n(matching.countries),
            links: n(map.links.length),
          })}
          countries={map.countries.map((c) => ({ code: c.country, count: c.participants }))}
          links={map.links.map((l) => ({ from: l.countryA, to: l.countryB, count: l.pairs }))}
          locale={locale}
          labels={{
            country: t("map.country"),
            participants: t("map.participants"),
            countryPair: t("map.countryPair"),
            partnerships: t("map.partnerships"),
            countriesCaption: t("map.countriesCaption"),
            pairsCaption: t("map.pairsCaption"),
            empty: t("map.empty"),
            tablesSummary: t("numbers"),
          }}
        />
        <CsvLink roundId={roundId} table="participants-by-country" />
      </section>
    </>
  );
}
