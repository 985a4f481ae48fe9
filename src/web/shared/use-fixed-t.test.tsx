import { renderToString } from "react-dom/server";
import { I18nextProvider } from "react-i18next";
import { describe, expect, it } from "vitest";
import { createI18n } from "../../i18n/create-i18n.ts";
import { useFixedT } from "./use-fixed-t.ts";

function Texts({ calls }: { calls: [string, Record<string, string | number>?][] }) {
  const t = useFixedT("applications");
  return <>{calls.map(([key, options]) => `${t(key, options)}|`)}</>;
}

function render(locale: "en" | "es", calls: [string, Record<string, string | number>?][]) {
  return renderToString(
    <I18nextProvider i18n={createI18n(locale)}>
      <Texts calls={calls} />
    </I18nextProvider>,
  ).split("|");
}

describe("t for a namespace, remembering what it translated", () => {
  it("answers each count, name and language with its own text, however often asked", () => {
    const calls: [string, Record<string, string | number>?][] = [
      ["form.tooMany", { count: 1 }],
      ["form.tooMany", { count: 5 }],
      ["form.title", { round: "Round 1" }],
      ["form.title", { round: "Round 2" }],
      ["form.intro"],
    ];
    const english = render("en", calls);
    expect(render("en", calls)).toEqual(english);
    expect(english[0]).not.toBe(english[1]);
    expect(english[2]).toContain("Round 1");
    expect(english[3]).toContain("Round 2");
    const spanish = render("es", calls);
    expect(spanish[4]).not.toBe(english[4]);
    expect(spanish[2]).toContain("Round 1");
  });
});
