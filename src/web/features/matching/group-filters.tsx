import { useTranslation } from "react-i18next";
import { Form } from "react-router";
import { countryName } from "../../../i18n/format-weekly-hours.ts";
import { FilterSelect } from "../../shared/filter-select.tsx";

/** Search by name, country and sector; sort by score (weakest first finds the pairs to check). */
export function GroupFilters(props: {
  filters: { name: string; country: string; sector: string; sort: string };
  countries: string[];
  sectors: string[];
}) {
  const { t, i18n } = useTranslation("matching");
  const { filters } = props;
  const countries = props.countries
    .map((code) => ({ value: code, label: countryName(code, i18n.language) }))
    .sort((a, b) => a.label.localeCompare(b.label, i18n.language));
  return (
    <Form method="get" className="filters">
      <div className="field">
        <label htmlFor="filter-name">{t("result.filterName")}</label>
        <input id="filter-name" name="name" type="search" defaultValue={filters.name} />
      </div>
      <FilterSelect
        name="country"
        label={t("result.filterCountry")}
        value={filters.country}
        anyLabel={t("result.anyCountry")}
        options={countries}
      />
      <FilterSelect
        name="sector"
        label={t("result.filterSector")}
        value={filters.sector}
        anyLabel={t("result.anySector")}
        options={props.sectors.map((s) => ({ value: s, label: t(`vocabulary:sector.${s}`) }))}
      />
      <FilterSelect
        name="sort"
        label={t("result.filterSort")}
        value={filters.sort}
        options={(["order", "score-asc", "score-desc"] as const).map((s) => ({
          value: s,
          label: t(`result.sort.${s}`),
        }))}
      />
      <button type="submit" className="button button--secondary">
        {t("result.filter")}
      </button>
    </Form>
  );
}
