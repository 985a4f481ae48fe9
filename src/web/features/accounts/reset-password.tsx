import { useFixedT } from "../../shared/use-fixed-t.ts";
import { Form, Link } from "react-router";
import { Field } from "../../shared/field.tsx";
import type { Route } from "./+types/reset-password";
import { formText } from "../../shared/form-data.ts";

export function loader({ request }: Route.LoaderArgs) {
  const url = new URL(request.url);
  return {
    token: url.searchParams.get("token") ?? "",
    invalid: url.searchParams.get("error") !== null,
  };
}

export async function action({ request, context }: Route.ActionArgs) {
  const form = await request.formData();
  const token = formText(form, "token");
  const password = formText(form, "password");
  if (password.length < 10) return { error: "errors.passwordTooShort" };
  if (password.length > 128) return { error: "errors.tooLong" };
  try {
    await context.services.auth.api.resetPassword({ body: { newPassword: password, token } });
    return { done: true };
  } catch {
    return { error: "auth.resetInvalid" };
  }
}

export default function ResetPassword({ loaderData, actionData }: Route.ComponentProps) {
  const t = useFixedT();
  if (actionData && "done" in actionData) {
    return (
      <div className="narrow">
        <title>{t("auth.resetTitle")}</title>
        <h1>{t("auth.resetTitle")}</h1>
        <p className="notice notice--ok" role="status">
          {t("auth.resetDone")} <Link to="/sign-in">{t("auth.signInTitle")}</Link>
        </p>
      </div>
    );
  }
  return (
    <div className="narrow">
      <title>{t("auth.resetTitle")}</title>
      <h1>{t("auth.resetTitle")}</h1>
      {(loaderData.invalid || !loaderData.token) && (
        <p className="notice notice--error" role="alert">
          {t("auth.resetInvalid")} <Link to="/forgot-password">{t("auth.forgotTitle")}</Link>
        </p>
      )}
      <Form method="post">
        <input type="hidden" name="token" value={loaderData.token} />
        <Field
          name="password"
          label={t("auth.newPassword")}
          hint={t("auth.passwordHelp")}
          required
          error={
            actionData && "error" in actionData && actionData.error
              ? { key: actionData.error, values: { max: 128 } }
              : undefined
          }
        >
          {(c) => <input {...c} type="password" autoComplete="new-password" />}
        </Field>
        <button type="submit" className="button">
          {t("auth.resetButton")}
        </button>
      </Form>
    </div>
  );
}
