import { useFixedT } from "../../shared/use-fixed-t.ts";
import { redirect } from "react-router";
import { EMPTY_SPOTLIGHT_FORM } from "../../../domain/spotlights/spotlight-input.ts";
import { throwUseCaseError } from "../../shared/http-errors.ts";
import { minutesToWaitFor } from "../../shared/throttle.server.ts";
import { actorOf, requestLocale, requireViewer } from "../../shared/viewer.server.ts";
import { SpotlightForm, readSpotlightForm } from "./spotlight-form.tsx";
import type { Route } from "./+types/spotlight-new";

async function memberOf(request: Request, context: Route.LoaderArgs["context"], userId: string) {
  const viewer = await requireViewer(request, context);
  if (!userId) return { viewer, member: null };
  const found = await context.services.useCases.findSpotlightSubject(actorOf(viewer), { userId });
  if (!found.ok) throwUseCaseError(found.error);
  return { viewer, member: found.value };
}

export async function loader({ request, context }: Route.LoaderArgs) {
  const member = new URL(request.url).searchParams.get("member") ?? "";
  return { member: (await memberOf(request, context, member)).member };
}

export async function action({ request, context }: Route.ActionArgs) {
  const values = readSpotlightForm(await request.formData());
  const { viewer, member } = await memberOf(request, context, values.subjectUserId);
  // An invitation emails an address someone typed: the same allowance as any such email.
  if (!member && values.subjectEmail.trim()) {
    const wait = await minutesToWaitFor(request, context, "email", values.subjectEmail.trim());
    if (wait !== null)
      return {
        values,
        member,
        errors: { subjectEmail: { key: "spotlights:errors.wait", values: { minutes: wait } } },
      };
  }
  const result = await context.services.useCases.writeSpotlight(actorOf(viewer), {
    values,
    locale: requestLocale(request, viewer),
  });
  if (!result.ok) {
    if (result.error.code === "invalid")
      return { values, member, errors: result.error.fieldErrors };
    if (result.error.code === "conflict" && result.error.reason === "unverified")
      return { values, member, errors: { form: { key: "spotlights:errors.unverified" } } };
    throwUseCaseError(result.error);
  }
  return redirect(`/spotlights/${result.value.id}?done=asked`);
}

/** /spotlights/new (?member=<id> from a profile): a member writes about a colleague's work. */
export default function SpotlightNew({ loaderData, actionData }: Route.ComponentProps) {
  const t = useFixedT("spotlights");
  const member = actionData?.member ?? loaderData.member;
  return (
    <>
      <title>{`${t("new.title")} — Shelfmates`}</title>
      <h1>{t("new.title")}</h1>
      <p>{t("new.intro")}</p>
      <SpotlightForm
        values={actionData?.values ?? { ...EMPTY_SPOTLIGHT_FORM }}
        errors={actionData?.errors}
        member={member}
      />
    </>
  );
}
