import { useFixedT } from "../../shared/use-fixed-t.ts";
import { Form, Link, redirect } from "react-router";
import { formText, formTexts } from "../../shared/form-data.ts";
import { throwUseCaseError } from "../../shared/http-errors.ts";
import { GroupSummary } from "./group-card.tsx";
import { resultPath, resultView } from "./result-view.ts";
import { useNumberFormat } from "../../shared/use-number-format.ts";
import matchingCss from "./matching.css?url";
import { actorOf, requireViewer } from "../../shared/viewer.server.ts";
import type { Route } from "./+types/swap";

export const links: Route.LinksFunction = () => [{ rel: "stylesheet", href: matchingCss }];

export async function loader({ request, context, params }: Route.LoaderArgs) {
  const viewer = await requireViewer(request, context);
  const url = new URL(request.url);
  const groupKeys = [url.searchParams.get("a") ?? "", url.searchParams.get("b") ?? ""];
  const result = await context.services.useCases.previewSwap(actorOf(viewer), {
    ...params,
    groupKeys,
  });
  if (!result.ok) throwUseCaseError(result.error);
  return {
    ...result.value,
    groupKeys,
    resultPath: resultPath(
      `/facilitate/rounds/${params.roundId}/matching/runs/${params.runId}`,
      resultView(url.searchParams.get("view") ?? ""),
    ),
  };
}

export async function action({ request, context, params }: Route.ActionArgs) {
  const viewer = await requireViewer(request, context);
  const form = await request.formData();
  const result = await context.services.useCases.swapPartners(actorOf(viewer), {
    ...params,
    groupKeys: formTexts(form, "group"),
    option: Number(formText(form, "option")),
    confirmBreaks: formText(form, "confirm") === "on",
  });
  if (!result.ok) {
    if (result.error.code === "conflict") return { conflict: result.error.reason };
    throwUseCaseError(result.error);
  }
  // Back to the result as the facilitator left it (the form posts to this URL, view and all).
  const view = resultView(new URL(request.url).searchParams.get("view") ?? "");
  return redirect(
    resultPath(`/facilitate/rounds/${params.roundId}/matching/runs/${params.runId}`, view, {
      done: "swap",
    }),
  );
}

export default function SwapPage({ loaderData, actionData }: Route.ComponentProps) {
  const t = useFixedT("matching");
  const nameOf = (id: string) => loaderData.names[id] ?? "?";
  const number = useNumberFormat();
  const currentTotal = loaderData.current.reduce((s, g) => s + g.score, 0);
  return (
    <>
      <title>{t("swap.title")}</title>
      <p>
        <Link to={loaderData.resultPath}>{t("nav.backToResult")}</Link>
      </p>
      <h1>{t("swap.title")}</h1>
      {actionData?.conflict && (
        <p className="notice notice--error" role="alert">
          {t(`result.conflict.${actionData.conflict}`)}
        </p>
      )}
      <p>{t("swap.intro")}</p>
      <div className="options">
        <section className="card" aria-labelledby="swap-now">
          <h2 id="swap-now">{t("swap.current")}</h2>
          {loaderData.current.map((g) => (
            <GroupSummary key={g.key} group={g} nameOf={nameOf} />
          ))}
          <p>{t("swap.total", { total: number.format(currentTotal), change: "±0" })}</p>
        </section>
        {loaderData.options.map((option, i) => {
          const total = option.reduce((s, g) => s + g.score, 0);
          const breaks = option.some((g) => g.hardRuleBreaks.length > 0);
          const change = total - currentTotal;
          return (
            <section className="card" key={i} aria-labelledby={`swap-option-${i}`}>
              <h2 id={`swap-option-${i}`}>{t("swap.option", { n: i + 1 })}</h2>
              {option.map((g) => (
                <GroupSummary key={g.key} group={g} nameOf={nameOf} proposed />
              ))}
              <p>
                {t("swap.total", { total: number.format(total), change: number.signed(change) })}
              </p>
              <Form method="post">
                {loaderData.groupKeys.map((k) => (
                  <input key={k} type="hidden" name="group" value={k} />
                ))}
                <input type="hidden" name="option" value={i} />
                {breaks && (
                  <div className="choice field">
                    <input type="checkbox" id={`confirm-${i}`} name="confirm" required />
                    <label htmlFor={`confirm-${i}`}>{t("swap.confirm")}</label>
                  </div>
                )}
                <button type="submit" className="button">
                  {t("swap.choose")} ({t("swap.option", { n: i + 1 })})
                </button>
              </Form>
            </section>
          );
        })}
      </div>
      <p>
        <Link to={loaderData.resultPath}>{t("swap.cancel")}</Link>
      </p>
    </>
  );
}
