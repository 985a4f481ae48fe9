import { useFixedT } from "../../../shared/use-fixed-t.ts";
import { I18nextProvider } from "react-i18next";
import { Form, data, redirect, useNavigation } from "react-router";
import { answerField } from "../../../../domain/surveys/survey-answers.ts";
import { createI18n } from "../../../../i18n/create-i18n.ts";
import { isLocale, DEFAULT_LOCALE } from "../../../../i18n/languages.ts";
import { LOCALE_COOKIE, readCookie } from "../../../../i18n/request-locale.ts";
import type { UseCaseError } from "../../../../use-cases/result.ts";
import { KnownTimeZone, formatDateTime, useReaderTimeZone } from "../../../shared/date-time.tsx";
import { ErrorSummary } from "../../../shared/field.tsx";
import surveysCss from "../surveys.css?url";
import { useFocusErrorSummary } from "../use-focus-error-summary.ts";
import { SurveyLinkProblem } from "./survey-link-problem.tsx";
import { SurveyQuestionField } from "./survey-question-field.tsx";
import type { Route } from "./+types/survey-answer";

export const links: Route.LinksFunction = () => [{ rel: "stylesheet", href: surveysCss }];

// The link is a key in the URL: keep it out of caches and of Referer headers to other sites
// ("same-origin", so the page's own form post is not refused as cross-site).
export const headers: Route.HeadersFunction = () => ({
  "Referrer-Policy": "same-origin",
  "Cache-Control": "private, no-store",
});

/** The language the reader chose with the switcher, if any; else the participant's own. */
function chosenLocale(request: Request): string | undefined {
  const cookie = readCookie(request.headers.get("cookie"), LOCALE_COOKIE);
  return isLocale(cookie) ? cookie : undefined;
}

function linkProblem(error: UseCaseError) {
  if (error.code === "closed") return data({ state: "expired" as const }, { status: 410 });
  return data({ state: "invalid" as const }, { status: 404 });
}

/** Shows the survey with the participant's earlier answers. Reading it changes nothing. */
export async function loader({ request, params, context }: Route.LoaderArgs) {
  const found = await context.services.useCases.findSurveyByLink(
    params.token,
    chosenLocale(request),
  );
  if (!found.ok) return linkProblem(found.error);
  const saved = new URL(request.url).searchParams.get("saved") === "1";
  const { answers, ...survey } = found.value;
  return {
    ...survey,
    state: survey.state,
    saved,
    // What each field shows: the stored answer, as the form would send it.
    chosen: Object.fromEntries(
      Object.entries(answers).map(([questionId, a]) => [
        answerField(questionId),
        a.scale !== null ? [String(a.scale)] : (a.optionIds ?? (a.text ? [a.text] : [])),
      ]),
    ) as Record<string, string[]>,
  };
}

export async function action({ request, params, context }: Route.ActionArgs) {
  const form = await request.formData();
  const values: Record<string, string[]> = {};
  for (const [name, value] of form.entries())
    if (name.startsWith("q-") && typeof value === "string") (values[name] ??= []).push(value);
  const result = await context.services.useCases.answerSurveyByLink(
    params.token,
    values,
    chosenLocale(request),
  );
  if (!result.ok) {
    if (result.error.code === "invalid") return { values, errors: result.error.fieldErrors };
    // It closed while the page was open: the page as it is now says so, with its real date
    // (a 4xx answer here would leave the page's data, and its closing date, unrefreshed).
    if (result.error.code === "conflict") return redirect(`/survey/${params.token}`);
    return linkProblem(result.error);
  }
  return redirect(`/survey/${params.token}?saved=1`);
}

export default function SurveyAnswerPage({ loaderData, actionData }: Route.ComponentProps) {
  if (loaderData.state === "expired" || loaderData.state === "invalid")
    return <SurveyLinkProblem state={loaderData.state} />;
  if (actionData && "state" in actionData) return <SurveyLinkProblem state={actionData.state} />;
  const locale = isLocale(loaderData.locale) ? loaderData.locale : DEFAULT_LOCALE;
  return (
    <I18nextProvider i18n={createI18n(locale)}>
      <KnownTimeZone.Provider value={loaderData.timeZone}>
        <div className="narrow" lang={locale}>
          <SurveyForm
            survey={loaderData}
            locale={locale}
            errors={actionData && "errors" in actionData ? actionData.errors : undefined}
            values={actionData && "values" in actionData ? actionData.values : undefined}
          />
        </div>
      </KnownTimeZone.Provider>
    </I18nextProvider>
  );
}

type SurveyData = Exclude<Route.ComponentProps["loaderData"], { state: "expired" | "invalid" }>;

function SurveyForm(props: {
  survey: SurveyData;
  locale: string;
  errors: Record<string, { key: string; values?: Record<string, string | number> }> | undefined;
  values: Record<string, string[]> | undefined;
}) {
  const t = useFixedT("surveys");
  const busy = useNavigation().state === "submitting";
  const timeZone = useReaderTimeZone();
  const { survey, errors } = props;
  const page = useFocusErrorSummary<HTMLDivElement>(errors);
  const when = (value: Date | string) => formatDateTime(new Date(value), props.locale, timeZone);
  const vars = { kind: t(`kind.${survey.kind}`), round: survey.roundName };
  const title = <title>{t("answer.title", vars)}</title>;
  if (survey.state === "closed")
    return (
      <>
        {title}
        <h1>{t("answer.closed.title")}</h1>
        <p>{t("answer.closed.body", { date: when(survey.closesAt) })}</p>
        <p>
          {survey.response
            ? t("answer.closed.thanks")
            : t("answer.closed.noAnswer", { round: survey.roundName })}
        </p>
      </>
    );
  return (
    <>
      {title}
      <h1>{t("answer.heading", vars)}</h1>
      {survey.saved && (
        <div className="notice notice--ok" role="status">
          <p>{t("answer.saved")}</p>
          <p>{t("answer.savedEdit", { date: when(survey.closesAt) })}</p>
        </div>
      )}
      <p className="lead">{t("answer.intro", { programme: survey.programmeName })}</p>
      {!survey.saved && survey.response && (
        <p className="notice">
          {t("answer.answeredBefore", { date: when(survey.response.updatedAt) })}
        </p>
      )}
      {/* Once saved, the thank-you above says until when already. */}
      {!survey.saved && <p>{t("answer.until", { date: when(survey.closesAt) })}</p>}
      {survey.questions.some((q) => q.required) && (
        <p className="muted">{t("answer.requiredNote")}</p>
      )}
      <div ref={page}>
        {/* Each message names its question already: no label before it. */}
        <ErrorSummary errors={errors} labels={{}} />
      </div>
      <Form method="post" noValidate>
        {survey.questions.map((question) => {
          const field = answerField(question.id);
          return (
            <SurveyQuestionField
              key={question.id}
              question={question}
              chosen={props.values ? (props.values[field] ?? []) : (survey.chosen[field] ?? [])}
              error={errors?.[field]}
            />
          );
        })}
        <div className="actions">
          <button type="submit" className="button" disabled={busy}>
            {survey.response ? t("answer.update") : t("answer.submit")}
          </button>
        </div>
      </Form>
    </>
  );
}
