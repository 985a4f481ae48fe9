import { describe, expect, it } from "vitest";
import { defaultCriteria } from "../../../domain/matching/matching-criteria.ts";
import { parseCriteriaForm, parseSeed } from "./parse-criteria-form.ts";

const base = defaultCriteria({ allowTriads: true });

describe("parseCriteriaForm", () => {
  it("reads weights, ticked rules and options; unticked boxes are off", () => {
    const form = new FormData();
    form.set("weight-sharedInterests", "500");
    form.set("weight-language", "");
    form.set("rule-sharedLanguage", "on");
    form.set("fairnessFirst", "on");
    form.set("seed", "42");
    const criteria = parseCriteriaForm(form, base);
    expect(criteria.weights.sharedInterests).toBe(500);
    expect(criteria.weights.language).toBeNaN();
    expect(criteria.weights.availability).toBe(base.weights.availability);
    expect(criteria.rules).toMatchObject({ otherCountry: false, sharedLanguage: true });
    expect(criteria).toMatchObject({ fairnessFirst: true, allowTriads: false });
    expect(parseSeed(form)).toBe(42);
  });

  it("turns text that is not a whole number into NaN", () => {
    const form = new FormData();
    form.set("weight-matchBy", "12.5");
    form.set("seed", "abc");
    expect(parseCriteriaForm(form, base).weights.matchBy).toBeNaN();
    expect(parseSeed(form)).toBeNaN();
  });
});
