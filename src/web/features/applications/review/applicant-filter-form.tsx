import { useFixedT } from "../../../shared/use-fixed-t.ts";
import { Form, Link } from "react-router";
import { APPLICATION_STATUSES } from "../../../../domain/applications/application-status.ts";
import { SECTORS } from "../../../../domain/vocabulary/vocabulary.ts";
import type { ApplicantFilters } from "../../../../domain/applications/applicant-filters.ts";
import type { Option } from "../apply/form-values.ts";
import { FilterSelect } from "../../../shared/filter-select.tsx";

/** Search and filters as a GET form, so results have a URL and work without JavaScript. */
export function ApplicantFilterForm(props: {
  filters: ApplicantFilters;
  /** Countries that applicants come from (the only useful choices), by name. */
  countries: { code: string; name: string }[];
  /** Every language, named in the reader's language (apply/option-lists.ts). */
  languages: Option[];
  clearPath: string;
}) {
  const t = useFixedT("applications");
  const { filters } = props;
  return (
    <Form method="get" className="filters" role="search" aria-label={t("filters.label")}>
      <div className="field">
        <label htmlFor="filter-q">{t("filters.search")}</label>
        <input id="filter-q" name="q" type="search" defaultValue={filters.search ?? ""} />
      </div>
      <FilterSelect
        name="country"
        label={t("filters.country")}
        value={filters.country ?? ""}
        anyLabel={t("filters.any")}
        options={props.countries.map((c) => ({ value: c.code, label: c.name }))}
      />
      <FilterSelect
        name="sector"
        label={t("filters.sector")}
        value={filters.sector ?? ""}
        anyLabel={t("filters.any")}
        options={SECTORS.map((sector) => ({
          value: sector,
          label: t(`vocabulary:sector.${sector}`),
        }))}
      />
      <FilterSelect
        name="language"
        label={t("filters.language")}
        value={filters.language ?? ""}
        anyLabel={t("filters.any")}
        options={props.languages}
      />
      <FilterSelect
        name="status"
        label={t("filters.status")}
        value={filters.status ?? ""}
        anyLabel={t("filters.any")}
        options={APPLICATION_STATUSES.map((status) => ({
          value: status,
          label: t(`vocabulary:status.${status}`),
        }))}
      />
      <button type="submit" className="button button--secondary">
        {t("filters.submit")}
      </button>
      <Link to={props.clearPath}>{t("common:actions.clear")}</Link>
    </Form>
  );
}
