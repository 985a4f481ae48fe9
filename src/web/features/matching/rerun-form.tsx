import { useFixedT } from "../../shared/use-fixed-t.ts";
import { Form } from "react-router";
import { RULE_NAMES } from "../../../domain/matching/matching-criteria.ts";
import type { MatchingCriteria } from "../../../domain/matching/matching-run-types.ts";

/** Re-runs matching from this result with the same criteria and seed (locks and blocks kept). */
export function RerunForm(props: {
  roundId: string;
  runId: string;
  criteria: MatchingCriteria;
  seed: number;
  /** The id of the text that says what the re-run keeps and what it does not. */
  describedBy: string;
}) {
  const t = useFixedT("matching");
  const { criteria } = props;
  return (
    <Form
      method="post"
      action={`/facilitate/rounds/${props.roundId}/matching`}
      aria-describedby={props.describedBy}
    >
      <input type="hidden" name="basedOn" value={props.runId} />
      <input type="hidden" name="seed" value={props.seed} />
      {Object.entries(criteria.weights).map(([name, value]) => (
        <input key={name} type="hidden" name={`weight-${name}`} value={value} />
      ))}
      {RULE_NAMES.filter((name) => criteria.rules[name]).map((name) => (
        <input key={name} type="hidden" name={`rule-${name}`} value="on" />
      ))}
      <input type="hidden" name="mentorMinExtraYears" value={criteria.rules.mentorMinExtraYears} />
      {criteria.fairnessFirst && <input type="hidden" name="fairnessFirst" value="on" />}
      {criteria.allowTriads && <input type="hidden" name="allowTriads" value="on" />}
      <button type="submit" className="button button--secondary">
        {t("result.rerun")}
      </button>
    </Form>
  );
}
