import { useFixedT } from "../../shared/use-fixed-t.ts";
import { Form, Link } from "react-router";
import { DateTime } from "../../shared/date-time.tsx";
import { Field } from "../../shared/field.tsx";
import { throwUseCaseError } from "../../shared/http-errors.ts";
import { actorOf, requireViewer } from "../../shared/viewer.server.ts";
import { ProgrammeForm, readProgrammeForm } from "./programme-form.tsx";
import type { Route } from "./+types/programme";
import { formText } from "../../shared/form-data.ts";

export async function loader({ request, context, params }: Route.LoaderArgs) {
  const viewer = await requireViewer(request, context);
  const result = await context.services.useCases.getProgrammeForFacilitator(
    actorOf(viewer),
    params.programmeId,
  );
  if (!result.ok) throwUseCaseError(result.error);
  const { programme, rounds, facilitators, invitations } = result.value;
  return {
    programme,
    rounds: rounds.map((r) => ({
      id: r.id,
      name: r.name,
      status: r.status,
      mode: r.mode,
      opensAt: r.applicationsOpenAt,
    })),
    facilitators,
    invitations,
  };
}

export async function action({ request, context, params }: Route.ActionArgs) {
  const viewer = await requireViewer(request, context);
  const form = await request.formData();
  if (form.get("intent") === "invite") {
    const email = formText(form, "email");
    const result = await context.services.useCases.inviteFacilitator(actorOf(viewer), {
      programmeId: params.programmeId,
      email,
    });
    if (result.ok) {
      context.services.pokeMailer();
      return { intent: "invite" as const, invited: email, granted: result.value.granted };
    }
    if (result.error.code === "invalid")
      return { intent: "invite" as const, email, errors: result.error.fieldErrors };
    throwUseCaseError(result.error);
  }
  const values = readProgrammeForm(form);
  const result = await context.services.useCases.updateProgramme(actorOf(viewer), {
    programmeId: params.programmeId,
    programme: { ...values, defaultLanguage: values.defaultLanguage as "en" },
  });
  if (result.ok) return { intent: "save-programme" as const, saved: true };
  if (result.error.code === "invalid")
    return { intent: "save-programme" as const, values, errors: result.error.fieldErrors };
  throwUseCaseError(result.error);
}

export default function ProgrammePage({ loaderData, actionData }: Route.ComponentProps) {
  const t = useFixedT("programmes");
  const { programme } = loaderData;
  const programmeErrors =
    actionData?.intent === "save-programme" && "errors" in actionData
      ? actionData.errors
      : undefined;
  const inviteErrors =
    actionData?.intent === "invite" && "errors" in actionData ? actionData.errors : undefined;
  return (
    <>
      <title>{programme.name}</title>
      <p>
        <Link to="/facilitate">{t("home.title")}</Link>
      </p>
      <h1>{programme.name}</h1>
      {programme.organisation && <p className="lead">{programme.organisation}</p>}
      {programme.description && <p>{programme.description}</p>}
      {actionData?.intent === "save-programme" && "saved" in actionData && (
        <p className="notice notice--ok" role="status">
          {t("programme.saved")}
        </p>
      )}

      <h2>{t("programme.rounds")}</h2>
      {loaderData.rounds.length === 0 ? (
        <p>{t("programme.noRounds")}</p>
      ) : (
        <div className="table-wrap">
          <table>
            <caption className="visually-hidden">{t("programme.rounds")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("rounds:round.name")}</th>
                <th scope="col">{t("rounds:round.mode")}</th>
                <th scope="col">{t("rounds:round.status")}</th>
                <th scope="col">{t("rounds:round.dates.applicationsOpenAt")}</th>
              </tr>
            </thead>
            <tbody>
              {loaderData.rounds.map((r) => (
                <tr key={r.id}>
                  <td>
                    <Link to={`/facilitate/rounds/${r.id}`}>{r.name}</Link>
                  </td>
                  <td>{t(`vocabulary:mode.${r.mode}`)}</td>
                  <td>
                    <span className="badge">{t(`vocabulary:roundStatus.${r.status}`)}</span>
                  </td>
                  <td>
                    <DateTime value={r.opensAt} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <p>
        <Link className="button" to={`/facilitate/programmes/${programme.id}/rounds/new`}>
          {t("rounds:round.newTitle")}
        </Link>
      </p>

      <h2>{t("opportunities:section.heading")}</h2>
      <p>
        <Link
          className="button button--secondary"
          to={`/opportunities/new?programme=${encodeURIComponent(programme.slug)}`}
        >
          {t("opportunities:section.post")}
        </Link>
      </p>

      <h2>{t("programme.topicsTitle")}</h2>
      <p>{t("programme.topicsHint")}</p>
      <p>
        <Link to={`/facilitate/programmes/${programme.id}/topics`}>
          {t("programme.topicsLink")}
        </Link>
      </p>
      <p>
        <Link to={`/facilitate/programmes/${programme.id}/retention`}>
          {t("privacy:retention.link")}
        </Link>
      </p>

      <h2>{t("programme.facilitators")}</h2>
      <ul>
        {loaderData.facilitators.map((f) => (
          <li key={f.userId}>
            <bdi>{f.name}</bdi> ({f.email})
          </li>
        ))}
        {loaderData.invitations.map((i) => (
          <li key={i.email}>
            {i.email} — <span className="muted">{t("programme.invitedOn")}</span>{" "}
            <DateTime value={i.createdAt} dateOnly />
          </li>
        ))}
      </ul>
      {actionData?.intent === "invite" && "invited" in actionData && (
        <p className="notice notice--ok" role="status">
          {t(actionData.granted ? "programme.inviteGranted" : "programme.inviteSent", {
            email: actionData.invited,
          })}
        </p>
      )}
      <Form method="post" className="filters" noValidate>
        <input type="hidden" name="intent" value="invite" />
        <Field name="email" label={t("programme.inviteEmail")} required error={inviteErrors?.email}>
          {(c) => <input {...c} type="email" autoComplete="off" />}
        </Field>
        <button type="submit" className="button button--secondary">
          {t("programme.invite")}
        </button>
      </Form>

      <details open={Boolean(programmeErrors)}>
        <summary>{t("programme.edit")}</summary>
        <ProgrammeForm
          values={
            (actionData?.intent === "save-programme" &&
              "values" in actionData &&
              actionData.values) ||
            programme
          }
          errors={programmeErrors}
          submitLabel={t("common:actions.save")}
        />
      </details>
    </>
  );
}
