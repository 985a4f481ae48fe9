import { useFixedT } from "../../../shared/use-fixed-t.ts";
import { redirect } from "react-router";
import { throwUseCaseError } from "../../../shared/http-errors.ts";
import { RoundBreadcrumb } from "../../../shared/round-breadcrumb.tsx";
import { actorOf, requireViewer } from "../../../shared/viewer.server.ts";
import surveysCss from "../surveys.css?url";
import { parseQuestionForm, withNewOptionRows } from "./parse-question-form.ts";
import { QuestionForm } from "./question-form.tsx";
import type { Route } from "./+types/question-new";

export const links: Route.LinksFunction = () => [{ rel: "stylesheet", href: surveysCss }];

export async function loader({ request, context, params }: Route.LoaderArgs) {
  const viewer = await requireViewer(request, context);
  const result = await context.services.useCases.getSurveyForEditing(actorOf(viewer), params);
  if (!result.ok) throwUseCaseError(result.error);
  const { round, programme, survey, state } = result.value;
  if (state === "closed")
    throw redirect(`/facilitate/rounds/${round.id}/surveys/${survey.id}?done=closed`);
  return {
    round: { id: round.id, name: round.name },
    programme: { id: programme.id, name: programme.name },
    defaultLanguage: programme.defaultLanguage,
    survey: { id: survey.id, kind: survey.kind },
    values: withNewOptionRows({ type: "single", required: false, prompts: {}, options: [] }),
  };
}

export async function action({ request, context, params }: Route.ActionArgs) {
  const viewer = await requireViewer(request, context);
  const values = parseQuestionForm(await request.formData());
  const result = await context.services.useCases.saveSurveyQuestion(actorOf(viewer), {
    ...params,
    questionId: null,
    values,
  });
  const base = `/facilitate/rounds/${params.roundId}/surveys/${params.surveyId}`;
  if (!result.ok) {
    if (result.error.code === "invalid") return { values, errors: result.error.fieldErrors };
    if (result.error.code === "closed") return redirect(`${base}?done=closed`);
    if (result.error.code === "conflict") return redirect(`${base}?done=tooManyQuestions`);
    throwUseCaseError(result.error);
  }
  return redirect(`${base}?done=questionAdded#question-${result.value.questionId}`);
}

export default function QuestionNew({ loaderData, actionData }: Route.ComponentProps) {
  const t = useFixedT("surveys");
  const { round, survey } = loaderData;
  const title = t("editor.newTitle", { kind: t(`kindInSentence.${survey.kind}`) });
  return (
    <>
      <title>{`${title} — ${round.name}`}</title>
      <RoundBreadcrumb
        programme={loaderData.programme}
        round={round}
        section={{ path: `surveys/${survey.id}`, label: t(`kind.${survey.kind}`) }}
      />
      <h1>{title}</h1>
      <QuestionForm
        values={actionData?.values ?? loaderData.values}
        errors={actionData?.errors}
        defaultLanguage={loaderData.defaultLanguage}
        typeLocked={false}
        submitLabel={t("editor.add")}
        cancelTo={`/facilitate/rounds/${round.id}/surveys/${survey.id}`}
      />
    </>
  );
}
