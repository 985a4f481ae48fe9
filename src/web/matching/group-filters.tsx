import { useTranslation } from "react-i18next";
import { Form } from "react-router";
import { countryName } from "../../i18n/format-weekly-hours.ts";

/** Search by name, country and sector; sort by score (weakest first finds the pairs to check). */
export function GroupFilters(props: {
  filters: { name: string; country: string; sector: string; sort: string };
  countries: string[];
  sectors: string[];
}) {
  const { t, i18n } = useTranslation("matching");
  const { filters } = props;
  const countries = props.countries
    .map((code) => ({ code, name: countryName(code, i18n.language) }))
    .sort((a, b) => a.name.localeCompare(b.name, i18n.language));
  return (
    <Form method="get" className="filters">
      <div className="field">
        <label htmlFor="filter-name">{t("result.filterName")}</label>
        <input id="filter-name" name="name" type="search" defaultValue={filters.name} />
      </div>
      <div className="field">
        <label htmlFor="filter-country">{t("result.filterCountry")}</label>
        <select id="filter-country" name="country" defaultValue={filters.country}>
          <option value="">{t("result.anyCountry")}</option>
          {countries.map((c) => (
            <option key={c.code} value={c.code}>
              {c.name}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="filter-sector">{t("result.filterSector")}</label>
        <select id="filter-sector" name="sector" defaultValue={filters.sector}>
          <option value="">{t("result.anySector")}</option>
          {props.sectors.map((s) => (
            <option key={s} value={s}>
              {t(`vocabulary:sector.${s}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="filter-sort">{t("result.filterSort")}</label>
        <select id="filter-sort" name="sort" defaultValue={filters.sort}>
          {(["order", "score-asc", "score-desc"] as const).map((s) => (
            <option key={s} value={s}>
              {t(`result.sort.${s}`)}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="button button--secondary">
        {t("result.filter")}
      </button>
    </Form>
  );
}
