import { useFixedT } from "../../shared/use-fixed-t.ts";
import { Form, Link, redirect, useNavigation } from "react-router";
import { MAX_ACCOUNT_NAME_LENGTH } from "../../../domain/accounts/account-name.ts";
import type { FieldErrors } from "../../../domain/field-errors.ts";
import { ErrorSummary, Field } from "../../shared/field.tsx";
import { minutesToWait, orTooMany } from "../../shared/auth-response.server.ts";
import { safeReturnPath } from "../../shared/safe-return-path.ts";
import { findViewer, requestLocale } from "../../shared/viewer.server.ts";
import type { Route } from "./+types/sign-up";
import { formText } from "../../shared/form-data.ts";
import { useFocusOnShow } from "../../shared/use-focus-on-show.ts";

export async function loader({ request, context }: Route.LoaderArgs) {
  const url = new URL(request.url);
  if (await findViewer(request, context)) return redirect("/account");
  return {
    email: url.searchParams.get("email") ?? "",
    next: safeReturnPath(url.searchParams.get("next")),
  };
}

export async function action({ request, context }: Route.ActionArgs) {
  const form = await request.formData();
  const values = {
    name: formText(form, "name").trim(),
    email: formText(form, "email").trim().toLowerCase(),
  };
  const password = formText(form, "password");
  const confirm = formText(form, "passwordConfirm");
  const errors: FieldErrors = {};
  if (!values.name) errors.name = { key: "errors.required" };
  else if (values.name.length > MAX_ACCOUNT_NAME_LENGTH)
    errors.name = { key: "errors.tooLong", values: { max: MAX_ACCOUNT_NAME_LENGTH } };
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/.test(values.email) || values.email.length > 254)
    errors.email = { key: "errors.email" };
  if (password.length < 10) errors.password = { key: "errors.passwordTooShort" };
  else if (password.length > 128) errors.password = { key: "errors.tooLong", values: { max: 128 } };
  if (password !== confirm) errors.passwordConfirm = { key: "errors.passwordsDiffer" };
  if (Object.keys(errors).length > 0) return { values, errors };

  const response = await orTooMany(
    context.services.auth.api.signUpEmail({
      body: { ...values, password, locale: requestLocale(request, null) },
      headers: request.headers,
      asResponse: true,
    }),
  );
  if ("waitMinutes" in response) {
    const count = response.waitMinutes;
    return { values, errors: { form: { key: "auth.tooManyEmails", values: { count } } } };
  }
  context.services.pokeMailer();
  const wait = minutesToWait(response);
  if (wait !== null)
    return { values, errors: { form: { key: "auth.tooManyEmails", values: { count: wait } } } };
  if (!response.ok) return { values, errors: { form: { key: "errors.invalid" } } };
  // The same answer for a new address and a known one (whose owner gets an email saying so):
  // the page never tells whether an address has an account.
  return { sentTo: values.email };
}

export default function SignUp({ loaderData, actionData }: Route.ComponentProps) {
  const t = useFixedT();
  // The form is replaced by this message: focus goes to it, not to the page's body.
  const sentRef = useFocusOnShow<HTMLParagraphElement>(actionData);
  return (
    <div className="narrow">
      <title>{t("auth.signUpTitle")}</title>
      <h1>{t("auth.signUpTitle")}</h1>
      {actionData && "sentTo" in actionData ? (
        <p className="notice" role="status" tabIndex={-1} ref={sentRef}>
          {t("auth.signUpSent", { email: actionData.sentTo })}
        </p>
      ) : (
        <SignUpForm
          errors={actionData?.errors}
          values={actionData?.values}
          email={loaderData.email}
        />
      )}
      <p>
        {t("auth.haveAccount")}{" "}
        <Link to={`/sign-in?next=${encodeURIComponent(loaderData.next)}`}>
          {t("auth.signInTitle")}
        </Link>
      </p>
    </div>
  );
}

function SignUpForm({
  errors,
  values,
  email,
}: {
  errors: FieldErrors | undefined;
  values: { name: string; email: string } | undefined;
  email: string;
}) {
  const t = useFixedT();
  const busy = useNavigation().state === "submitting";
  const labels = {
    name: t("auth.name"),
    email: t("auth.email"),
    password: t("auth.password"),
    passwordConfirm: t("auth.passwordConfirm"),
    form: "",
  };
  return (
    <>
      <ErrorSummary errors={errors} labels={labels} />
      <Form method="post" noValidate>
        <Field name="name" label={labels.name} required error={errors?.name}>
          {(c) => <input {...c} type="text" autoComplete="name" defaultValue={values?.name} />}
        </Field>
        <Field name="email" label={labels.email} required error={errors?.email}>
          {(c) => (
            <input {...c} type="email" autoComplete="email" defaultValue={values?.email ?? email} />
          )}
        </Field>
        <Field
          name="password"
          label={labels.password}
          hint={t("auth.passwordHelp")}
          required
          error={errors?.password}
        >
          {(c) => <input {...c} type="password" autoComplete="new-password" />}
        </Field>
        <Field
          name="passwordConfirm"
          label={labels.passwordConfirm}
          required
          error={errors?.passwordConfirm}
        >
          {(c) => <input {...c} type="password" autoComplete="new-password" />}
        </Field>
        {/* Creating the account records this agreement with the notice's version (issue 16). */}
        <p className="hint">{t("privacy:signUp.notice")}</p>
        <p>{t("privacy:signUp.agree")}</p>
        <button type="submit" className="button" disabled={busy}>
          {t("auth.signUpButton")}
        </button>
      </Form>
    </>
  );
}
