import { describe, expect, it } from "vitest";
import type { Contribution } from "./explanation.ts";
import type { Participant } from "./participant.ts";
import { renderExplanation } from "./render-explanation.ts";
import { makeParticipant as person } from "./round-testing/make-participant.ts";
import { explainPair, prepareScoring } from "./score-pair.ts";
import { isStopWord } from "./scoring/tokenize-text.ts";

function textPart(people: Participant[], a: number, b: number, mode: "peer" | "mentor") {
  const index = prepareScoring(people, { mode });
  const explanation = explainPair(index, a, b);
  const name = mode === "peer" ? "text_similarity" : "mentor_fit";
  return {
    part: explanation.contributions.find((c) => c.contribution === name)!,
    sentence: renderExplanation(explanation),
  };
}

function goalsPair(goalsA: string, goalsB: string): Participant[] {
  return [
    person("a", { goals: goalsA }),
    person("b", { country: "GR", goals: goalsB }),
    person("x", { country: "SE", goals: "teen services" }),
  ];
}

describe("free-text similarity and stop words", () => {
  it("gives no points to goals that share only stop words, and names none of them", () => {
    const pairs: [string, string, string[]][] = [
      [
        "I want to get this done before the summer, with the children",
        "Get the metadata right before we migrate them",
        ["get", "before", "the"],
      ],
      [
        "Quiero aprender más sobre catalogación y archivos",
        "Quiero compartir más sobre música para jóvenes",
        ["quiero", "más", "sobre"],
      ],
      [
        "Je souhaite partager avec vous mes archives",
        "Je voudrais découvrir avec vous des mangas",
        ["avec", "vous"],
      ],
    ];
    for (const [goalsA, goalsB, shared] of pairs) {
      const { part, sentence } = textPart(goalsPair(goalsA, goalsB), 0, 1, "peer");
      expect(part.points).toBe(0);
      expect(part.items).toEqual([]);
      for (const word of shared) expect(sentence).not.toContain(`“${word}”`);
    }
  });

  it("still names the shared words that mean something", () => {
    const { part, sentence } = textPart(
      goalsPair(
        "Get our oral history recordings digitised before they decay",
        "Digitised oral history: I want to get it online before the anniversary",
      ),
      0,
      1,
      "peer",
    );
    expect(part.points).toBeGreaterThan(0);
    expect(part.items).toEqual(expect.arrayContaining(["oral", "history"]));
    expect(sentence).toMatch(/similar goals and interests \(“.+”\)/);
  });

  it("never names a stop word as shared, in peer or mentor mode", () => {
    const goals = [
      "I would like to learn how other libraries get more people reading before exams",
      "We want to share what we have learned about open access and get feedback",
      "Quiero aprender cómo otras bibliotecas hacen clubes de lectura para todos",
      "Me gustaría compartir con otros lo que hacemos con los archivos de la ciudad",
      "Je souhaite apprendre comment les autres bibliothèques font pour les jeunes",
      "Nous voulons partager avec vous notre expérience des archives sonores",
      "Learn about reading clubs and open access with colleagues from other countries",
    ];
    const people = goals.map((text, i) =>
      person(`p${i}`, {
        country: ["FI", "GR", "ES", "MX", "FR", "CA", "US"][i]!,
        goals: text,
        otherInterests: goals[(i + 3) % goals.length]!,
        role: i % 2 === 0 ? "mentor" : "mentee",
        experienceYears: i % 2 === 0 ? 20 : 2,
      }),
    );
    for (const mode of ["peer", "mentor"] as const) {
      for (let a = 0; a < people.length; a++) {
        for (let b = a + 1; b < people.length; b++) {
          const { part } = textPart(people, a, b, mode);
          const items: Contribution["items"] = part.items ?? [];
          expect(items.filter((word) => isStopWord(word))).toEqual([]);
        }
      }
    }
  });
});
