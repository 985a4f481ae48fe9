import { useFixedT } from "../../../shared/use-fixed-t.ts";
import { redirect } from "react-router";
import { throwUseCaseError } from "../../../shared/http-errors.ts";
import { RoundBreadcrumb } from "../../../shared/round-breadcrumb.tsx";
import { actorOf, requireViewer } from "../../../shared/viewer.server.ts";
import surveysCss from "../surveys.css?url";
import { parseQuestionForm, withNewOptionRows } from "./parse-question-form.ts";
import { QuestionForm } from "./question-form.tsx";
import type { Route } from "./+types/question-edit";

export const links: Route.LinksFunction = () => [{ rel: "stylesheet", href: surveysCss }];

export async function loader({ request, context, params }: Route.LoaderArgs) {
  const viewer = await requireViewer(request, context);
  const result = await context.services.useCases.getSurveyQuestionForEditing(
    actorOf(viewer),
    params,
  );
  if (!result.ok) throwUseCaseError(result.error);
  const { round, programme, survey, question, answered, chosenOptionIds } = result.value;
  return {
    round: { id: round.id, name: round.name },
    programme: { id: programme.id, name: programme.name },
    defaultLanguage: programme.defaultLanguage,
    survey: { id: survey.id, kind: survey.kind },
    typeLocked: answered > 0,
    chosenOptionIds,
    values: withNewOptionRows({
      type: question.type,
      required: question.required,
      prompts: question.prompts,
      options: question.options.map((o) => ({ id: o.id, labels: o.labels, remove: false })),
    }),
  };
}

export async function action({ request, context, params }: Route.ActionArgs) {
  const viewer = await requireViewer(request, context);
  const values = parseQuestionForm(await request.formData());
  const result = await context.services.useCases.saveSurveyQuestion(actorOf(viewer), {
    ...params,
    values,
  });
  if (!result.ok) {
    if (result.error.code === "invalid") return { values, errors: result.error.fieldErrors };
    throwUseCaseError(result.error);
  }
  return redirect(
    `/facilitate/rounds/${params.roundId}/surveys/${params.surveyId}?done=questionSaved#question-${params.questionId}`,
  );
}

export default function QuestionEdit({ loaderData, actionData }: Route.ComponentProps) {
  const t = useFixedT("surveys");
  const { round, survey } = loaderData;
  const title = t("editor.editTitle", { kind: t(`kindInSentence.${survey.kind}`) });
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
        typeLocked={loaderData.typeLocked}
        chosenOptionIds={loaderData.chosenOptionIds}
        submitLabel={t("editor.save")}
        cancelTo={`/facilitate/rounds/${round.id}/surveys/${survey.id}`}
      />
    </>
  );
}
