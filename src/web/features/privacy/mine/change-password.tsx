import { useFixedT } from "../../../shared/use-fixed-t.ts";
import { Form, Link, useNavigation } from "react-router";
import type { FieldErrors } from "../../../../domain/field-errors.ts";
import { ErrorSummary, Field } from "../../../shared/field.tsx";
import { formText } from "../../../shared/form-data.ts";
import { authErrorCode, orTooMany } from "../../../shared/auth-response.server.ts";
import { requireViewer } from "../../../shared/viewer.server.ts";
import type { Route } from "./+types/change-password";

export async function loader({ request, context }: Route.LoaderArgs) {
  await requireViewer(request, context);
  return null;
}

/**
 * Changing the password (issue 16) ends every other session of the account at once
 * (better-auth's revokeOtherSessions); this browser gets a new session cookie.
 */
export async function action({ request, context }: Route.ActionArgs) {
  await requireViewer(request, context);
  const form = await request.formData();
  const current = formText(form, "currentPassword");
  const next = formText(form, "newPassword");
  const again = formText(form, "newPasswordAgain");
  const errors: FieldErrors = {};
  if (!current) errors.currentPassword = { key: "privacy:password.errors.current" };
  if (next.length < 10) errors.newPassword = { key: "privacy:password.errors.tooShort" };
  else if (next.length > 128) errors.newPassword = { key: "privacy:password.errors.tooLong" };
  if (next !== again) errors.newPasswordAgain = { key: "privacy:password.errors.differ" };
  if (Object.keys(errors).length > 0) return { errors };
  const response = await orTooMany(
    context.services.auth.api.changePassword({
      body: { currentPassword: current, newPassword: next, revokeOtherSessions: true },
      headers: request.headers,
      asResponse: true,
    }),
  );
  if ("waitMinutes" in response)
    return {
      errors: { form: { key: "auth.tooManyAttempts", values: { count: response.waitMinutes } } },
    };
  if (!response.ok) {
    const code = await authErrorCode(response);
    return {
      errors:
        code === "PASSWORD_TOO_SHORT" || code === "PASSWORD_TOO_LONG"
          ? { newPassword: { key: "privacy:password.errors.tooShort" } }
          : { currentPassword: { key: "privacy:password.errors.current" } },
    };
  }
  // The new session's cookie replaces the old one, which no longer signs anyone in.
  const headers = new Headers();
  for (const cookie of response.headers.getSetCookie()) headers.append("Set-Cookie", cookie);
  return Response.json({ done: true }, { headers });
}

export default function ChangePassword({ actionData }: Route.ComponentProps) {
  const t = useFixedT("privacy");
  const busy = useNavigation().state === "submitting";
  const data = actionData as { done?: boolean; errors?: FieldErrors } | undefined;
  const errors = data?.errors;
  const labels = {
    currentPassword: t("password.current"),
    newPassword: t("password.new"),
    newPasswordAgain: t("password.again"),
    form: "",
  };
  return (
    <div className="narrow">
      <title>{t("password.title")}</title>
      <h1>{t("password.title")}</h1>
      {data?.done ? (
        <p className="notice notice--ok" role="status">
          {t("password.done")}
        </p>
      ) : (
        <>
          <ErrorSummary errors={errors} labels={labels} />
          <Form method="post" noValidate>
            <Field
              name="currentPassword"
              label={labels.currentPassword}
              required
              error={errors?.currentPassword}
            >
              {(c) => <input {...c} type="password" autoComplete="current-password" />}
            </Field>
            <Field
              name="newPassword"
              label={labels.newPassword}
              hint={t("password.help")}
              required
              error={errors?.newPassword}
            >
              {(c) => <input {...c} type="password" autoComplete="new-password" />}
            </Field>
            <Field
              name="newPasswordAgain"
              label={labels.newPasswordAgain}
              required
              error={errors?.newPasswordAgain}
            >
              {(c) => <input {...c} type="password" autoComplete="new-password" />}
            </Field>
            <button type="submit" className="button" disabled={busy}>
              {t("password.button")}
            </button>
          </Form>
        </>
      )}
      <p>
        <Link to="/account">{t("common:account.title")}</Link>
      </p>
    </div>
  );
}
