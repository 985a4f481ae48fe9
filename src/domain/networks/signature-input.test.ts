import { describe, expect, it } from "vitest";
import { goalPercent, parseCampaignInput } from "./campaign-input.ts";
import { parseSignatureInput } from "./signature-input.ts";

describe("a petition signature as typed", () => {
  it("lower-cases the address and shows no empty comment", () => {
    const parsed = parseSignatureInput({
      name: " Eleni ",
      email: "Eleni@Example.ORG",
      country: "gr",
      comment: "",
      commentPublic: "on",
    });
    expect(parsed.ok && parsed.value).toEqual({
      name: "Eleni",
      email: "eleni@example.org",
      country: "GR",
      comment: "",
      commentPublic: false,
    });
  });

  it("needs a name, an address and a country", () => {
    const parsed = parseSignatureInput({
      name: "",
      email: "nope",
      country: "XX",
      comment: "",
      commentPublic: "",
    });
    expect(!parsed.ok && Object.keys(parsed.fieldErrors).sort()).toEqual([
      "country",
      "email",
      "name",
    ]);
  });
});

describe("a campaign", () => {
  it("has an optional goal of a sensible size", () => {
    const base = { title: "Libraries are worth it", body: "", petitionText: "Fund them." };
    expect(parseCampaignInput({ ...base, goal: "" }).ok).toBe(true);
    const zero = parseCampaignInput({ ...base, goal: "0" });
    expect(!zero.ok && zero.fieldErrors.goal).toEqual({ key: "networks:errors.goalRange" });
  });

  it("shows progress in whole percent, at most 100", () => {
    expect(goalPercent(30, 100)).toBe(30);
    expect(goalPercent(250, 100)).toBe(100);
    expect(goalPercent(1, 3)).toBe(33);
    expect(goalPercent(5, null)).toBeNull();
  });
});
