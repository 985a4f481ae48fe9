import { describe, expect, it } from "vitest";
import { readApplicantFilters } from "./applicant-filters.ts";

describe("readApplicantFilters", () => {
  it("keeps known values and drops unknown ones", () => {
    expect(
      readApplicantFilters({
        search: "  jyväskylä ",
        country: "fi",
        sector: "academic",
        language: "EL",
        status: "waitlisted",
      }),
    ).toEqual({
      search: "jyväskylä",
      country: "FI",
      sector: "academic",
      language: "el",
      status: "waitlisted",
    });
    expect(
      readApplicantFilters({
        search: " ",
        country: "Narnia",
        sector: "x",
        language: "zz",
        status: "deleted",
      }),
    ).toEqual({});
  });
});
