import { useTranslation } from "react-i18next";
import { useNumberFormat } from "../../shared/use-number-format.ts";
import { WithNames } from "../../shared/with-names.tsx";
import { Form, Link, redirect } from "react-router";
import { formText } from "../../shared/form-data.ts";
import { throwUseCaseError } from "../../shared/http-errors.ts";
import { countryName } from "../../../i18n/format-weekly-hours.ts";
import { explanationSentence } from "./explanation-sentence.ts";
import matchingCss from "./matching.css?url";
import { PairForm } from "./pair-form.tsx";
import { resultPath, resultView } from "./result-view.ts";
import { actorOf, requireViewer } from "../../shared/viewer.server.ts";
import type { Route } from "./+types/person";

export const links: Route.LinksFunction = () => [{ rel: "stylesheet", href: matchingCss }];

export async function loader({ request, context, params }: Route.LoaderArgs) {
  const viewer = await requireViewer(request, context);
  const result = await context.services.useCases.findAlternativePartners(actorOf(viewer), params);
  if (!result.ok) throwUseCaseError(result.error);
  const { person, currentGroup, alternatives, people, editable } = result.value;
  const brief = (id: string) => {
    const p = people.get(id);
    return { id, name: p?.name ?? "?", country: p?.country ?? "", sector: p?.sector ?? "other" };
  };
  const groupOf = (group: typeof currentGroup, self: string) =>
    group && {
      score: group.score,
      partners: group.memberIds.filter((id) => id !== self).map((id) => brief(id).name),
    };
  // The result as the facilitator left it (filters, sort, page), carried as ?view=.
  const view = resultView(new URL(request.url).searchParams.get("view") ?? "");
  return {
    resultPath: resultPath(
      `/facilitate/rounds/${params.roundId}/matching/runs/${params.runId}`,
      view,
    ),
    editable,
    person: brief(person.id),
    current: groupOf(currentGroup, person.id),
    alternatives: alternatives.map((a) => ({
      ...brief(a.person.id),
      score: a.score,
      explanation: a.explanation,
      current: groupOf(a.currentGroup, a.person.id),
    })),
    everyone: [...people.values()]
      .filter((p) => p.id !== person.id)
      .map((p) => brief(p.id))
      .sort((a, b) => a.name.localeCompare(b.name)),
  };
}

export async function action({ request, context, params }: Route.ActionArgs) {
  const viewer = await requireViewer(request, context);
  const form = await request.formData();
  const partnerId = formText(form, "partner");
  const result = await context.services.useCases.pairPeople(actorOf(viewer), {
    ...params,
    partnerId,
    confirmBreaks: formText(form, "confirm") === "on",
  });
  if (!result.ok) {
    if (result.error.code !== "conflict") throwUseCaseError(result.error);
    return { conflict: result.error.reason, partnerId, breaks: result.error.data?.breaks ?? "" };
  }
  const view = resultView(new URL(request.url).searchParams.get("view") ?? "");
  return redirect(
    resultPath(`/facilitate/rounds/${params.roundId}/matching/runs/${params.runId}`, view, {
      done: "pair",
    }),
  );
}

export default function PersonAlternatives({ loaderData, actionData }: Route.ComponentProps) {
  const { t, i18n } = useTranslation("matching");
  const number = useNumberFormat();
  const { person, current } = loaderData;
  const confirming = actionData?.conflict === "needs_confirmation" ? actionData : null;
  const partnerName = (id: string) => loaderData.everyone.find((p) => p.id === id)?.name ?? "?";
  return (
    <>
      <title>{t("person.title", { name: person.name })}</title>
      <p>
        <Link to={loaderData.resultPath}>{t("nav.backToResult")}</Link>
      </p>
      <h1>
        <WithNames text={t("person.title", { name: person.name })} names={[person.name]} />
      </h1>
      <p>
        {countryName(person.country, i18n.language)} · {t(`vocabulary:sector.${person.sector}`)}
      </p>
      {actionData?.conflict && !confirming && (
        <p className="notice notice--error" role="alert">
          {t(`result.conflict.${actionData.conflict}`)}
        </p>
      )}
      {confirming && (
        <section className="card" aria-labelledby="confirm-title" role="alert">
          <h2 id="confirm-title">{t("person.confirmTitle")}</h2>
          <p>
            <WithNames
              text={t("person.confirmText", {
                a: person.name,
                b: partnerName(confirming.partnerId),
                rules: confirming.breaks
                  .split(",")
                  .map((r) => t(`hardRule.${r}`))
                  .join(", "),
              })}
              names={[person.name, partnerName(confirming.partnerId)]}
            />
          </p>
          <PairForm partnerId={confirming.partnerId} confirm label={t("person.confirm")} />
          <p>
            <Link to=".">{t("person.cancel")}</Link>
          </p>
        </section>
      )}
      <h2>{t("person.now")}</h2>
      <p>
        {current ? (
          <WithNames
            text={t("person.nowWith", {
              names: current.partners.join(", "),
              score: number.format(current.score),
            })}
            names={current.partners}
          />
        ) : (
          t("person.nowUnmatched")
        )}
      </p>
      <h2>{t("person.best")}</h2>
      <p className="hint">{t("person.bestHint")}</p>
      {loaderData.alternatives.length === 0 ? (
        <p>{t("person.none")}</p>
      ) : (
        <ol>
          {loaderData.alternatives.map((a) => (
            <li key={a.id} className="card">
              <p>
                <strong>
                  <bdi>{a.name}</bdi>
                </strong>{" "}
                ({countryName(a.country, i18n.language)} · {t(`vocabulary:sector.${a.sector}`)}) —{" "}
                <strong>{number.format(a.score)}</strong>
              </p>
              <p className="explanation">
                {explanationSentence(a.explanation, i18n.t, i18n.language)}
              </p>
              <p className="muted">
                <WithNames
                  text={t("person.theirNow", {
                    state: a.current
                      ? t("person.theirPartner", {
                          names: a.current.partners.join(", "),
                          score: number.format(a.current.score),
                        })
                      : t("person.theirUnmatched"),
                  })}
                  names={a.current?.partners ?? []}
                />
              </p>
              {loaderData.editable && (
                <PairForm partnerId={a.id} label={t("person.pairWith", { name: a.name })} />
              )}
            </li>
          ))}
        </ol>
      )}
      {loaderData.editable && (
        <>
          <h2>{t("person.other")}</h2>
          <Form method="post" className="filters">
            <div className="field">
              <label htmlFor="other-partner">{t("person.otherLabel")}</label>
              <span className="hint" id="other-partner-hint">
                {t("person.otherHint")}
              </span>
              <select id="other-partner" name="partner" aria-describedby="other-partner-hint">
                {loaderData.everyone.map((p) => (
                  <option key={p.id} value={p.id}>
                    {`${p.name} (${countryName(p.country, i18n.language)})`}
                  </option>
                ))}
              </select>
            </div>
            <button type="submit" className="button button--secondary">
              {t("person.otherButton")}
            </button>
          </Form>
        </>
      )}
    </>
  );
}
