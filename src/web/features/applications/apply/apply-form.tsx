import { minutesToWaitFor } from "../../../shared/throttle.server.ts";
import { Form, Link, redirect } from "react-router";
import { acceptsApplications } from "../../../../domain/rounds/round-status.ts";
import { throwUseCaseError } from "../../../shared/http-errors.ts";
import { renderMarkdown } from "../../../shared/markdown.server.ts";
import { useFocusOnShow } from "../../../shared/use-focus-on-show.ts";
import { useRootData } from "../../../shared/root-data.ts";
import { actorOf, findViewer, requestLocale } from "../../../shared/viewer.server.ts";
import type { Route } from "./+types/apply-form";
import { ApplicationForm } from "./application-form.tsx";
import { blankFormValues, formValuesFromEarlier } from "./form-values.ts";
import { parseApplicationForm } from "./parse-application-form.ts";
import { useFixedT } from "../../../shared/use-fixed-t.ts";

export async function loader({ request, params, context }: Route.LoaderArgs) {
  const viewer = await findViewer(request, context);
  const locale = requestLocale(request, viewer);
  const found = await context.services.useCases.findPublicRound(params, { locale });
  if (!found.ok) throwUseCaseError(found.error);
  const { programme, round, questions, texts, hasRules } = found.value;
  const open = acceptsApplications(round, context.services.clock.now());
  // A returning applicant, signed in with a confirmed address, is not asked again.
  const earlier =
    viewer && open
      ? await context.services.useCases.findMyLastApplication(actorOf(viewer))
      : undefined;
  return {
    earlier: earlier && {
      roundName: earlier.roundName,
      values: formValuesFromEarlier(earlier),
    },
    programmeName: programme.name,
    round: { name: round.name, mode: round.mode },
    questions,
    rulesHtml: hasRules ? renderMarkdown(texts.rulesMarkdown, 3) : undefined,
    roundHref: `/p/${params.programmeSlug}/${params.roundSlug}`,
    open,
  };
}

export async function action({ request, params, context }: Route.ActionArgs) {
  const { services } = context;
  const viewer = await findViewer(request, context);
  const locale = requestLocale(request, viewer);
  const found = await services.useCases.findPublicRound(params, { locale });
  if (!found.ok) throwUseCaseError(found.error);
  const { round, questions, hasRules } = found.value;
  const form = await request.formData();
  if (form.get("intent") === "resend-link") {
    const email = form.get("email");
    if (typeof email !== "string") throwUseCaseError({ code: "invalid", fieldErrors: {} });
    const wait = await minutesToWaitFor(request, context, "email", email);
    if (wait !== null) return { problem: "tooMany" as const, wait };
    await services.useCases.resendManageLink({ roundId: round.id, email, locale });
    services.pokeMailer();
    return { linkSentTo: email };
  }
  const parsed = parseApplicationForm(
    form,
    { mode: round.mode, questions },
    { requireConsent: true, requireRulesAgreement: hasRules },
  );
  if (!parsed.ok) return { values: parsed.values, errors: parsed.errors };
  const { profile, customAnswers } = parsed;
  // Only the address's confirmed owner, signed in, is told on the page whether it applied
  // before; anyone else gets the same answer either way, and the owner the link by email.
  const ownAddress =
    viewer !== null &&
    viewer.emailVerified &&
    viewer.email.toLowerCase() === profile.email.trim().toLowerCase();
  const wait = await minutesToWaitFor(request, context, "application", profile.email);
  if (wait !== null) return { values: parsed.values, problem: "tooMany" as const, wait };
  const result = await services.useCases.submitApplication({
    roundId: round.id,
    profile,
    customAnswers,
    rulesAgreed: parsed.values.rulesAgreed,
    locale,
    userId: viewer?.id ?? null,
  });
  if (!result.ok) {
    if (result.error.code === "closed")
      return { values: parsed.values, problem: "closed" as const };
    if (result.error.code === "conflict") {
      if (ownAddress)
        return { values: parsed.values, problem: "duplicate" as const, email: profile.email };
      await services.useCases.resendManageLink({
        roundId: round.id,
        email: profile.email,
        locale,
        appliedAgain: true,
      });
      services.pokeMailer();
      return { receivedBy: profile.email };
    }
    // The rules appeared while the form was open: ask for the agreement beside them.
    if (result.error.code === "invalid")
      return { values: parsed.values, errors: result.error.fieldErrors };
    throwUseCaseError(result.error);
  }
  services.pokeMailer();
  if (ownAddress) return redirect(`/applications/manage/${result.value.manageToken}?submitted=1`);
  // The link to the application is in the confirmation email: a page that opened it here
  // would answer differently from a second application with someone else's address (issue 16).
  return { receivedBy: profile.email };
}

export default function ApplyForm({ loaderData, actionData }: Route.ComponentProps) {
  const t = useFixedT("applications");
  const root = useRootData();
  const { round, open } = loaderData;
  const title = t("form.title", { round: round.name });
  const values =
    actionData?.values ??
    loaderData.earlier?.values ??
    blankFormValues({
      name: root?.viewer?.name,
      email: root?.viewer?.email,
      timeZone: root?.timeZone ?? "UTC",
    });
  return (
    <div style={{ maxWidth: "48rem", overflowWrap: "anywhere" }}>
      <title>{`${title} · ${loaderData.programmeName}`}</title>
      <p className="muted" style={{ marginBottom: "0.25rem" }}>
        <Link to={loaderData.roundHref}>{loaderData.programmeName}</Link>
      </p>
      <h1>{title}</h1>
      {actionData && "receivedBy" in actionData ? (
        <ReceivedNotice email={actionData.receivedBy ?? ""} />
      ) : actionData && "linkSentTo" in actionData ? (
        <LinkSentNotice email={actionData.linkSentTo ?? ""} />
      ) : !open || (actionData && "problem" in actionData && actionData.problem === "closed") ? (
        <p className="notice notice--warn" role="status">
          {t("form.closed")} <Link to={loaderData.roundHref}>{t("form.backToRound")}</Link>
        </p>
      ) : (
        <>
          <p>{t("form.intro")}</p>
          {loaderData.earlier && !actionData && (
            <p className="notice" role="status">
              {t("form.fromEarlier", { round: loaderData.earlier.roundName })}
            </p>
          )}
          {actionData && "problem" in actionData && actionData.problem === "duplicate" && (
            <DuplicateNotice email={actionData.email} />
          )}
          {actionData && "problem" in actionData && actionData.problem === "tooMany" && (
            <TooManyNotice minutes={actionData.wait} />
          )}
          <ApplicationForm
            mode={round.mode}
            questions={loaderData.questions}
            values={values}
            errors={actionData && "errors" in actionData ? actionData.errors : undefined}
            editing={false}
            programmeName={loaderData.programmeName}
            rulesHtml={loaderData.rulesHtml}
          />
        </>
      )}
    </div>
  );
}

/** A rate limit refused the application or the link: nothing was sent or saved. */
function TooManyNotice({ minutes }: { minutes: number }) {
  const t = useFixedT("applications");
  const ref = useFocusOnShow<HTMLParagraphElement>(minutes);
  return (
    <p className="notice notice--error" role="alert" tabIndex={-1} ref={ref}>
      {t("form.tooMany", { count: minutes })}
    </p>
  );
}

/** Someone applied with this address already: offer to email the manage link again. */
function DuplicateNotice({ email }: { email: string }) {
  const t = useFixedT("applications");
  // The send button is at the bottom of a long form: bring the person to the message.
  const ref = useFocusOnShow<HTMLDivElement>(email);
  return (
    <div className="notice notice--warn" role="alert" tabIndex={-1} ref={ref}>
      <h2 style={{ marginTop: 0, fontSize: "1.1rem" }}>{t("duplicate.title", { email })}</h2>
      <p>{t("duplicate.body")}</p>
      <Form method="post">
        <input type="hidden" name="intent" value="resend-link" />
        <input type="hidden" name="email" value={email} />
        <button type="submit" className="button button--secondary">
          {t("duplicate.resend")}
        </button>
      </Form>
    </div>
  );
}

/** The same answer for a new application and for an address that had applied already. */
function ReceivedNotice({ email }: { email: string }) {
  const t = useFixedT("applications");
  const ref = useFocusOnShow<HTMLDivElement>(email);
  return (
    <div className="notice notice--ok" role="status" tabIndex={-1} ref={ref}>
      <h2 style={{ marginTop: 0, fontSize: "1.1rem" }}>{t("received.title")}</h2>
      <p>{t("received.body", { email })}</p>
    </div>
  );
}

function LinkSentNotice({ email }: { email: string }) {
  const t = useFixedT("applications");
  // The button that asked for it is gone with the notice it sat in: focus the answer.
  const ref = useFocusOnShow<HTMLParagraphElement>(email);
  return (
    <p className="notice notice--ok" role="status" tabIndex={-1} ref={ref}>
      {t("duplicate.linkSent", { email })}
    </p>
  );
}
