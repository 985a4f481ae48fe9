import { useFixedT } from "../../shared/use-fixed-t.ts";
import { Link } from "react-router";
import { KEY_FIGURE_NAMES } from "../../../domain/reports/key-figures.ts";
import { throwUseCaseError } from "../../shared/http-errors.ts";
import { readerTimeZone } from "../../shared/time-zone.server.ts";
import { useNumberFormat } from "../../shared/use-number-format.ts";
import { actorOf, requestLocale, requireViewer } from "../../shared/viewer.server.ts";
import EditRound, { action, loader as settingsLoader } from "../rounds/round-edit.tsx";
import { SuggestionText } from "./suggestion-text.tsx";
import reportCss from "./report.css?url";
import type { Route } from "./+types/plan-next-round";

export const links: Route.LinksFunction = () => [{ rel: "stylesheet", href: reportCss }];

/**
 * The next round's settings page (the rounds feature's, saved by its action) with the round
 * it was planned from beside it: that round's figures and what they suggest.
 */
export async function loader(args: Route.LoaderArgs) {
  const { request, context, params } = args;
  const viewer = await requireViewer(request, context);
  const plan = await context.services.useCases.getNextRoundPlan(actorOf(viewer), {
    roundId: params.roundId,
    timeZone: readerTimeZone(request),
    locale: requestLocale(request, viewer),
  });
  if (!plan.ok) throwUseCaseError(plan.error);
  // The settings page's own loader: same request and params, typed for its route.
  const settings = await settingsLoader(args as unknown as Parameters<typeof settingsLoader>[0]);
  return { ...settings, plan: plan.value };
}

export { action };

export default function PlanNextRound(props: Route.ComponentProps) {
  const t = useFixedT("reports");
  const number = useNumberFormat();
  const { plan } = props.loaderData;
  const { previous } = plan;
  const value = (v: number | null) => (v === null ? t("comparison.none") : number.format(v));
  return (
    <div className="plan-layout">
      <div className="plan-settings">
        <p className="notice">
          {t("plan.from", { round: previous.round.name })}{" "}
          <Link to={`/facilitate/rounds/${previous.round.id}/report`}>
            {t("plan.report", { round: previous.round.name })}
          </Link>
        </p>
        <EditRound {...(props as unknown as Parameters<typeof EditRound>[0])} />
      </div>
      <aside className="plan-aside" aria-labelledby="plan-figures">
        <h2 id="plan-figures">{t("plan.previousFigures", { round: previous.round.name })}</h2>
        <dl className="details">
          {KEY_FIGURE_NAMES.map((figure) => (
            <div key={figure} style={{ display: "contents" }}>
              <dt>{t(`figures.${figure}`)}</dt>
              <dd>{value(previous.figures.figures[figure])}</dd>
            </div>
          ))}
        </dl>
        <h2>{t("plan.suggestions")}</h2>
        {previous.suggestions.length === 0 ? (
          <p>{t("plan.noSuggestions")}</p>
        ) : (
          <ul>
            {previous.suggestions.map((s, i) => (
              <li key={i}>
                <SuggestionText suggestion={s} />
              </li>
            ))}
          </ul>
        )}
        <h2>{t("plan.participantSuggestions")}</h2>
        {previous.participantSuggestionCount === 0 ? (
          <p>{t("plan.noParticipantSuggestions")}</p>
        ) : (
          <>
            <ul>
              {previous.participantSuggestions.map(({ text, count }) => (
                <li key={text}>
                  {count > 1 ? t("plan.writtenBy", { text, n: number.format(count) }) : text}
                </li>
              ))}
            </ul>
            {previous.participantSuggestionCount > previous.participantSuggestions.length && (
              <p>
                <Link to={`/facilitate/rounds/${previous.round.id}/report#surveys`}>
                  {t("plan.moreSuggestions", {
                    n: number.format(
                      previous.participantSuggestionCount - previous.participantSuggestions.length,
                    ),
                  })}
                </Link>
              </p>
            )}
          </>
        )}
      </aside>
    </div>
  );
}
