import { useFixedT } from "../../../shared/use-fixed-t.ts";
import { useInAppLinks } from "../../../shared/use-in-app-links.ts";
import { useNumberFormat } from "../../../shared/use-number-format.ts";
import type { Count } from "../../../../use-cases/applications/list-applicants.ts";

// Short lists flowing into as many columns as fit: 40 countries stay on one screen.
const columns = { columns: "13rem", columnGap: "2rem", listStyle: "none", padding: 0 } as const;

/** How many applied from each country and sector (whole round); each links to its filter. */
export function ApplicantCounts(props: {
  roundId: string;
  country: Count[];
  sector: Count[];
  countryNames: Record<string, string>;
}) {
  const t = useFixedT("applications");
  const number = useNumberFormat();
  const links = useInAppLinks<HTMLElement>();
  const listPath = `/facilitate/rounds/${props.roundId}/applicants`;
  const lists = [
    {
      key: "country",
      heading: t("counts.byCountry", { count: props.country.length }),
      rows: props.country.map((c) => ({ ...c, label: props.countryNames[c.value] ?? c.value })),
    },
    {
      key: "sector",
      heading: t("counts.bySector"),
      rows: props.sector.map((c) => ({ ...c, label: t(`vocabulary:sector.${c.value}`) })),
    },
  ];
  return (
    <section aria-labelledby="counts-heading" ref={links}>
      <h2 id="counts-heading">{t("counts.title")}</h2>
      <p className="muted">{t("counts.hint")}</p>
      {lists.map((list) => (
        <div key={list.key}>
          <h3>{list.heading}</h3>
          <ul style={columns}>
            {list.rows.map((row) => (
              <li key={row.value}>
                <a href={`${listPath}?${list.key}=${encodeURIComponent(row.value)}`}>{row.label}</a>
                : {number.format(row.count)}
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
