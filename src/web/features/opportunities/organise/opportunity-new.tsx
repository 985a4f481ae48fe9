import { useFixedT } from "../../../shared/use-fixed-t.ts";
import { Link, redirect } from "react-router";
import type { OpportunityFormValues } from "../../../../domain/opportunities/opportunity-input.ts";
import { notFound, throwUseCaseError } from "../../../shared/http-errors.ts";
import { readerTimeZone } from "../../../shared/time-zone.server.ts";
import { actorOf, requireViewer } from "../../../shared/viewer.server.ts";
import { OpportunityForm, readOpportunityForm } from "./opportunity-form.tsx";
import type { Route } from "./+types/opportunity-new";

/** ?network=<slug> or ?programme=<slug>: whom the opportunity is posted for. */
function publisherRef(request: Request) {
  const params = new URL(request.url).searchParams;
  const network = params.get("network");
  const programme = params.get("programme");
  if (network) return { network };
  if (programme) return { programme };
  notFound();
}

export async function loader({ request, context }: Route.LoaderArgs) {
  const viewer = await requireViewer(request, context);
  const result = await context.services.useCases.findOpportunityPublisher(
    actorOf(viewer),
    publisherRef(request),
  );
  if (!result.ok) throwUseCaseError(result.error);
  const values: OpportunityFormValues = {
    kind: "speaker",
    title: "",
    description: "",
    eligibility: "",
    deadlineLocal: "",
    // Typed on the organiser's own clock (the browser's zone), which they may change.
    timeZone: readerTimeZone(request),
  };
  return { publisher: result.value, values };
}

export async function action({ request, context }: Route.ActionArgs) {
  const viewer = await requireViewer(request, context);
  const values = readOpportunityForm(await request.formData());
  const result = await context.services.useCases.postOpportunity(actorOf(viewer), {
    publisher: publisherRef(request),
    values,
  });
  if (!result.ok) {
    if (result.error.code === "invalid") return { values, errors: result.error.fieldErrors };
    throwUseCaseError(result.error);
  }
  return redirect(`/opportunities/${result.value.id}?done=posted`);
}

export default function OpportunityNew({ loaderData, actionData }: Route.ComponentProps) {
  const t = useFixedT("opportunities");
  const { publisher } = loaderData;
  return (
    <>
      <title>{`${t("new.title")} — ${publisher.name}`}</title>
      <p className="breadcrumb">
        {publisher.kind === "network" ? (
          <Link to={`/networks/${publisher.slug}`}>{publisher.name}</Link>
        ) : (
          <Link to="/opportunities">{t("listing.title")}</Link>
        )}
      </p>
      <h1>{t("new.title")}</h1>
      <p>{t("new.intro", { publisher: publisher.name })}</p>
      <OpportunityForm
        values={actionData?.values ?? loaderData.values}
        errors={actionData?.errors}
        submitLabel={t("new.submit")}
      />
    </>
  );
}
