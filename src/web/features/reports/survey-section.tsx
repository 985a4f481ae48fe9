import { useFixedT } from "../../shared/use-fixed-t.ts";
import type { RoundReport } from "../../../domain/reports/round-report.ts";
import type { SurveyQuestionResult } from "../../../domain/surveys/survey-results.ts";
import { BarChart, ScaleChart } from "../../shared/charts/index.ts";
import { CsvLink } from "./csv-link.tsx";
import type { ReportWords } from "./report-words.ts";

/** Each survey's questions: a chart per scale or choice question, free-text answers listed. */
export function SurveySection(props: { report: RoundReport; words: ReportWords; locale: string }) {
  const t = useFixedT("reports");
  const { report, words } = props;
  return (
    <section aria-labelledby="surveys" className="report-section">
      <h2 id="surveys">{t("sections.surveys")}</h2>
      {report.surveys.length === 0 && <p className="notice">{t("surveys.none")}</p>}
      {report.surveys.map((survey) => (
        <div key={survey.surveyId} className="report-survey">
          <h3>{t(`surveys.heading_${survey.kind}`)}</h3>
          <p>
            {t("surveys.responded", {
              responded: words.number(survey.responded),
              invited: words.number(survey.invited),
              percent:
                survey.invited === 0
                  ? "—"
                  : words.number(Math.round((1000 * survey.responded) / survey.invited) / 10),
            })}
          </p>
          {survey.responded === 0 ? (
            <p className="notice">{t("surveys.noAnswers")}</p>
          ) : (
            survey.questions.map((question, index) => (
              <div key={question.questionId} className="report-question">
                <Question
                  id={`chart-survey-${survey.kind}-${index + 1}`}
                  question={question}
                  words={words}
                  locale={props.locale}
                />
                <CsvLink roundId={report.round.id} table={`survey-${survey.kind}-${index + 1}`} />
              </div>
            ))
          )}
        </div>
      ))}
    </section>
  );
}

function Question({
  id,
  question,
  words,
  locale,
}: {
  id: string;
  question: SurveyQuestionResult;
  words: ReportWords;
  locale: string;
}) {
  const t = useFixedT("reports");
  const answered = words.number(question.answered);
  if (question.type === "scale")
    return (
      <ScaleChart
        id={id}
        title={question.prompt}
        description={t("surveys.scaleDesc", {
          n: answered,
          mean: question.mean === null ? "—" : words.number(Math.round(question.mean * 10) / 10),
        })}
        counts={question.counts}
        mean={question.mean}
        locale={locale}
        labels={{
          point: t("surveys.answer"),
          answers: t("surveys.responses"),
          mean: t("surveys.mean"),
          empty: t("surveys.noAnswer"),
          tablesSummary: t("numbers"),
        }}
      />
    );
  if (question.type === "text") {
    const more = question.answered - question.answers.length;
    return (
      <figure className="report-text-answers">
        <figcaption>
          <span className="chart-title">{question.prompt}</span>
        </figcaption>
        {question.answered === 0 ? (
          <p className="chart-empty">{t("surveys.noAnswer")}</p>
        ) : (
          <>
            <p>{t("surveys.textAnswers", { n: answered })}</p>
            <ul>
              {question.answers.map((answer, i) => (
                <li key={i}>{answer}</li>
              ))}
            </ul>
            {more > 0 && <p>{t("surveys.more", { n: words.number(more) })}</p>}
          </>
        )}
      </figure>
    );
  }
  return (
    <BarChart
      id={id}
      title={question.prompt}
      description={t(
        question.type === "single" ? "surveys.choiceDescSingle" : "surveys.choiceDesc",
        {
          n: answered,
        },
      )}
      bars={
        question.answered === 0
          ? []
          : question.options.map((o) => ({ label: o.label, value: o.count }))
      }
      locale={locale}
      labels={{
        category: t("surveys.option"),
        value: t("surveys.responses"),
        empty: t("surveys.noAnswer"),
        tablesSummary: t("numbers"),
      }}
    />
  );
}
