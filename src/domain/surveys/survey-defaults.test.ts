import { describe, expect, it } from "vitest";
import { DEFAULT_QUESTIONNAIRE, defaultQuestions } from "./default-questionnaire.ts";
import { defaultSurveyDates, parseSurveyDates, surveyState } from "./survey-dates.ts";
import { SURVEY_LOCALES, hasOptions } from "./survey-question.ts";

const round = {
  startsAt: new Date("2027-02-10T09:00:00Z"),
  endsAt: new Date("2027-06-10T09:00:00Z"),
};

describe("the default questionnaire", () => {
  it("asks everything the issue lists at the end of the round, by key", () => {
    expect(DEFAULT_QUESTIONNAIRE.end.map((q) => [q.key, q.type])).toEqual([
      ["satisfaction", "scale"],
      ["contact_frequency", "single"],
      ["formats", "multiple"],
      ["learned", "text"],
      ["theme_helped", "scale"],
      ["recommend", "single"],
      ["take_part_again", "single"],
      ["become_mentor", "single"],
      ["suggestions", "text"],
    ]);
    const formats = DEFAULT_QUESTIONNAIRE.end.find((q) => q.key === "formats")!;
    expect(formats.options.map((o) => o.id)).toEqual([
      "email",
      "video",
      "face_to_face",
      "one_to_one",
      "group_sessions",
    ]);
  });

  it("is written in every interface language, options included", () => {
    for (const question of [...DEFAULT_QUESTIONNAIRE.mid, ...DEFAULT_QUESTIONNAIRE.end]) {
      for (const locale of SURVEY_LOCALES) {
        expect(question.prompts[locale], `${question.key} ${locale}`).toBeTruthy();
        for (const option of question.options) expect(option.labels[locale]).toBeTruthy();
      }
      expect(hasOptions(question.type)).toBe(question.options.length > 0);
    }
  });

  it("gives each stored copy its own question ids and its own option objects", () => {
    let n = 0;
    const newId = () => `id-${++n}`;
    const first = defaultQuestions("mid", newId);
    const second = defaultQuestions("mid", newId);
    expect(first.map((q) => q.id)).toEqual(["id-1", "id-2", "id-3", "id-4", "id-5"]);
    expect(second[0]!.id).toBe("id-6");
    first[1]!.options[0]!.labels.en = "changed";
    expect(second[1]!.options[0]!.labels.en).toBe("About every week");
  });
});

describe("a survey's dates", () => {
  it("sends the mid survey halfway, the end survey at the end; reminds after 7 days; closes after 21", () => {
    expect(defaultSurveyDates("mid", round)).toEqual({
      sendAt: new Date("2027-04-11T09:00:00Z"),
      remindAt: new Date("2027-04-18T09:00:00Z"),
      closesAt: new Date("2027-05-02T09:00:00Z"),
    });
    expect(defaultSurveyDates("end", round)).toEqual({
      sendAt: new Date("2027-06-10T09:00:00Z"),
      remindAt: new Date("2027-06-17T09:00:00Z"),
      closesAt: new Date("2027-07-01T09:00:00Z"),
    });
  });

  it("is scheduled, then open from its sending, then closed at its closing", () => {
    const dates = defaultSurveyDates("end", round);
    expect(surveyState(dates, new Date("2027-06-10T08:59:59Z"))).toBe("scheduled");
    expect(surveyState(dates, dates.sendAt)).toBe("open");
    expect(surveyState(dates, dates.closesAt)).toBe("closed");
  });

  const current = defaultSurveyDates("end", round);
  const typed = {
    sendAtLocal: "2027-06-10T11:00",
    remindAtLocal: "2027-06-17T11:00",
    closesAtLocal: "2027-07-01T11:00",
    timeZone: "Europe/Helsinki",
  };

  it("reads wall-clock times in the facilitator's zone; no reminder when left empty", () => {
    expect(
      parseSurveyDates(
        { ...typed, remindAtLocal: "" },
        { sent: false, current, now: round.startsAt },
      ),
    ).toEqual({
      ok: true,
      value: {
        sendAt: new Date("2027-06-10T08:00:00Z"),
        remindAt: null,
        closesAt: new Date("2027-07-01T08:00:00Z"),
      },
    });
  });

  it("refuses a closing before the sending and a reminder outside the two", () => {
    const result = parseSurveyDates(
      { ...typed, closesAtLocal: "2027-06-01T11:00", remindAtLocal: "2027-06-09T11:00" },
      { sent: false, current, now: round.startsAt },
    );
    expect(result).toEqual({
      ok: false,
      fieldErrors: {
        closesAtLocal: { key: "surveys:dates.errors.closesBeforeSend" },
        remindAtLocal: { key: "surveys:dates.errors.remindBeforeSend" },
      },
    });
    // Listed in the form's order (the error summary lists them so): reminder before closing.
    expect(Object.keys(result.ok ? {} : result.fieldErrors)).toEqual([
      "remindAtLocal",
      "closesAtLocal",
    ]);
    const late = parseSurveyDates(
      { ...typed, remindAtLocal: "2027-07-02T11:00" },
      { sent: false, current, now: round.startsAt },
    );
    expect(late.ok || late.fieldErrors.remindAtLocal?.key).toBe(
      "surveys:dates.errors.remindAfterClose",
    );
  });

  it("keeps the sending date of a survey already sent, and refuses to close it in the past", () => {
    const now = new Date("2027-06-20T09:00:00Z");
    const result = parseSurveyDates(
      { ...typed, sendAtLocal: "2027-06-15T11:00", closesAtLocal: "2027-06-19T11:00" },
      { sent: true, current, now },
    );
    expect(result).toEqual({
      ok: false,
      fieldErrors: { closesAtLocal: { key: "surveys:dates.errors.closesInPast" } },
    });
    const later = parseSurveyDates(
      { ...typed, sendAtLocal: "2027-06-15T11:00", closesAtLocal: "2027-07-08T11:00" },
      { sent: true, current, now },
    );
    expect(later.ok && later.value.sendAt).toEqual(current.sendAt);
  });
});
