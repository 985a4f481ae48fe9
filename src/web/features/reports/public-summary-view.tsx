import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { PublicRoundSummary } from "../../../domain/reports/public-summary.ts";
import type { PublicCount } from "../../../domain/reports/small-counts.ts";
import { countryName } from "../../../domain/vocabulary/countries.ts";
import { WorldMap } from "../../shared/charts/index.ts";
import { useFormatDateTime } from "../../shared/date-time.tsx";
import { useNumberFormat } from "../../shared/use-number-format.ts";
import { FigureList } from "./figure-list.tsx";

/** The public summary's figures and map (public page and facilitators' preview alike). */
export function PublicSummaryView({
  summary: s,
  children,
}: {
  summary: PublicRoundSummary;
  children?: ReactNode;
}) {
  const { t, i18n } = useTranslation("reports");
  const n = useNumberFormat().format;
  const formatDate = useFormatDateTime();
  const locale = i18n.language;
  const count = (c: PublicCount) => ("count" in c ? n(c.count) : t("public.fewerThan"));
  const percent = (p: number | null) =>
    p === null ? t("public.notShown") : t("public.percent", { percent: n(p) });
  const name = (code: string) => countryName(code, locale);
  const collator = new Intl.Collator(locale);
  return (
    <div className="narrow report" style={{ maxWidth: "60rem" }}>
      <h1>{t("public.heading", { round: s.round.name })}</h1>
      <p className="report-meta">
        {t("public.intro", {
          programme: s.programme.name,
          from: formatDate(s.round.startsAt, true),
          to: formatDate(s.round.endsAt, true),
        })}
      </p>
      <FigureList
        figures={[
          { key: "participants", label: t("public.participants"), value: count(s.participants) },
          { key: "countries", label: t("public.countries"), value: count(s.countries) },
          { key: "partnerships", label: t("public.partnerships"), value: count(s.partnerships) },
          { key: "meetings", label: t("public.meetingsHeld"), value: count(s.meetingsHeld) },
          {
            key: "crossCountry",
            label: t("public.crossCountry"),
            value: percent(s.crossCountryPercent),
          },
          { key: "completion", label: t("public.completion"), value: percent(s.completionPercent) },
          {
            key: "response",
            label: t("public.responseRate"),
            value: percent(s.responseRatePercent),
          },
          {
            key: "satisfaction",
            label: t("public.satisfaction"),
            value:
              s.satisfactionMean === null
                ? t("public.notShown")
                : t("public.satisfactionValue", { mean: n(s.satisfactionMean) }),
          },
        ]}
      />
      <p className="muted">{t("public.privacy")}</p>
      <WorldMap
        id="public-map"
        title={t("public.mapTitle")}
        description={t("public.mapDesc", { other: n(s.otherParticipants) })}
        countries={s.byCountry.map((c) => ({ code: c.country, count: c.participants }))}
        // Lines carry no count in public (see PublicRoundSummary.links): they are listed below.
        links={[]}
        locale={locale}
        labels={{
          country: t("map.country"),
          participants: t("map.participants"),
          countryPair: t("map.countryPair"),
          partnerships: t("map.partnerships"),
          countriesCaption: t("map.countriesCaption"),
          pairsCaption: t("map.pairsCaption"),
          empty: t("public.mapEmpty"),
          tablesSummary: t("numbers"),
        }}
      />
      {s.otherParticipants > 0 && (
        <p>
          {t("public.otherCountries")}: {n(s.otherParticipants)}
        </p>
      )}
      <h2>{t("public.met")}</h2>
      {s.links.length === 0 ? (
        <p>{t("public.metNone")}</p>
      ) : (
        <ul>
          {s.links
            .map((l) => [name(l.countryA), name(l.countryB)].sort(collator.compare).join(" – "))
            .sort(collator.compare)
            .map((text) => (
              <li key={text}>{text}</li>
            ))}
        </ul>
      )}
      {children}
    </div>
  );
}
