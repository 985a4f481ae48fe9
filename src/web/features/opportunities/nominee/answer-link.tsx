import { redirect } from "react-router";
import { formText } from "../../../shared/form-data.ts";
import { throwUseCaseError } from "../../../shared/http-errors.ts";
import { actorOf, findViewer } from "../../../shared/viewer.server.ts";
import { answerNotice, NomineeView } from "./nominee-view.tsx";
import type { Route } from "./+types/answer-link";

/** The nominee's page from their email: no sign-in, the link's secret is the key. */
export async function loader({ request, context, params }: Route.LoaderArgs) {
  const result = await context.services.useCases.findNominationByAnswerLink({
    token: params.token,
  });
  if (!result.ok) throwUseCaseError(result.error);
  const url = new URL(request.url);
  return {
    nomination: result.value,
    here: url.pathname,
    confirmDecline: url.searchParams.get("confirm") === "decline",
    notice: answerNotice(url),
  };
}

export async function action({ request, context, params }: Route.ActionArgs) {
  const viewer = await findViewer(request, context);
  const answer = formText(await request.formData(), "answer") === "accept" ? "accept" : "decline";
  const result = await context.services.useCases.answerNomination(actorOf(viewer), {
    token: params.token,
    answer,
  });
  const here = new URL(request.url).pathname;
  if (!result.ok) {
    if (result.error.code === "conflict") return redirect(`${here}?done=answered`);
    if (result.error.code === "closed") return redirect(`${here}?done=closed`);
    throwUseCaseError(result.error);
  }
  return redirect(`${here}?done=${result.value.status}`);
}

export default function AnswerLink({ loaderData }: Route.ComponentProps) {
  return <NomineeView {...loaderData} />;
}
