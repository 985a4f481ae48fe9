import { useEffect } from "react";
import { useTranslation } from "react-i18next";
import { Form, Link, redirect, useLocation } from "react-router";
import { instantToLocalDateTime } from "../../../../domain/vocabulary/time-zones.ts";
import { textIn } from "../../../../domain/surveys/survey-question.ts";
import { formText } from "../../../shared/form-data.ts";
import { throwUseCaseError } from "../../../shared/http-errors.ts";
import { RoundBreadcrumb } from "../../../shared/round-breadcrumb.tsx";
import { readerTimeZone } from "../../../shared/time-zone.server.ts";
import { actorOf, requireViewer } from "../../../shared/viewer.server.ts";
import surveysCss from "../surveys.css?url";
import { SurveyDatesForm } from "./survey-dates-form.tsx";
import type { Route } from "./+types/survey-edit";

export const links: Route.LinksFunction = () => [{ rel: "stylesheet", href: surveysCss }];

const NOTICES = [
  "datesSaved",
  "questionSaved",
  "questionAdded",
  "questionRemoved",
  "hasAnswers",
  "tooManyQuestions",
  "closed",
] as const;

/** One survey: its dates (a form), its questions in order with their actions, its counts. */
export async function loader({ request, context, params }: Route.LoaderArgs) {
  const viewer = await requireViewer(request, context);
  const result = await context.services.useCases.getSurveyForEditing(actorOf(viewer), params);
  if (!result.ok) throwUseCaseError(result.error);
  const { round, programme, survey, state, sent, counts, questions } = result.value;
  const timeZone = readerTimeZone(request);
  const notice = new URL(request.url).searchParams.get("done");
  return {
    round: { id: round.id, name: round.name },
    programme: { id: programme.id, name: programme.name },
    defaultLanguage: programme.defaultLanguage,
    survey: { id: survey.id, kind: survey.kind, sendAt: survey.sendAt },
    state,
    sent,
    counts,
    dates: {
      sendAtLocal: instantToLocalDateTime(survey.sendAt, timeZone),
      remindAtLocal: survey.remindAt ? instantToLocalDateTime(survey.remindAt, timeZone) : "",
      closesAtLocal: instantToLocalDateTime(survey.closesAt, timeZone),
      timeZone,
    },
    questions: questions.map((q) => ({
      id: q.id,
      type: q.type,
      required: q.required,
      prompts: q.prompts,
      options: q.options,
      answered: q.answered,
    })),
    notice: NOTICES.find((n) => n === notice) ?? null,
  };
}

export async function action({ request, context, params }: Route.ActionArgs) {
  const viewer = await requireViewer(request, context);
  const actor = actorOf(viewer);
  const form = await request.formData();
  const useCases = context.services.useCases;
  const base = `/facilitate/rounds/${params.roundId}/surveys/${params.surveyId}`;
  if (formText(form, "intent") === "dates") {
    const values = {
      sendAtLocal: formText(form, "sendAtLocal"),
      remindAtLocal: formText(form, "remindAtLocal"),
      closesAtLocal: formText(form, "closesAtLocal"),
      timeZone: formText(form, "timeZone"),
    };
    const result = await useCases.updateSurveyDates(actor, { ...params, values });
    if (!result.ok) {
      if (result.error.code === "invalid") return { values, errors: result.error.fieldErrors };
      throwUseCaseError(result.error);
    }
    return redirect(`${base}?done=datesSaved`);
  }
  const questionId = formText(form, "questionId");
  const moveUp = formText(form, "intent") === "moveUp";
  if (moveUp || formText(form, "intent") === "moveDown") {
    const result = await useCases.moveSurveyQuestion(actor, {
      ...params,
      questionId,
      direction: moveUp ? "up" : "down",
    });
    if (!result.ok) throwUseCaseError(result.error);
    return redirect(`${base}#question-${questionId}`);
  }
  if (formText(form, "intent") === "remove") {
    const result = await useCases.removeSurveyQuestion(actor, { ...params, questionId });
    if (!result.ok) {
      if (result.error.code === "conflict") return redirect(`${base}?done=hasAnswers`);
      throwUseCaseError(result.error);
    }
    return redirect(`${base}?done=questionRemoved`);
  }
  throwUseCaseError({ code: "invalid", fieldErrors: {} });
}

export default function SurveyEdit({ loaderData, actionData }: Route.ComponentProps) {
  const { t, i18n } = useTranslation("surveys");
  const { round, survey, counts } = loaderData;
  const base = `/facilitate/rounds/${round.id}/surveys/${survey.id}`;
  const kind = t(`kind.${survey.kind}`);
  const languageName = (locale: string) => t(`language.${locale}`);
  const count = loaderData.questions.length;
  useFocusAfterChange();
  return (
    <>
      <title>{`${t("edit.title", { kind, round: round.name })}`}</title>
      <RoundBreadcrumb
        programme={loaderData.programme}
        round={round}
        section={{ path: "surveys", label: t("list.title") }}
      />
      <h1>
        {t("edit.title", { kind, round: round.name })}{" "}
        <span className="badge">{t(`state.${loaderData.state}`)}</span>
      </h1>
      {loaderData.notice && (
        <p
          className={`notice ${["hasAnswers", "tooManyQuestions", "closed"].includes(loaderData.notice) ? "notice--warn" : "notice--ok"}`}
          role="status"
          id="survey-notice"
          tabIndex={-1}
        >
          {t(`edit.notice.${loaderData.notice}`)}
        </p>
      )}
      <p>{t("edit.counts", counts)}</p>
      {loaderData.state === "closed" ? (
        <p className="notice">{t("edit.closedNote")}</p>
      ) : (
        loaderData.sent && (
          <p className="notice">{t(counts.invited === 0 ? "edit.dueNote" : "edit.sentNote")}</p>
        )
      )}

      <SurveyDatesForm
        sent={loaderData.sent}
        sendAt={survey.sendAt}
        values={actionData?.values ?? loaderData.dates}
        errors={actionData?.errors}
      />

      <h2 id="questions-heading">{t("edit.questions")}</h2>
      <p>{t("edit.questionsIntro")}</p>
      {count === 0 ? (
        <p className="notice">{t("edit.empty")}</p>
      ) : (
        <ol className="question-list" aria-labelledby="questions-heading">
          {loaderData.questions.map((q, index) => {
            const prompt = textIn(q.prompts, i18n.language, loaderData.defaultLanguage);
            const others = Object.keys(q.prompts).filter((l) => l !== loaderData.defaultLanguage);
            return (
              <li key={q.id} id={`question-${q.id}`} tabIndex={-1}>
                <strong>{prompt}</strong>
                <br />
                <span className="muted">
                  {t(`type.${q.type}`)} · {q.required ? t("edit.required") : t("edit.optional")} ·{" "}
                  {others.length > 0
                    ? t("edit.alsoIn", {
                        languages: new Intl.ListFormat(i18n.language).format(
                          others.map(languageName),
                        ),
                      })
                    : t("edit.onlyIn", { language: languageName(loaderData.defaultLanguage) })}
                  {q.answered > 0 && <> · {t("edit.answeredBy", { count: q.answered })}</>}
                </span>
                {q.options.length > 0 && (
                  <>
                    <br />
                    {t("edit.options", {
                      options: q.options
                        .map((o) => textIn(o.labels, i18n.language, loaderData.defaultLanguage))
                        .join(" · "),
                    })}
                  </>
                )}
                <div
                  className="question-actions"
                  role="group"
                  aria-label={t("edit.controls", { number: index + 1 })}
                >
                  <Link to={`${base}/questions/${q.id}`}>
                    {t("edit.change")}
                    <span className="visually-hidden"> — {prompt}</span>
                  </Link>
                  {index > 0 && (
                    <QuestionButton questionId={q.id} intent="moveUp" prompt={prompt}>
                      {t("edit.moveUp")}
                    </QuestionButton>
                  )}
                  {index < count - 1 && (
                    <QuestionButton questionId={q.id} intent="moveDown" prompt={prompt}>
                      {t("edit.moveDown")}
                    </QuestionButton>
                  )}
                  {q.answered === 0 ? (
                    <QuestionButton questionId={q.id} intent="remove" prompt={prompt}>
                      {t("edit.remove")}
                    </QuestionButton>
                  ) : (
                    <span className="muted">{t("edit.keptBecauseAnswered")}</span>
                  )}
                </div>
              </li>
            );
          })}
        </ol>
      )}
      <div className="actions">
        {loaderData.state === "closed" ? (
          <p className="muted">{t("edit.closedNoAdd")}</p>
        ) : (
          <Link className="button" to={`${base}/questions/new`}>
            {t("edit.add")}
          </Link>
        )}
        <Link to={`/facilitate/rounds/${round.id}/surveys`}>{t("edit.back")}</Link>
      </div>
    </>
  );
}

/**
 * After a question was added, moved, removed or the dates saved, the page comes back: when the
 * button pressed is gone (a question removed, or moved to an end where its button is not
 * offered) focus would fall to the top of the document. Put it on the question the address
 * names, else on the notice that says what happened.
 */
function useFocusAfterChange() {
  const location = useLocation();
  useEffect(() => {
    if (document.activeElement && document.activeElement !== document.body) return;
    const target = location.hash ? document.getElementById(location.hash.slice(1)) : null;
    (target ?? document.getElementById("survey-notice"))?.focus();
  }, [location.key, location.hash]);
}

/** A one-button form acting on a question (works without scripts). */
function QuestionButton(props: {
  questionId: string;
  intent: "moveUp" | "moveDown" | "remove";
  prompt: string;
  children: React.ReactNode;
}) {
  return (
    <Form method="post">
      <input type="hidden" name="questionId" value={props.questionId} />
      <button type="submit" name="intent" value={props.intent} className="link-button">
        {props.children}
        <span className="visually-hidden"> — {props.prompt}</span>
      </button>
    </Form>
  );
}
