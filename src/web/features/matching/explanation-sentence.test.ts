import type { PairExplanation } from "@shelfmates/matching";
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

  it("says a locked pair was kept together, not paired, by the facilitator", () => {
    // A lock keeps a pair the run made; saying "paired by the facilitator" claimed a
    // choice the facilitator never made (issue 17, item 2).
    const locked: PairExplanation = {
      score: 500,
      contributions: [
        { contribution: "availability", points: 150, detail: { hoursPerWeek: 2 } },
        { contribution: "locked", points: 0, detail: {} },
      ],
    };
    for (const [locale, text] of [
      ["en", "kept together by the facilitator"],
      ["es", "mantenidos juntos por la persona facilitadora"],
      ["fr", "gardés ensemble par l’animateur"],
    ] as const) {
      const sentence = explanationSentence(locked, createI18n(locale).t, locale);
      expect(sentence).toContain(text);
      expect(sentence).not.toMatch(/paired by|emparejados por|apparié par/);
    }
  });
});
