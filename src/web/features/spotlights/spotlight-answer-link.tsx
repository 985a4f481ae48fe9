import { useFixedT } from "../../shared/use-fixed-t.ts";
import { Link, data, useLocation } from "react-router";
import { formText } from "../../shared/form-data.ts";
import { findViewer } from "../../shared/viewer.server.ts";
import { useFocusOnShow } from "../../shared/use-focus-on-show.ts";
import { SpotlightAnswers, readAnswer } from "./spotlight-answers.tsx";
import { SpotlightContent } from "./spotlight-content.tsx";
import { toSpotlightContent } from "./spotlight-content.server.ts";
import type { Route } from "./+types/spotlight-answer-link";

// The link is a key in the URL: keep it out of caches and of Referer headers to other sites.
export const headers: Route.HeadersFunction = () => ({
  "Referrer-Policy": "same-origin",
  "Cache-Control": "private, no-store",
});

/** Opening the emailed link shows the spotlight and the buttons; reading changes nothing. */
export async function loader({ request, context, params }: Route.LoaderArgs) {
  const [viewer, found] = await Promise.all([
    findViewer(request, context),
    context.services.useCases.findSpotlightByAnswerLink({ token: params.token }),
  ]);
  if (!found.ok) throw data({ code: "not_found" }, { status: 404 });
  const confirm = new URL(request.url).searchParams.get("confirm") === "withdraw";
  return {
    spotlight: toSpotlightContent(found.value.spotlight, viewer !== null),
    answers: found.value.answers,
    confirming: confirm,
    answered: null as string | null,
  };
}

export async function action({ request, context, params }: Route.ActionArgs) {
  const answer = readAnswer(formText(await request.formData(), "intent"));
  if (!answer) throw data({ code: "invalid" }, { status: 400 });
  const [viewer, result] = await Promise.all([
    findViewer(request, context),
    context.services.useCases.answerSpotlightByLink({ token: params.token, answer }),
  ]);
  if (!result.ok) {
    if (result.error.code === "not_found") throw data({ code: "not_found" }, { status: 404 });
    const again = await context.services.useCases.findSpotlightByAnswerLink({
      token: params.token,
    });
    if (!again.ok) throw data({ code: "not_found" }, { status: 404 });
    return {
      spotlight: toSpotlightContent(again.value.spotlight, viewer !== null),
      answers: again.value.answers,
      confirming: false,
      answered: "already",
    };
  }
  return {
    spotlight: toSpotlightContent(result.value.spotlight, viewer !== null),
    answers: result.value.answers,
    confirming: false,
    answered: answer as string,
  };
}

/** /spotlights/answer/<secret>: the colleague agrees, declines, or later withdraws. */
export default function SpotlightAnswerLink({ loaderData, actionData }: Route.ComponentProps) {
  const t = useFixedT("spotlights");
  const shown = actionData ?? loaderData;
  const { spotlight } = shown;
  const path = useLocation().pathname;
  const answeredRef = useFocusOnShow<HTMLParagraphElement>(shown.answered ? shown : null);
  return (
    <>
      <title>{`${t("answer.title")} — Shelfmates`}</title>
      <h1>{t("answer.title")}</h1>
      {shown.answered && (
        <p className="notice notice--ok" role="status" tabIndex={-1} ref={answeredRef}>
          {t(`answer.done.${shown.answered}`)}
        </p>
      )}
      <p>{t(`answer.state.${spotlight.status}`, { author: spotlight.author.name })}</p>
      <h2>{spotlight.title}</h2>
      <SpotlightContent spotlight={spotlight} />
      <SpotlightAnswers answers={shown.answers} confirming={shown.confirming} pagePath={path} />
      {spotlight.status === "published" && (
        <p>
          <Link to={`/spotlights/${spotlight.id}`}>{t("answer.open")}</Link>
        </p>
      )}
    </>
  );
}
