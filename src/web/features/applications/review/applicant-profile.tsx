import { useFixedT } from "../../../shared/use-fixed-t.ts";
import type { CustomAnswers } from "../../../../domain/applications/application-profile.ts";
import { AVAILABILITY_BLOCK_HOURS } from "../../../../domain/vocabulary/vocabulary.ts";
import type { ApplicationRecord } from "../../../../use-cases/applications/application-ports.ts";
import { DateTime } from "../../../shared/date-time.tsx";

// Free text keeps the applicant's line breaks; React escapes it, so markup shows as text.
const preWrap = { whiteSpace: "pre-wrap", overflowWrap: "anywhere" } as const;

type Entry = [label: string, value: React.ReactNode];

function Details({ entries }: { entries: Entry[] }) {
  return (
    <dl className="details">
      {entries.map(([label, value], index) => (
        <div key={index} style={{ display: "contents" }}>
          <dt>{label}</dt>
          <dd style={preWrap}>{value === "" || value === null ? "—" : value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** Everything an applicant told us, in sections, with closed vocabularies translated. */
export function ApplicantProfile({
  application: a,
  names,
}: {
  application: ApplicationRecord;
  /** Country and language names, looked up on the server (see display-names.server.ts). */
  names: { countries: Record<string, string>; languages: Record<string, string> };
}) {
  const t = useFixedT("applications");
  const languageName = (code: string) => names.languages[code] ?? code;
  const yesNo = (value: boolean) => (value ? t("yes") : t("no"));
  const availability = a.availability.map((block) => {
    const [day = "", start = "0"] = block.split("-");
    const from = Number(start);
    return t("detail.block", {
      day: t(`vocabulary:weekday.${day}`),
      from,
      to: from + AVAILABILITY_BLOCK_HOURS,
    });
  });
  return (
    <>
      <h2>{t("detail.contact")}</h2>
      <Details
        entries={[
          [t("detail.email"), <a href={`mailto:${a.email}`}>{a.email}</a>],
          [t("filters.country"), names.countries[a.country] ?? a.country],
          [t("detail.city"), a.city],
          [t("detail.library"), a.library],
          [t("filters.sector"), t(`vocabulary:sector.${a.sector}`)],
          [t("detail.jobTitle"), a.jobTitle],
          [t("detail.solo"), yesNo(a.solo)],
          [t("detail.careerStage"), t(`vocabulary:careerStage.${a.careerStage}`)],
          [t("detail.experienceYears"), String(a.experienceYears)],
        ]}
      />
      <h2>{t("detail.languagesAndTime")}</h2>
      <Details
        entries={[
          [
            t("list.languages"),
            a.languages
              .map((l) => `${languageName(l.code)} (${t(`vocabulary:level.${l.level}`)})`)
              .join(", "),
          ],
          [t("detail.timeZone"), a.timeZone],
          [t("detail.availability"), availability.join(", ")],
          [
            t("detail.formats"),
            a.meetingFormats.map((f) => t(`vocabulary:format.${f}`)).join(", "),
          ],
        ]}
      />
      <h2>{t("detail.matching")}</h2>
      <Details
        entries={[
          [t("detail.role"), t(`vocabulary:role.${a.role}`)],
          ...(a.role === "mentor"
            ? [[t("detail.capacity"), String(a.mentorCapacity ?? 1)] as Entry]
            : []),
          [t("detail.matchBy"), t(`vocabulary:matchBy.${a.matchBy}`)],
          [t("detail.partnerSector"), t(`vocabulary:partnerSector.${a.partnerSector}`)],
          [t("detail.interests"), a.interests.map((i) => t(`vocabulary:interest.${i}`)).join(", ")],
          [t("detail.otherInterests"), a.otherInterests],
          [t("detail.goals"), a.goals],
        ]}
      />
      <h2>{t("detail.record")}</h2>
      <Details
        entries={[
          [t("detail.source"), t(`detail.sources.${a.source}`)],
          [t("detail.locale"), languageName(a.locale)],
          [t("detail.consentAt"), <DateTime value={a.consentAt} />],
          [t("list.applied"), <DateTime value={a.createdAt} />],
          [t("detail.updatedAt"), <DateTime value={a.updatedAt} />],
          ...(a.withdrawnAt
            ? [[t("detail.withdrawnAt"), <DateTime value={a.withdrawnAt} />] as Entry]
            : []),
        ]}
      />
    </>
  );
}

/** Answers to the round's questions (in their order), then columns kept from an imported file. */
export function CustomAnswerList(props: {
  answers: CustomAnswers;
  questions: { id: string; label: string }[];
}) {
  const t = useFixedT("applications");
  const text = (answer: CustomAnswers[string] | undefined) =>
    answer === undefined
      ? t("detail.notAnswered")
      : typeof answer === "boolean"
        ? answer
          ? t("yes")
          : t("no")
        : Array.isArray(answer)
          ? answer.join(", ")
          : answer;
  const questionIds = new Set(props.questions.map((q) => q.id));
  const entries: Entry[] = [
    ...props.questions.map((q): Entry => [q.label, text(props.answers[q.id])]),
    ...Object.entries(props.answers)
      .filter(([key]) => !questionIds.has(key))
      .map(([key, answer]): Entry => [key, text(answer)]),
  ];
  return (
    <>
      <h2>{t("detail.answers")}</h2>
      {entries.length === 0 ? <p>{t("detail.noAnswers")}</p> : <Details entries={entries} />}
    </>
  );
}
