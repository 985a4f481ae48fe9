import { useFixedT } from "../../../shared/use-fixed-t.ts";
import { Form, Link, redirect } from "react-router";
import { formText } from "../../../shared/form-data.ts";
import { throwUseCaseError } from "../../../shared/http-errors.ts";
import { actorOf, requireViewer } from "../../../shared/viewer.server.ts";
import { CampaignForm, parseCampaignForm } from "./campaign-form.tsx";
import type { Route } from "./+types/campaign-edit";

export async function loader({ request, context, params }: Route.LoaderArgs) {
  const viewer = await requireViewer(request, context);
  const result = await context.services.useCases.getCampaignForOrganiser(actorOf(viewer), {
    slug: params.slug,
    campaignSlug: params.campaignSlug,
  });
  if (!result.ok) throwUseCaseError(result.error);
  const { network, campaign } = result.value;
  return {
    network: { slug: network.slug, name: network.name },
    campaign: { slug: campaign!.slug, title: campaign!.title, status: campaign!.status },
    values: {
      title: campaign!.title,
      body: campaign!.body,
      petitionText: campaign!.petitionText,
      goal: campaign!.goal === null ? "" : String(campaign!.goal),
    },
  };
}

export async function action({ request, context, params }: Route.ActionArgs) {
  const viewer = await requireViewer(request, context);
  const form = await request.formData();
  const intent = formText(form, "intent");
  const page = `/networks/${params.slug}/campaigns/${params.campaignSlug}`;
  if (intent === "close" || intent === "reopen") {
    const result = await context.services.useCases.setCampaignStatus(actorOf(viewer), {
      slug: params.slug,
      campaignSlug: params.campaignSlug,
      status: intent === "close" ? "closed" : "open",
    });
    if (!result.ok) throwUseCaseError(result.error);
    return redirect(`${page}?done=saved`);
  }
  const values = parseCampaignForm(form);
  const result = await context.services.useCases.saveCampaign(actorOf(viewer), {
    slug: params.slug,
    campaignSlug: params.campaignSlug,
    values,
  });
  if (!result.ok) {
    if (result.error.code === "invalid") return { values, errors: result.error.fieldErrors };
    throwUseCaseError(result.error);
  }
  return redirect(`${page}?done=saved`);
}

export default function CampaignEdit({ loaderData, actionData }: Route.ComponentProps) {
  const t = useFixedT("networks");
  const { network, campaign } = loaderData;
  return (
    <>
      <title>{`${t("campaignForm.editTitle")} — ${campaign.title}`}</title>
      <p className="breadcrumb">
        <Link to={`/networks/${network.slug}/organise`}>{network.name}</Link>
      </p>
      <h1>{t("campaignForm.editTitle")}</h1>
      <CampaignForm
        values={actionData?.values ?? loaderData.values}
        errors={actionData?.errors}
        submitLabel={t("campaignForm.save")}
      />
      <h2>
        {campaign.status === "open"
          ? t("campaignForm.closeHeading")
          : t("campaignForm.reopenHeading")}
      </h2>
      <Form method="post">
        <input
          type="hidden"
          name="intent"
          value={campaign.status === "open" ? "close" : "reopen"}
        />
        <p>
          {campaign.status === "open" ? t("campaignForm.closeHint") : t("campaignForm.reopenHint")}
        </p>
        <button type="submit" className="button button--secondary">
          {campaign.status === "open" ? t("campaignForm.close") : t("campaignForm.reopen")}
        </button>
      </Form>
    </>
  );
}
