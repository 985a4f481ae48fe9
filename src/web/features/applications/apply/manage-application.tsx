import { useFixedT } from "../../../shared/use-fixed-t.ts";
import { Form, Link, redirect } from "react-router";
import { countryName } from "../../../../domain/vocabulary/countries.ts";
import { languageName } from "../../../../domain/vocabulary/languages.ts";
import { acceptsApplications } from "../../../../domain/rounds/round-status.ts";
import { KnownTimeZone } from "../../../shared/date-time.tsx";
import { throwUseCaseError } from "../../../shared/http-errors.ts";
import { findViewer, requestLocale } from "../../../shared/viewer.server.ts";
import type { HelpHandle } from "../../../shared/site-footer.tsx";
import type { Route } from "./+types/manage-application";
import { ApplicationForm } from "./application-form.tsx";
import { formValuesOf } from "./form-values.ts";
import { ManageNotices, ManageStatus } from "./manage-notices.tsx";
import { parseApplicationForm } from "./parse-application-form.ts";
import { ApplicationSummary } from "./application-summary.tsx";

// The manage link is a bearer secret in the URL: keep it out of caches and of Referer
// headers to other sites. Not "no-referrer": browsers then send `Origin: null` with the
// page's own form posts, which React Router rightly refuses as cross-site, so editing and
// withdrawing without JavaScript would break.
export const headers: Route.HeadersFunction = () => ({
  "Referrer-Policy": "same-origin",
  "Cache-Control": "private, no-store",
});

// The footer's "Help and contact" names the round (its facilitators' address), as on its form.
export const handle: HelpHandle = {
  helpRoundHref: (data) => (data as { roundHref?: string } | undefined)?.roundHref,
};

export async function loader({ request, params, context }: Route.LoaderArgs) {
  const locale = requestLocale(request, await findViewer(request, context));
  const found = await context.services.useCases.findApplicationForApplicant(params.token, locale);
  if (!found.ok) throwUseCaseError(found.error);
  const { application, round, programme, questions } = found.value;
  const search = new URL(request.url).searchParams;
  const canChange =
    application.status !== "withdrawn" && acceptsApplications(round, context.services.clock.now());
  const view =
    canChange && (search.get("view") === "edit" || search.get("view") === "withdraw")
      ? search.get("view")
      : "summary";
  return {
    status: application.status,
    waitlistReason: application.waitlistReason,
    decisionMessage: application.decisionMessage,
    createdAt: application.createdAt,
    timeZone: application.timeZone,
    withdrawnAt: application.withdrawnAt,
    values: formValuesOf(application, questions),
    names: {
      country: countryName(application.country, locale),
      languages: Object.fromEntries(
        application.languages.map((l) => [l.code, languageName(l.code, locale)]),
      ),
    },
    questions,
    programme: { name: programme.name },
    round: {
      name: round.name,
      mode: round.mode,
      countryCapPercent: round.countryCapPercent,
      applicationsCloseAt: round.applicationsCloseAt,
    },
    roundHref: `/p/${programme.slug}/${round.slug}`,
    canChange,
    view: view as "summary" | "edit" | "withdraw",
    notice: (["submitted", "saved", "withdrawn"] as const).find((key) => search.get(key) === "1"),
    editable: view === "edit",
  };
}

export async function action({ request, params, context }: Route.ActionArgs) {
  const { services } = context;
  const found = await services.useCases.findApplicationForApplicant(
    params.token,
    requestLocale(request, await findViewer(request, context)),
  );
  if (!found.ok) throwUseCaseError(found.error);
  const { application, round, questions } = found.value;
  const form = await request.formData();
  const here = `/applications/manage/${params.token}`;
  if (form.get("intent") === "withdraw") {
    const result = await services.useCases.withdrawApplication({ token: params.token });
    if (!result.ok && result.error.code !== "closed") throwUseCaseError(result.error);
    if (!result.ok) return { problem: "closed" as const };
    services.pokeMailer();
    return redirect(`${here}?withdrawn=1`);
  }
  const parsed = parseApplicationForm(
    form,
    { mode: round.mode, questions },
    { email: application.email, requireConsent: false },
  );
  if (!parsed.ok) return { values: parsed.values, errors: parsed.errors };
  const result = await services.useCases.updateApplication({
    token: params.token,
    profile: parsed.profile,
    customAnswers: parsed.customAnswers,
  });
  if (!result.ok && result.error.code !== "closed") throwUseCaseError(result.error);
  if (!result.ok) return { problem: "closed" as const };
  return redirect(`${here}?saved=1`);
}

export default function ManageApplication({ loaderData, actionData }: Route.ComponentProps) {
  const t = useFixedT("applications");
  const data = loaderData;
  const errors = actionData && "errors" in actionData ? actionData.errors : undefined;
  const view = errors ? "edit" : data.view;
  const title = t("manage.title", { round: data.round.name });
  // Reached from the applicant's email: their application's zone until the browser tells its own.
  return (
    <KnownTimeZone.Provider value={data.timeZone}>
      <div style={{ maxWidth: "48rem", overflowWrap: "anywhere" }}>
        <title>{`${title} · ${data.programme.name}`}</title>
        <meta name="robots" content="noindex" />
        <p className="muted" style={{ marginBottom: "0.25rem" }}>
          <Link to={data.roundHref}>
            {data.programme.name}: {data.round.name}
          </Link>
        </p>
        <h1>{title}</h1>
        <ManageNotices
          data={data}
          closedNow={actionData !== undefined && "problem" in actionData}
        />
        <ManageStatus data={data} />
        {view === "edit" && data.editable ? (
          <>
            <h2>{t("manage.editTitle")}</h2>
            <p>
              <Link to=".">{t("manage.cancelEdit")}</Link>
            </p>
            <ApplicationForm
              mode={data.round.mode}
              questions={data.questions}
              values={actionData?.values ?? data.values}
              errors={errors}
              editing
              programmeName={data.programme.name}
            />
          </>
        ) : view === "withdraw" ? (
          <WithdrawConfirmation />
        ) : (
          <>
            {data.canChange && (
              <p className="actions">
                <Link className="button" to="?view=edit">
                  {t("manage.edit")}
                </Link>
                <Link className="button button--secondary" to="?view=withdraw">
                  {t("manage.withdraw")}
                </Link>
              </p>
            )}
            <h2>{t("manage.answers")}</h2>
            <ApplicationSummary
              values={data.values}
              questions={data.questions}
              mode={data.round.mode}
              names={data.names}
            />
          </>
        )}
      </div>
    </KnownTimeZone.Provider>
  );
}

/** The second step of withdrawing, so a stray click cannot withdraw an application. */
function WithdrawConfirmation() {
  const t = useFixedT("applications");
  return (
    <section aria-labelledby="withdraw-title" className="card">
      <h2 id="withdraw-title">{t("manage.withdrawTitle")}</h2>
      <p>{t("manage.withdrawBody")}</p>
      <Form method="post" className="actions">
        <input type="hidden" name="intent" value="withdraw" />
        <button
          type="submit"
          className="button button--danger"
          style={{ background: "var(--danger)", borderColor: "var(--danger)" }}
        >
          {t("manage.withdrawConfirm")}
        </button>
        <Link to=".">{t("manage.withdrawCancel")}</Link>
      </Form>
    </section>
  );
}
