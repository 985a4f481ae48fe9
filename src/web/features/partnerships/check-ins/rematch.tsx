import { useTranslation } from "react-i18next";
import { Form, Link, redirect, useNavigation } from "react-router";
import { countryName } from "../../../../domain/vocabulary/countries.ts";
import { formText } from "../../../shared/form-data.ts";
import { throwUseCaseError } from "../../../shared/http-errors.ts";
import { useNumberFormat } from "../../../shared/use-number-format.ts";
import { actorOf, requestLocale, requireViewer } from "../../../shared/viewer.server.ts";
import { RoundBreadcrumb } from "../../../shared/round-breadcrumb.tsx";
import { explanationSentence } from "../../matching/explanation-sentence.ts";
import type { Route } from "./+types/rematch";

export async function loader({ request, context, params }: Route.LoaderArgs) {
  const viewer = await requireViewer(request, context);
  const result = await context.services.useCases.proposeNewPartners(actorOf(viewer), {
    roundId: params.roundId,
    applicationId: params.applicationId,
  });
  const base = `/facilitate/rounds/${params.roundId}/follow-up/rematch`;
  if (!result.ok) {
    if (result.error.code === "conflict") throw redirect(base);
    throwUseCaseError(result.error);
  }
  const { round, programme, person, candidates } = result.value;
  const locale = requestLocale(request, viewer);
  return {
    round: { id: round.id, name: round.name },
    programme: { id: programme.id, name: programme.name },
    person: { id: person.id, name: person.name, country: countryName(person.country, locale) },
    candidates: candidates.map((c) => ({
      id: c.person.id,
      name: c.person.name,
      country: countryName(c.person.country, locale),
      from: c.leftAt ? "dissolved" : c.person.status === "waitlisted" ? "waitlisted" : "accepted",
      score: c.score,
      explanation: c.explanation,
    })),
  };
}

export async function action({ request, context, params }: Route.ActionArgs) {
  const viewer = await requireViewer(request, context);
  const form = await request.formData();
  const partnerId = formText(form, "partnerId");
  const result = await context.services.useCases.rematchPartner(actorOf(viewer), {
    roundId: params.roundId,
    applicationId: params.applicationId,
    partnerId,
  });
  if (!result.ok) {
    if (result.error.code === "conflict") return { error: result.error.reason };
    throwUseCaseError(result.error);
  }
  context.services.pokeMailer();
  const query = new URLSearchParams({
    paired: formText(form, "name"),
    with: formText(form, "partnerName"),
  });
  return redirect(`/facilitate/rounds/${params.roundId}/follow-up/rematch?${query.toString()}`);
}

export default function Rematch({ loaderData, actionData }: Route.ComponentProps) {
  const { t, i18n } = useTranslation("checkins");
  const number = useNumberFormat();
  const busy = useNavigation().state === "submitting";
  const { round, person } = loaderData;
  return (
    <>
      <title>{`${t("rematch.title", { name: person.name })} — ${round.name}`}</title>
      <RoundBreadcrumb programme={loaderData.programme} round={round} />
      <p>
        <Link to={`/facilitate/rounds/${round.id}/follow-up/rematch`}>
          {t("rematch.listTitle")}
        </Link>
      </p>
      <h1>{t("rematch.title", { name: person.name })}</h1>
      <p className="lead">{t("rematch.intro")}</p>
      {actionData?.error && (
        <p className="notice notice--error" role="alert">
          {t(`rematch.errors.${actionData.error}`, {
            defaultValue: t("rematch.errors.not_available"),
          })}
        </p>
      )}
      {loaderData.candidates.length === 0 ? (
        <p className="notice">{t("rematch.none")}</p>
      ) : (
        <ol className="cards">
          {loaderData.candidates.map((c) => (
            <li className="card" key={c.id}>
              <h2>
                {c.name} <span className="muted">({c.country})</span>
              </h2>
              <p>
                <span className="badge">{t(`rematch.from.${c.from}`)}</span> {t("rematch.score")}:{" "}
                {number.format(c.score)}
              </p>
              <p>
                <strong>{t("rematch.why")}:</strong>{" "}
                {explanationSentence(c.explanation, i18n.t, i18n.language)}
              </p>
              <Form method="post">
                <input type="hidden" name="partnerId" value={c.id} />
                <input type="hidden" name="name" value={person.name} />
                <input type="hidden" name="partnerName" value={c.name} />
                <p className="muted">{t("rematch.confirmHint")}</p>
                <button type="submit" className="button" disabled={busy}>
                  {t("rematch.confirm", { name: person.name, partner: c.name })}
                </button>
              </Form>
            </li>
          ))}
        </ol>
      )}
    </>
  );
}
