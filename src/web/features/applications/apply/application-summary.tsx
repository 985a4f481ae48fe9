import { useFixedT } from "../../../shared/use-fixed-t.ts";
import { Fragment } from "react";
import { questionFieldName } from "../../../../domain/applications/custom-answers.ts";
import type { LocalisedQuestion } from "../../../../domain/rounds/round-texts.ts";
import {
  AVAILABILITY_BLOCK_START_HOURS,
  WEEKDAYS,
} from "../../../../domain/vocabulary/vocabulary.ts";
import { blockTimes } from "./availability-grid.tsx";
import type { ApplicationFormValues } from "./form-values.ts";

/**
 * The application in readable form: every answer with its label, vocabulary translated.
 * Country and language names come from the server (`names`), as the page was rendered.
 */
export function ApplicationSummary({
  values,
  questions,
  mode,
  names,
}: {
  values: ApplicationFormValues;
  questions: LocalisedQuestion[];
  mode: string;
  names: { country: string; languages: Record<string, string> };
}) {
  const t = useFixedT("applications");
  const none = <span className="muted">{t("summary.none")}</span>;
  const text = (value: string) =>
    value.trim() === "" ? none : <span style={{ whiteSpace: "pre-wrap" }}>{value}</span>;
  const list = (items: string[]) => (items.length === 0 ? none : items.join(", "));
  const languages = values.languages
    .filter((l) => l.code !== "")
    .map((l) => `${names.languages[l.code] ?? l.code} (${t(`vocabulary:level.${l.level}`)})`);
  const rows: [string, React.ReactNode][] = [
    [t("form.name"), values.name],
    [t("form.email"), values.email],
    [t("form.country"), names.country],
    [t("form.city"), text(values.city)],
    [t("form.timeZone"), values.timeZone.replace(/_/g, " ")],
    [t("form.languages"), list(languages)],
    [t("form.library"), text(values.library)],
    [t("form.sector"), t(`vocabulary:sector.${values.sector}`)],
    [t("summary.solo"), values.solo ? t("form.yes") : t("form.no")],
    [t("form.jobTitle"), text(values.jobTitle)],
    [t("form.careerStage"), t(`vocabulary:careerStage.${values.careerStage}`)],
    [t("form.experienceYears"), values.experienceYears],
  ];
  if (mode === "mentor") {
    rows.push([t("form.role"), t(`vocabulary:role.${values.role}`)]);
    if (values.role === "mentor") rows.push([t("form.mentorCapacity"), values.mentorCapacity]);
  }
  rows.push(
    [t("form.interests"), list(values.interests.map((id) => t(`vocabulary:interest.${id}`)))],
    [t("form.otherInterests"), text(values.otherInterests)],
    [t("form.goals"), text(values.goals)],
    [t("form.matchBy"), t(`vocabulary:matchBy.${values.matchBy}`)],
    [t("form.partnerSector"), t(`vocabulary:partnerSector.${values.partnerSector}`)],
    [t("form.meetingFormats"), list(values.meetingFormats.map((f) => t(`vocabulary:format.${f}`)))],
    [t("form.availability"), <AvailabilityList key="availability" blocks={values.availability} />],
  );
  for (const question of questions) {
    const answer = values.answers[questionFieldName(question.id)];
    // A choice is stored as the original option: show it as it reads in the reader's language.
    const optionLabel = (option: string) =>
      question.optionLabels[question.options.indexOf(option)] ?? option;
    const shown = Array.isArray(answer)
      ? list(answer.map(optionLabel))
      : question.kind === "single_choice" && answer
        ? optionLabel(answer)
        : question.kind === "yes_no" && (answer === "yes" || answer === "no")
          ? t(`form.${answer}`)
          : text(answer ?? "");
    rows.push([question.label, shown]);
  }
  return (
    <dl className="details">
      {rows.map(([label, value], i) => (
        <Fragment key={i}>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </Fragment>
      ))}
    </dl>
  );
}

function AvailabilityList({ blocks }: { blocks: string[] }) {
  const t = useFixedT("applications");
  const days = WEEKDAYS.map((day) => ({
    day,
    times: AVAILABILITY_BLOCK_START_HOURS.filter((hour) =>
      blocks.includes(`${day}-${String(hour).padStart(2, "0")}`),
    ).map(blockTimes),
  })).filter((d) => d.times.length > 0);
  if (days.length === 0) return <span className="muted">{t("summary.flexible")}</span>;
  return (
    <ul style={{ margin: 0, paddingLeft: "1.25rem" }}>
      {days.map(({ day, times }) => (
        <li key={day}>
          {t(`vocabulary:weekday.${day}`)}: {times.join(", ")}
        </li>
      ))}
    </ul>
  );
}
