import { describe, expect, it } from "vitest";
import type { SurveyResults } from "../surveys/survey-results.ts";
import { participantSuggestions } from "./next-round-suggestions.ts";
import type { RoundReport } from "./round-report.ts";

const survey = (kind: "mid" | "end", answers: string[]): SurveyResults => ({
  surveyId: kind,
  kind,
  closesAt: new Date("2027-06-01T00:00:00Z"),
  invited: 10,
  responded: answers.length,
  questions: [
    {
      questionId: `${kind}-q`,
      key: "suggestions",
      prompt: "?",
      answered: answers.length,
      type: "text",
      answers,
    },
    {
      questionId: `${kind}-o`,
      key: "learned",
      prompt: "?",
      answered: 1,
      type: "text",
      answers: ["Not a suggestion"],
    },
  ],
});

describe("participants' suggestions for the next round", () => {
  it("lists each suggestion once with how many wrote it, the most written first", () => {
    const report = {
      surveys: [
        survey("mid", ["More group sessions", " Shorter surveys "]),
        survey("end", [
          "More group sessions",
          "A guide for the first call",
          "Shorter surveys",
          "More group sessions",
        ]),
      ],
    } as unknown as RoundReport;
    expect(participantSuggestions(report)).toEqual([
      { text: "More group sessions", count: 3 },
      { text: "Shorter surveys", count: 2 },
      { text: "A guide for the first call", count: 1 },
    ]);
  });
});
