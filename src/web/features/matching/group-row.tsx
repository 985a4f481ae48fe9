import { useTranslation } from "react-i18next";
import { Form, Link } from "react-router";
import type { RunGroup } from "../../../domain/matching/matching-run-types.ts";
import type { MemberView } from "../../../use-cases/matching/view-run.ts";
import { countryName } from "../../../i18n/format-weekly-hours.ts";
import { explanationSentence } from "./explanation-sentence.ts";
import { NameList } from "../../shared/with-names.tsx";
import { useNumberFormat } from "../../shared/use-number-format.ts";

export const SWAP_FORM_ID = "swap-form";

/** One pair, triad or mentorship of a result: members, score, why, and the adjust actions. */
export function GroupRow(props: {
  group: RunGroup;
  members: MemberView[];
  personPath: (id: string) => string;
  editable: boolean;
}) {
  const { t, i18n } = useTranslation("matching");
  const number = useNumberFormat();
  const { group, members } = props;
  const names = members.map((m) => m.name).join(" & ");
  const nameOf = (id: string) => members.find((m) => m.id === id)?.name ?? "?";
  const actions = group.locked ? ["unlock", "block", "unmatch"] : ["lock", "block", "unmatch"];
  return (
    <tr>
      {props.editable && (
        <td>
          {group.kind === "pair" && (
            <input
              type="checkbox"
              name="swap"
              value={group.key}
              form={SWAP_FORM_ID}
              aria-label={t("result.select", { names })}
            />
          )}
        </td>
      )}
      <td>
        <ul className="plain-list">
          {members.map((m, i) => (
            <li key={m.id}>
              <Link to={props.personPath(m.id)}>
                <bdi>{m.name}</bdi>
              </Link>
              {group.kind === "mentorship" && i === 0 && <> ({t("result.mentor")})</>}
              <br />
              <span className="muted">
                {countryName(m.country, i18n.language)} · {t(`vocabulary:sector.${m.sector}`)}
                {m.library && ` · ${m.library}`}
              </span>
            </li>
          ))}
        </ul>
        {group.kind !== "pair" && <span className="badge">{t(`result.kind.${group.kind}`)}</span>}
      </td>
      <td>
        <strong>{number.format(group.score)}</strong>
        {group.locked && (
          <>
            {" "}
            <span className="badge">{t("result.locked")}</span>
          </>
        )}
        {group.manual && (
          <>
            {" "}
            <span className="badge">{t("result.manual")}</span>
          </>
        )}
      </td>
      <td>
        {group.hardRuleBreaks.length > 0 && (
          <p className="notice notice--warn">
            {t("result.breaks", {
              rules: group.hardRuleBreaks.map((r) => t(`hardRule.${r}`)).join(", "),
            })}
          </p>
        )}
        {group.links.map((link) => (
          <p key={link.ids.join()} className="explanation">
            {group.links.length > 1 && (
              <>
                <NameList names={[nameOf(link.ids[0]), nameOf(link.ids[1])]} /> (
                {number.format(link.score)}):{" "}
              </>
            )}
            {explanationSentence(link.explanation, i18n.t, i18n.language)}
          </p>
        ))}
      </td>
      {props.editable && (
        <td>
          <div className="row-actions">
            {actions.map((action) => (
              // The page comes back where it was, scrolled to this row (preventScrollReset).
              <Form method="post" key={action} preventScrollReset>
                <input type="hidden" name="intent" value="group" />
                <input type="hidden" name="group" value={group.key} />
                <button
                  type="submit"
                  name="action"
                  value={action}
                  className={`button button--small${action === "lock" || action === "unlock" ? "" : " button--secondary"}`}
                  aria-label={t(`result.${action}Label`, { names })}
                >
                  {t(`result.${action}`)}
                </button>
              </Form>
            ))}
          </div>
        </td>
      )}
    </tr>
  );
}
