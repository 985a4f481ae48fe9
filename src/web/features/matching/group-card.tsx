import { useTranslation } from "react-i18next";
import type { RunGroup } from "../../../domain/matching/matching-run-types.ts";
import { explanationSentence } from "./explanation-sentence.ts";
import { NameList } from "../../shared/with-names.tsx";
import { useNumberFormat } from "../../shared/use-number-format.ts";

/** A group's names, score, the hard rules it would break and why it scores so, for the swap and compare pages. */
export function GroupSummary({
  group,
  nameOf,
  proposed = false,
}: {
  group: RunGroup;
  nameOf: (id: string) => string;
  /** A change not made yet: its hard-rule breaks are not confirmed. */
  proposed?: boolean;
}) {
  const { t, i18n } = useTranslation("matching");
  const number = useNumberFormat();
  return (
    <div>
      <p>
        <strong>
          <NameList names={group.memberIds.map(nameOf)} />
        </strong>{" "}
        — {number.format(group.score)}
      </p>
      {group.hardRuleBreaks.length > 0 && (
        <p className="notice notice--warn">
          {t(proposed ? "result.wouldBreak" : "result.breaks", {
            rules: group.hardRuleBreaks.map((r) => t(`hardRule.${r}`)).join(", "),
          })}
        </p>
      )}
      {group.links.map((link) => (
        <p key={link.ids.join()} className="explanation">
          {explanationSentence(link.explanation, i18n.t, i18n.language)}
        </p>
      ))}
    </div>
  );
}
