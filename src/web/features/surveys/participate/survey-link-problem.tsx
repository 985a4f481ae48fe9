import { useFixedT } from "../../../shared/use-fixed-t.ts";

/** A survey link that expired or does not work: a page that says which, and what to do. */
export function SurveyLinkProblem({ state }: { state: "expired" | "invalid" }) {
  const t = useFixedT("surveys");
  return (
    <div className="narrow">
      <title>{t(`answer.${state}.title`)}</title>
      <h1>{t(`answer.${state}.title`)}</h1>
      <p>{t(`answer.${state}.body`)}</p>
    </div>
  );
}
