import { useFixedT } from "../../shared/use-fixed-t.ts";
import { Form } from "react-router";
import { Field } from "../../shared/field.tsx";

/** "Plan the next round": clones this round (cloneRound) and opens the plan beside its figures. */
export function PlanNextRoundForm({ roundName }: { roundName: string }) {
  const t = useFixedT("reports");
  return (
    <section aria-labelledby="plan" className="report-section no-print">
      <h2 id="plan">{t("sections.plan")}</h2>
      <p>{t("plan.explain")}</p>
      <Form method="post" className="filters">
        <input type="hidden" name="intent" value="plan" />
        <Field name="name" label={t("plan.name")} required>
          {(control) => (
            <input
              {...control}
              type="text"
              maxLength={120}
              defaultValue={t("rounds:round.cloneDefaultName", { name: roundName })}
            />
          )}
        </Field>
        <button type="submit" className="button">
          {t("plan.button")}
        </button>
      </Form>
    </section>
  );
}
