import { describe, expect, it } from "vitest";
import { parseRoundForm } from "./parse-round-form.ts";

function form(entries: [string, string][]): FormData {
  const data = new FormData();
  for (const [k, v] of entries) data.append(k, v);
  return data;
}

describe("parseRoundForm", () => {
  it("reads dates in the facilitator's time zone and drops empty question rows", () => {
    const parsed = parseRoundForm(
      form([
        ["name", "Round 2"],
        ["mode", "peer"],
        ["timeZone", "Europe/Helsinki"],
        ["applicationsOpenAt", "2027-01-10T09:00"],
        ["applicationsCloseAt", "2027-02-10T17:00"],
        ["matchingAt", "2027-02-12T09:00"],
        ["startsAt", "2027-02-15T09:00"],
        ["endsAt", "2027-06-15T09:00"],
        ["countryCapPercent", "20"],
        ["questionLabel", "Favourite book?"],
        ["questionKind", "short_text"],
        ["questionOptions", ""],
        ["questionLabel", ""],
        ["questionKind", "single_choice"],
        ["questionOptions", "a\nb"],
        ["questionRequired", "0"],
      ]),
    );
    const round = parsed.round as Record<string, unknown>;
    expect((round.applicationsOpenAt as Date).toISOString()).toBe("2027-01-10T07:00:00.000Z");
    expect(round.countryCapPercent).toBe(20);
    expect(parsed.questions).toEqual([
      {
        label: "Favourite book?",
        kind: "short_text",
        required: true,
        options: [],
        translations: {},
      },
    ]);
    expect(parsed.values.name).toBe("Round 2");
  });

  it("reads the texts in other languages, each question's beside it", () => {
    const parsed = parseRoundForm(
      form([
        ["name", "Round 2"],
        ["theme", "Libraries without borders"],
        ["translations.es.theme", "Bibliotecas sin fronteras"],
        ["translations.es.rulesMarkdown", "Nos reunimos cada mes."],
        ["questionLabel", "Favourite book?"],
        ["questionKind", "single_choice"],
        ["questionOptions", "Novel\nPoetry"],
        ["questionLabel.es", "¿Libro favorito?"],
        ["questionOptions.es", "Novela\nPoesía"],
        ["questionLabel", "Why?"],
        ["questionKind", "short_text"],
        ["questionOptions", ""],
        ["questionLabel.es", ""],
        ["questionOptions.es", ""],
      ]),
    );
    expect(parsed.translations).toEqual({
      es: { theme: "Bibliotecas sin fronteras", rulesMarkdown: "Nos reunimos cada mes." },
    });
    expect(parsed.questions.map((q) => (q as { translations: unknown }).translations)).toEqual([
      { es: { label: "¿Libro favorito?", options: "Novela\nPoesía" } },
      { es: { label: "", options: "" } },
    ]);
    expect(parsed.values.questions[0]!.translations.es!.label).toBe("¿Libro favorito?");
  });

  it("leaves unreadable dates undefined so validation names the field", () => {
    const parsed = parseRoundForm(form([["applicationsOpenAt", "next week"]]));
    expect((parsed.round as Record<string, unknown>).applicationsOpenAt).toBeUndefined();
  });
});
