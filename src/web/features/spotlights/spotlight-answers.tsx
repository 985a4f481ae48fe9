import { useFixedT } from "../../shared/use-fixed-t.ts";
import { Form, Link } from "react-router";
import { useFocusOnArrival } from "../../shared/use-focus-on-show.ts";
import type { SpotlightAnswer } from "../../../domain/spotlights/spotlight-status.ts";

/**
 * The colleague's answers: agree and decline while asked; withdraw once published, after a
 * confirmation (`confirming`, reached by a link so it works without JavaScript).
 */
export function SpotlightAnswers(props: {
  answers: SpotlightAnswer[];
  confirming: boolean;
  /** The page itself, for the confirmation link and "keep it". */
  pagePath: string;
}) {
  const t = useFixedT("spotlights");
  const { answers } = props;
  // "Withdraw it…" asks again in place of the link followed: focus goes to the question.
  const confirmRef = useFocusOnArrival<HTMLDivElement>(props.confirming);
  if (answers.length === 0) return null;
  if (answers.includes("withdraw"))
    return props.confirming ? (
      <div
        className="notice"
        role="region"
        aria-labelledby="withdraw-heading"
        tabIndex={-1}
        ref={confirmRef}
      >
        <h2 id="withdraw-heading">{t("answer.withdrawConfirmHeading")}</h2>
        <p>{t("answer.withdrawConfirm")}</p>
        <div className="actions">
          <Form method="post">
            <input type="hidden" name="intent" value="withdraw" />
            <button type="submit" className="button button--danger">
              {t("answer.withdraw")}
            </button>
          </Form>
          <Link to={props.pagePath}>{t("answer.keep")}</Link>
        </div>
      </div>
    ) : (
      <p>
        {t("answer.withdrawHint")}{" "}
        <Link to={`${props.pagePath}?confirm=withdraw`}>{t("answer.withdrawLink")}</Link>
      </p>
    );
  return (
    <section aria-labelledby="answer-heading" className="card">
      <h2 id="answer-heading">{t("answer.heading")}</h2>
      <p>{t("answer.explain")}</p>
      <div className="actions">
        <Form method="post">
          <input type="hidden" name="intent" value="agree" />
          <button type="submit" className="button">
            {t("answer.agree")}
          </button>
        </Form>
        <Form method="post">
          <input type="hidden" name="intent" value="decline" />
          <button type="submit" className="button button--secondary">
            {t("answer.decline")}
          </button>
        </Form>
      </div>
    </section>
  );
}

export function readAnswer(intent: string): SpotlightAnswer | null {
  return intent === "agree" || intent === "decline" || intent === "withdraw" ? intent : null;
}
