import { useFixedT } from "../../shared/use-fixed-t.ts";
import { Form, Link, redirect, useNavigation } from "react-router";
import { Field } from "../../shared/field.tsx";
import {
  authErrorCode,
  minutesToWait,
  orTooMany,
  redirectWithAuthCookies,
} from "../../shared/auth-response.server.ts";
import { nextPath } from "./next-path.ts";
import { findViewer } from "../../shared/viewer.server.ts";
import type { Route } from "./+types/sign-in";
import { formText } from "../../shared/form-data.ts";
import { SsoSignIn, ssoErrorKey } from "../sso/sso-sign-in.tsx";
import { useFocusOnShow } from "../../shared/use-focus-on-show.ts";

export async function loader({ request, context }: Route.LoaderArgs) {
  const url = new URL(request.url);
  if (await findViewer(request, context)) return redirect(nextPath(url.searchParams.get("next")));
  return {
    email: url.searchParams.get("email") ?? "",
    next: nextPath(url.searchParams.get("next")),
    // Single sign-on (issue 16): the button when the association's provider is on, and why a
    // sign-in with it came back here.
    sso: await context.services.useCases.findSsoSignIn(),
    ssoError: url.searchParams.get("sso") === "failed" ? ssoErrorKey(url.searchParams) : null,
  };
}

export async function action({ request, context }: Route.ActionArgs) {
  const form = await request.formData();
  const email = formText(form, "email").trim().toLowerCase();
  const next = nextPath(form.get("next"));
  const { auth } = context.services;
  if (form.get("intent") === "magic-link") {
    if (!email.includes("@")) return { intent: "magic-link", email, error: "errors.email" };
    const sent = await orTooMany(
      auth.api.signInMagicLink({ body: { email, callbackURL: next }, headers: request.headers }),
    );
    if ("waitMinutes" in sent)
      return { intent: "magic-link", email, error: "auth.tooManyEmails", wait: sent.waitMinutes };
    context.services.pokeMailer();
    return { intent: "magic-link", email, sent: true };
  }
  const password = formText(form, "password");
  // An unverified account is sent its verification email again, in this page's language.
  const response = await orTooMany(
    auth.withPageHeaders(request.headers, () =>
      auth.api.signInEmail({
        body: { email, password },
        headers: request.headers,
        asResponse: true,
      }),
    ),
  );
  if ("waitMinutes" in response)
    return { intent: "password", email, error: "auth.tooManyAttempts", wait: response.waitMinutes };
  if (response.ok) return redirectWithAuthCookies(next, response);
  const wait = minutesToWait(response);
  if (wait !== null) return { intent: "password", email, error: "auth.tooManyAttempts", wait };
  const code = await authErrorCode(response);
  const error = code === "EMAIL_NOT_VERIFIED" ? "auth.emailNotVerified" : "auth.invalidCredentials";
  return { intent: "password", email, error };
}

export default function SignIn({ loaderData, actionData }: Route.ComponentProps) {
  const t = useFixedT();
  const busy = useNavigation().state === "submitting";
  const email = actionData?.email ?? loaderData.email;
  const passwordError = actionData?.intent === "password" ? actionData.error : undefined;
  const magicError =
    actionData?.intent === "magic-link" && "error" in actionData ? actionData.error : undefined;
  // Minutes to wait when a limit was reached (the message's count).
  const wait =
    actionData && "wait" in actionData && actionData.wait ? { count: actionData.wait } : undefined;
  // After a post the disabled button loses focus: it goes to what the post answered.
  const alertRef = useFocusOnShow<HTMLParagraphElement>(actionData);
  const sentRef = useFocusOnShow<HTMLParagraphElement>(actionData);
  const magicErrorRef = useFocusOnShow<HTMLParagraphElement>(actionData);
  return (
    <div className="narrow">
      <title>{t("auth.signInTitle")}</title>
      <h1>{t("auth.signInTitle")}</h1>
      <SsoSignIn provider={loaderData.sso} next={loaderData.next} error={loaderData.ssoError} />
      {passwordError && (
        <p className="notice notice--error" role="alert" tabIndex={-1} ref={alertRef}>
          {t(passwordError, wait)}
        </p>
      )}
      <Form method="post">
        <input type="hidden" name="next" value={loaderData.next} />
        <input type="hidden" name="intent" value="password" />
        <Field name="email" label={t("auth.email")} required>
          {(control) => (
            <input {...control} type="email" autoComplete="email" defaultValue={email} />
          )}
        </Field>
        <Field name="password" label={t("auth.password")} required>
          {(control) => <input {...control} type="password" autoComplete="current-password" />}
        </Field>
        <div className="actions">
          <button type="submit" className="button" disabled={busy}>
            {t("auth.signInButton")}
          </button>
          <Link to="/forgot-password">{t("auth.forgot")}</Link>
        </div>
      </Form>
      <p>
        {t("auth.noAccount")}{" "}
        <Link to={`/sign-up?next=${encodeURIComponent(loaderData.next)}`}>
          {t("auth.createAccount")}
        </Link>
      </p>
      <h2>{t("auth.magicLinkTitle")}</h2>
      <p className="muted">{t("auth.magicLinkHelp")}</p>
      {actionData?.intent === "magic-link" && "sent" in actionData ? (
        <p className="notice notice--ok" role="status" tabIndex={-1} ref={sentRef}>
          {t("auth.magicLinkSent", { email: actionData.email })}
        </p>
      ) : (
        <Form method="post">
          {/* A refused request (a bad address, too many emails) is said here and takes focus,
              as the busy button dropped it; the address field is described by it. */}
          {magicError && (
            <p
              id="magic-link-error"
              className="notice notice--error"
              role="alert"
              tabIndex={-1}
              ref={magicErrorRef}
            >
              {t(magicError, wait)}
            </p>
          )}
          <input type="hidden" name="next" value={loaderData.next} />
          <input type="hidden" name="intent" value="magic-link" />
          <Field name="magic-email" label={t("auth.email")} required>
            {(control) => (
              <input
                {...control}
                aria-describedby={magicError ? "magic-link-error" : control["aria-describedby"]}
                aria-invalid={magicError === "errors.email" || undefined}
                name="email"
                type="email"
                autoComplete="email"
                defaultValue={email}
              />
            )}
          </Field>
          <button type="submit" className="button button--secondary" disabled={busy}>
            {t("auth.magicLinkButton")}
          </button>
        </Form>
      )}
    </div>
  );
}
