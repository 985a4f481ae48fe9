import { useFixedT } from "../../../shared/use-fixed-t.ts";
import { Link, redirect } from "react-router";
import { EMPTY_CAMPAIGN_FORM } from "../../../../domain/networks/campaign-input.ts";
import { throwUseCaseError } from "../../../shared/http-errors.ts";
import { actorOf, requireViewer } from "../../../shared/viewer.server.ts";
import { CampaignForm, parseCampaignForm } from "./campaign-form.tsx";
import type { Route } from "./+types/campaign-new";

export async function loader({ request, context, params }: Route.LoaderArgs) {
  const viewer = await requireViewer(request, context);
  const result = await context.services.useCases.getCampaignForOrganiser(actorOf(viewer), {
    slug: params.slug,
  });
  if (!result.ok) throwUseCaseError(result.error);
  return { network: { slug: result.value.network.slug, name: result.value.network.name } };
}

export async function action({ request, context, params }: Route.ActionArgs) {
  const viewer = await requireViewer(request, context);
  const values = parseCampaignForm(await request.formData());
  const result = await context.services.useCases.saveCampaign(actorOf(viewer), {
    slug: params.slug,
    values,
  });
  if (!result.ok) {
    if (result.error.code === "invalid") return { values, errors: result.error.fieldErrors };
    throwUseCaseError(result.error);
  }
  return redirect(`/networks/${params.slug}/campaigns/${result.value.campaignSlug}?done=saved`);
}

export default function CampaignNew({ loaderData, actionData }: Route.ComponentProps) {
  const t = useFixedT("networks");
  const { network } = loaderData;
  return (
    <>
      <title>{`${t("campaignForm.newTitle")} — ${network.name}`}</title>
      <p className="breadcrumb">
        <Link to={`/networks/${network.slug}/organise`}>{network.name}</Link>
      </p>
      <h1>{t("campaignForm.newTitle")}</h1>
      <p>{t("campaignForm.intro")}</p>
      <CampaignForm
        values={actionData?.values ?? EMPTY_CAMPAIGN_FORM}
        errors={actionData?.errors}
        submitLabel={t("campaignForm.create")}
      />
    </>
  );
}
