import { describe, expect, it } from "vitest";
import { makeParticipant as person } from "./round-testing/make-participant.ts";
import { explainPair, findHardRuleViolation, prepareScoring, scorePair } from "./score-pair.ts";
import { renderExplanation } from "./render-explanation.ts";
import type { Participant } from "./participant.ts";

function pairOf(a: Participant, b: Participant, others: Participant[] = [], config = {}) {
  const index = prepareScoring([a, b, ...others], config);
  return {
    index,
    score: scorePair(index, 0, 1),
    explanation: explainPair(index, 0, 1),
    violation: findHardRuleViolation(index, 0, 1),
  };
}

describe("hard rules", () => {
  it("removes pairs from one country, without a usable shared language, from one library, previous partners and blocks", () => {
    expect(pairOf(person("a"), person("b")).violation).toBe("same_country");
    expect(
      pairOf(person("a"), person("b", { country: "GR" }), [], { hard: { otherCountry: false } })
        .violation,
    ).toBeNull();
    const weakEnglish = person("b", { country: "GR", languages: [{ code: "en", level: "A2" }] });
    expect(pairOf(person("a"), weakEnglish).violation).toBe("no_shared_language");
    const library = { library: "City Library" };
    expect(
      pairOf(person("a", library), person("b", library), [], { hard: { otherCountry: false } })
        .violation,
    ).toBe("same_library");
    expect(
      pairOf(person("a", { previousPartnerIds: ["b"] }), person("b", { country: "GR" })).violation,
    ).toBe("previous_partner");
    expect(pairOf(person("a"), person("b", { country: "GR", blockedIds: ["a"] })).score).toBe(-1);
  });

  it("in mentor mode asks for a mentor with enough more experience", () => {
    const mentee = person("m", { role: "mentee", experienceYears: 2 });
    const junior = person("j", { role: "mentor", country: "GR", experienceYears: 4 });
    const senior = person("s", { role: "mentor", country: "ES", experienceYears: 20 });
    const index = prepareScoring([mentee, junior, senior], {
      mode: "mentor",
      hard: { mentorMinExtraYears: 5 },
    });
    expect(findHardRuleViolation(index, 0, 1)).toBe("mentor_not_experienced_enough");
    expect(findHardRuleViolation(index, 0, 2)).toBeNull();
    expect(findHardRuleViolation(index, 1, 2)).toBe("not_mentor_and_mentee");
  });
});

describe("scorePair", () => {
  it("counts a shared rare interest more than a shared common one", () => {
    const crowd = Array.from({ length: 8 }, (_, i) =>
      person(`c${i}`, { country: "SE", interests: ["digital-literacy"] }),
    );
    const common = pairOf(
      person("a", { interests: ["digital-literacy"] }),
      person("b", { country: "GR", interests: ["digital-literacy"] }),
      crowd,
    );
    const rare = pairOf(
      person("a", { interests: ["indigenous-knowledge"] }),
      person("b", { country: "GR", interests: ["indigenous-knowledge"] }),
      crowd,
    );
    expect(rare.score).toBeGreaterThan(common.score);
  });

  it("counts availability hours in common across time zones", () => {
    // Athens (UTC+2) Monday 18–22 is 16–20 UTC; London (UTC+0) Monday 14–18 is 14–18 UTC: 2 hours.
    const athens = person("a", { country: "GR", utcOffsetMinutes: 120, availability: ["mon-18"] });
    const london = person("b", { country: "GB", utcOffsetMinutes: 0, availability: ["mon-14"] });
    const availability = pairOf(athens, london).explanation.contributions.find(
      (c) => c.contribution === "availability",
    );
    expect(availability?.detail).toEqual({ hoursPerWeek: 2 });
    // India's half-hour offset: Delhi Tuesday 10–14 (UTC+5:30) is 04:30–08:30 UTC; Finland 06–10 local at UTC+2 is 04–08 UTC.
    const delhi = person("c", { country: "IN", utcOffsetMinutes: 330, availability: ["tue-10"] });
    const finland = person("d", { utcOffsetMinutes: 120, availability: ["tue-06"] });
    expect(
      pairOf(delhi, finland).explanation.contributions.find(
        (c) => c.contribution === "availability",
      )?.detail,
    ).toEqual({
      hoursPerWeek: 3.5,
    });
  });

  it("finds similar free text in Greek, Cyrillic, Arabic and Chinese, not only in English", () => {
    const texts: [string, string, string][] = [
      ["Ψηφιοποίηση παλαιών χειρογράφων", "ψηφιοποίηση χειρόγραφων", "Παιδικά βιβλία και ανάγνωση"],
      ["Оцифровка старых рукописей", "оцифровка рукописи", "Детское чтение"],
      ["الفهرسة العربية للمخطوطات", "فهرسة المخطوطات", "خدمات الأطفال"],
      ["古籍数字化项目", "古籍数字化", "儿童阅读推广"],
    ];
    for (const [mine, similar, different] of texts) {
      const others = [person("x", { country: "SE", goals: "teen services" })];
      const close = pairOf(
        person("a", { goals: mine }),
        person("b", { country: "GR", goals: similar }),
        others,
      );
      const far = pairOf(
        person("a", { goals: mine }),
        person("b", { country: "GR", goals: different }),
        others,
      );
      const points = (r: typeof close) =>
        r.explanation.contributions.find((c) => c.contribution === "text_similarity")!.points;
      expect(points(close)).toBeGreaterThan(points(far));
    }
  });

  it("gives whole points whose explanation adds up to the score", () => {
    const a = person("a", {
      interests: ["makerspaces", "children-services"],
      availability: ["mon-10"],
      matchBy: "career_stage",
    });
    const b = person("b", {
      country: "GR",
      interests: ["makerspaces"],
      availability: ["mon-10"],
      sector: "school",
    });
    const { score, explanation } = pairOf(a, b);
    expect(Number.isInteger(score)).toBe(true);
    expect(explanation.score).toBe(score);
    expect(explanation.contributions.reduce((s, c) => s + c.points, 0)).toBe(score);
  });
});

describe("renderExplanation", () => {
  it("says why in one English sentence", () => {
    const interests = ["children-services", "makerspaces", "digital-literacy"];
    const a = person("a", {
      sector: "school",
      partnerSector: "other",
      interests,
      availability: ["mon-10", "tue-10"],
    });
    const b = person("b", {
      country: "GR",
      sector: "special-medical",
      partnerSector: "other",
      interests,
      availability: ["mon-10"],
    });
    const sentence = renderExplanation(pairOf(a, b).explanation, {
      interestLabel: (id) =>
        ({ "children-services": "children's services" })[id] ?? id.replace(/-/g, " "),
    });
    expect(sentence).toMatch(
      /^3 shared interests \(children's services, makerspaces, digital literacy\); both work in English; 4 h a week in common; school ↔ medical library, as both asked\.$/,
    );
  });
});
