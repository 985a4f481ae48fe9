import { describe, expect, it } from "vitest";
import type { RoundPartnershipRow } from "../../../use-cases/matching/matching-ports.ts";
import { partnershipCsvRows, type PartnershipCsvTexts } from "./partnerships-csv-rows.ts";

const member = (id: string, name: string, country: string, role = "peer" as const) => ({
  applicationId: id,
  role,
  name,
  email: `${id}@example.org`,
  country,
  sector: "public",
  library: "",
  left: false,
});
const link = (a: string, b: string) => ({
  ids: [a, b] as [string, string],
  score: 70,
  explanation: { score: 70, contributions: [] },
});
const texts: PartnershipCsvTexts = {
  header: {
    partnership: "Partnership",
    kind: "Kind",
    status: "Status",
    score: "Score",
    member: (n) => ({
      name: `Member ${n}`,
      email: `Email ${n}`,
      country: `Country ${n}`,
      role: `Role ${n}`,
    }),
    explanation: "Why",
  },
  kind: (k) => k,
  status: (s) => s,
  role: (r) => r,
  country: (c) => `country:${c}`,
  explain: (l) => `${l.ids.join("+")} share things.`,
};

describe("the partnerships CSV", () => {
  it("puts members side by side, as wide as the largest group, with why they were matched", () => {
    const pair = {
      id: "p1",
      kind: "pair",
      score: 80,
      status: "active",
      links: [link("a", "b")],
      breaksHardRule: false,
      createdAt: new Date(0),
      members: [member("a", "Ana", "PE"), member("b", "Ben", "KE")],
    } as unknown as RoundPartnershipRow;
    const triad = {
      ...pair,
      id: "p2",
      kind: "triad",
      links: [link("c", "d"), link("c", "e")],
      members: [member("c", "Chen", "TW"), member("d", "Dara", "IE"), member("e", "Eve", "FI")],
    } as unknown as RoundPartnershipRow;
    const [header, first, second] = partnershipCsvRows([pair, triad], texts);
    expect(header).toHaveLength(4 + 3 * 4 + 1);
    expect(header!.slice(-5)).toEqual(["Member 3", "Email 3", "Country 3", "Role 3", "Why"]);
    expect(first!.slice(0, 8)).toEqual([
      "p1",
      "pair",
      "active",
      "80",
      "Ana",
      "a@example.org",
      "country:PE",
      "peer",
    ]);
    expect(first!.slice(12, 16)).toEqual(["", "", "", ""]);
    expect(first!.at(-1)).toBe("a+b share things.");
    expect(second!.at(-1)).toBe("Chen – Dara: c+d share things. Chen – Eve: c+e share things.");
  });

  it("has two member columns even when there is no partnership yet", () => {
    const [header] = partnershipCsvRows([], texts);
    expect(header).toContain("Member 2");
  });
});
