import { useFixedT } from "../../../shared/use-fixed-t.ts";
import { Form, Link, redirect, useNavigation } from "react-router";
import { ErrorSummary, Field } from "../../../shared/field.tsx";
import { formText } from "../../../shared/form-data.ts";
import { throwUseCaseError } from "../../../shared/http-errors.ts";
import { actorOf, requireViewer } from "../../../shared/viewer.server.ts";
import { ErasureStatement } from "../mine/erasure-statement.tsx";
import type { Route } from "./+types/erase-person";

export async function loader({ request, context, params }: Route.LoaderArgs) {
  const viewer = await requireViewer(request, context);
  const result = await context.services.useCases.findPersonForAdministrator(
    actorOf(viewer),
    params.userId,
  );
  if (!result.ok) throwUseCaseError(result.error);
  // An administrator's account is deleted by its owner only (and never one's own from here).
  if (result.value.role === "admin") throwUseCaseError({ code: "not_found" });
  return { person: result.value };
}

/** An administrator erases an account, confirming with the person's address. */
export async function action({ request, context, params }: Route.ActionArgs) {
  const viewer = await requireViewer(request, context);
  const form = await request.formData();
  const confirm = formText(form, "confirm");
  const result = await context.services.useCases.eraseAccountAsAdministrator(actorOf(viewer), {
    userId: params.userId,
    confirm,
  });
  if (result.ok) return redirect("/admin/people?erased=1");
  if (result.error.code === "invalid") return { confirm, errors: result.error.fieldErrors };
  throwUseCaseError(result.error.code === "forbidden" ? { code: "not_found" } : result.error);
}

export default function ErasePerson({ loaderData, actionData }: Route.ComponentProps) {
  const t = useFixedT("privacy");
  const busy = useNavigation().state === "submitting";
  const { person } = loaderData;
  const errors = actionData?.errors;
  const labels = { confirm: t("erase.adminConfirm"), form: "" };
  const name = person.name.trim() || person.email;
  return (
    <div className="narrow">
      <title>{t("erase.adminTitle", { name })}</title>
      <h1>{t("erase.adminTitle", { name })}</h1>
      <p className="notice notice--warn">{t("erase.intro")}</p>
      <ErasureStatement />
      <ErrorSummary errors={errors} labels={labels} />
      <Form method="post" noValidate>
        <Field
          name="confirm"
          label={labels.confirm}
          hint={t("erase.confirmHint", { email: person.email })}
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
          {t("erase.adminButton")}
        </button>{" "}
        <Link to={`/admin/people/${person.id}`}>{t("erase.adminCancel")}</Link>
      </Form>
    </div>
  );
}
