import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { MemberView } from "../../../use-cases/matching/view-run.ts";
import { countryName } from "../../../i18n/format-weekly-hours.ts";

export function UnmatchedList(props: {
  unmatched: { person: MemberView; reason: string }[];
  personPath: (id: string) => string;
}) {
  const { t, i18n } = useTranslation("matching");
  if (props.unmatched.length === 0) return <p>{t("result.noUnmatched")}</p>;
  return (
    <ul>
      {props.unmatched.map(({ person, reason }) => (
        <li key={person.id}>
          <Link to={props.personPath(person.id)}>
            <bdi>{person.name}</bdi>
          </Link>{" "}
          <span className="muted">
            ({countryName(person.country, i18n.language)} ·{" "}
            {t(`vocabulary:sector.${person.sector}`)})
          </span>
          : {t(`unmatchedReason.${reason}`)}
        </li>
      ))}
    </ul>
  );
}
