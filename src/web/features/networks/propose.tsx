import { useFixedT } from "../../shared/use-fixed-t.ts";
import { redirect } from "react-router";
import { EMPTY_NETWORK_FORM } from "../../../domain/networks/network-input.ts";
import { throwUseCaseError } from "../../shared/http-errors.ts";
import { actorOf, requestLocale, requireViewer } from "../../shared/viewer.server.ts";
import { NetworkForm } from "./network-form.tsx";
import { countryOptions, languageOptions } from "./option-lists.server.ts";
import { parseNetworkForm } from "./parse-network-form.ts";
import type { Route } from "./+types/propose";

export async function loader({ request, context }: Route.LoaderArgs) {
  const viewer = await requireViewer(request, context);
  const locale = requestLocale(request, viewer);
  return {
    verified: viewer.emailVerified,
    values: EMPTY_NETWORK_FORM,
    countries: countryOptions(locale),
    languages: languageOptions(locale),
  };
}

export async function action({ request, context }: Route.ActionArgs) {
  const viewer = await requireViewer(request, context);
  const values = parseNetworkForm(await request.formData());
  const result = await context.services.useCases.proposeNetwork(actorOf(viewer), { values });
  if (!result.ok) {
    if (result.error.code === "invalid") return { values, errors: result.error.fieldErrors };
    throwUseCaseError(result.error);
  }
  return redirect(`/networks/${result.value.slug}?done=proposed`);
}

export default function ProposeNetwork({ loaderData, actionData }: Route.ComponentProps) {
  const t = useFixedT("networks");
  return (
    <>
      <title>{t("propose.title")}</title>
      <h1>{t("propose.title")}</h1>
      <p>{t("propose.intro")}</p>
      {loaderData.verified ? (
        <NetworkForm
          values={actionData?.values ?? loaderData.values}
          errors={actionData?.errors}
          countries={loaderData.countries}
          languages={loaderData.languages}
          submitLabel={t("propose.submit")}
        />
      ) : (
        <p className="notice" role="status">
          {t("propose.unverified")}
        </p>
      )}
    </>
  );
}
