import { useTranslation } from "react-i18next";
import { Form, Link } from "react-router";
import { APPLICATION_STATUSES } from "../../../../domain/application-status.ts";
import { SECTORS } from "../../../../domain/vocabulary.ts";
import type { ApplicantFilters } from "../../../../use-cases/ports.ts";
import type { Option } from "../../apply/form-values.ts";

/** Search and filters as a GET form, so results have a URL and work without JavaScript. */
export function ApplicantFilterForm(props: {
  filters: ApplicantFilters;
  /** Countries that applicants come from (the only useful choices), by name. */
  countries: { code: string; name: string }[];
  /** Every language, named in the reader's language (apply/option-lists.server.ts). */
  languages: Option[];
  clearPath: string;
}) {
  const { t } = useTranslation("applicants");
  const { filters } = props;
  return (
    <Form method="get" className="filters" role="search" aria-label={t("filters.label")}>
      <div className="field">
        <label htmlFor="filter-q">{t("filters.search")}</label>
        <input id="filter-q" name="q" type="search" defaultValue={filters.search ?? ""} />
      </div>
      <div className="field">
        <label htmlFor="filter-country">{t("filters.country")}</label>
        <select id="filter-country" name="country" defaultValue={filters.country ?? ""}>
          <option value="">{t("filters.any")}</option>
          {props.countries.map((c) => (
            <option key={c.code} value={c.code}>
              {c.name}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="filter-sector">{t("filters.sector")}</label>
        <select id="filter-sector" name="sector" defaultValue={filters.sector ?? ""}>
          <option value="">{t("filters.any")}</option>
          {SECTORS.map((sector) => (
            <option key={sector} value={sector}>
              {t(`vocabulary:sector.${sector}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="filter-language">{t("filters.language")}</label>
        <select id="filter-language" name="language" defaultValue={filters.language ?? ""}>
          <option value="">{t("filters.any")}</option>
          {props.languages.map((l) => (
            <option key={l.value} value={l.value}>
              {l.label}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="filter-status">{t("filters.status")}</label>
        <select id="filter-status" name="status" defaultValue={filters.status ?? ""}>
          <option value="">{t("filters.any")}</option>
          {APPLICATION_STATUSES.map((status) => (
            <option key={status} value={status}>
              {t(`vocabulary:status.${status}`)}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="button button--secondary">
        {t("filters.submit")}
      </button>
      <Link to={props.clearPath}>{t("common:actions.clear")}</Link>
    </Form>
  );
}
