import { useFixedT } from "../../shared/use-fixed-t.ts";
import { redirect } from "react-router";
import { notFound, throwUseCaseError } from "../../shared/http-errors.ts";
import { actorOf, requireViewer } from "../../shared/viewer.server.ts";
import { ProgrammeForm, readProgrammeForm } from "./programme-form.tsx";
import type { Route } from "./+types/programme-new";

export async function loader({ request, context }: Route.LoaderArgs) {
  const viewer = await requireViewer(request, context);
  const roles = await context.services.useCases.findMyRoles(actorOf(viewer));
  if (!roles.mayCreateProgrammes) notFound();
  return null;
}

export async function action({ request, context }: Route.ActionArgs) {
  const viewer = await requireViewer(request, context);
  const values = readProgrammeForm(await request.formData());
  const result = await context.services.useCases.createProgramme(actorOf(viewer), {
    ...values,
    defaultLanguage: values.defaultLanguage as "en",
  });
  if (result.ok) return redirect(`/facilitate/programmes/${result.value.id}`);
  if (result.error.code === "invalid") return { values, errors: result.error.fieldErrors };
  throwUseCaseError(result.error);
}

export default function NewProgramme({ actionData }: Route.ComponentProps) {
  const t = useFixedT("programmes");
  return (
    <div className="narrow">
      <title>{t("programme.newTitle")}</title>
      <h1>{t("programme.newTitle")}</h1>
      <ProgrammeForm
        values={
          actionData?.values ?? {
            name: "",
            description: "",
            organisation: "",
            contactEmail: "",
            defaultLanguage: "en",
          }
        }
        errors={actionData?.errors}
        submitLabel={t("programme.create")}
      />
    </div>
  );
}
