import { useFixedT } from "../../../shared/use-fixed-t.ts";
import { Form, Link, redirect, useNavigation } from "react-router";
import { ErrorSummary, Field } from "../../../shared/field.tsx";
import { formText } from "../../../shared/form-data.ts";
import { throwUseCaseError } from "../../../shared/http-errors.ts";
import { actorOf, requireViewer } from "../../../shared/viewer.server.ts";
import { ErasureStatement } from "./erasure-statement.tsx";
import type { Route } from "./+types/delete-account";

export async function loader({ request, context }: Route.LoaderArgs) {
  const viewer = await requireViewer(request, context);
  return { email: viewer.email };
}

/** "Delete my account" (issue 16), confirmed by typing the account's address. */
export async function action({ request, context }: Route.ActionArgs) {
  const viewer = await requireViewer(request, context);
  const form = await request.formData();
  const confirm = formText(form, "confirm");
  const result = await context.services.useCases.eraseMyAccount(actorOf(viewer), { confirm });
  // The session went with the account: the next request is signed out.
  if (result.ok) return redirect("/account/deleted");
  if (result.error.code === "invalid") return { confirm, errors: result.error.fieldErrors };
  if (result.error.code === "conflict")
    return { confirm, errors: { form: { key: "privacy:erase.lastAdministrator" } } };
  throwUseCaseError(result.error);
}

export default function DeleteAccount({ loaderData, actionData }: Route.ComponentProps) {
  const t = useFixedT("privacy");
  const busy = useNavigation().state === "submitting";
  const errors = actionData?.errors;
  const labels = { confirm: t("erase.confirm"), form: "" };
  return (
    <div className="narrow">
      <title>{t("erase.title")}</title>
      <h1>{t("erase.title")}</h1>
      <p className="notice notice--warn">{t("erase.intro")}</p>
      <ErasureStatement />
      <ErrorSummary errors={errors} labels={labels} />
      <Form method="post" noValidate>
        <Field
          name="confirm"
          label={labels.confirm}
          hint={t("erase.confirmHint", { email: loaderData.email })}
          required
          error={errors?.confirm}
        >
          {(c) => (
            <input
              {...c}
              type="email"
              autoComplete="off"
              defaultValue={actionData?.confirm ?? ""}
            />
          )}
        </Field>
        <button type="submit" className="button button--danger" disabled={busy}>
          {t("erase.button")}
        </button>{" "}
        <Link to="/account">{t("erase.cancel")}</Link>
      </Form>
    </div>
  );
}
