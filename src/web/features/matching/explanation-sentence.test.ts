import { describe, expect, it } from "vitest";
import { createI18n } from "../../../i18n/create-i18n.ts";
import { explanationSentence } from "./explanation-sentence.ts";

describe("explanationSentence", () => {
  it("renders the engine's explanation data through the translations", () => {
    const t = createI18n("en").t;
    const sentence = explanationSentence(
      {
        score: 700,
        contributions: [
          {
            contribution: "shared_interests",
            points: 300,
            items: ["makerspaces", "copyright", "leadership", "advocacy"],
          },
          { contribution: "language", points: 50, items: ["es", "en"] },
          { contribution: "availability", points: 150, detail: { hoursPerWeek: 4 } },
          {
            contribution: "partner_sector",
            points: 150,
            detail: {
              sectorA: "school",
              sectorB: "special-medical",
              wishA: "other",
              wishB: "other",
              metA: 1,
              metB: 1,
            },
          },
          { contribution: "text_similarity", points: 0, items: [] },
        ],
      },
      t,
      "en",
    );
    expect(sentence).toBe(
      "4 shared interests (Makerspaces, Copyright, Leadership and 1 more); both work in Spanish and English; 4 h a week in common; School library ↔ Medical or health library, as both asked.",
    );
  });
});
