import { describe, expect, it } from "vitest";
import { parseNominationInput } from "./nomination-input.ts";
import { parseOpportunityInput, takesNominations } from "./opportunity-input.ts";

const now = new Date("2027-03-01T10:00:00Z");
const form = {
  kind: "speaker",
  title: "Speakers for the spring conference",
  description: "Talks of **20 minutes**.",
  eligibility: "Members of the network",
  deadlineLocal: "2027-03-20T17:00",
  timeZone: "Europe/Madrid",
};

describe("an opportunity's form", () => {
  it("reads the deadline on the chosen zone's clock", () => {
    const parsed = parseOpportunityInput(form, now);
    expect(parsed.ok && parsed.value.deadline.toISOString()).toBe("2027-03-20T16:00:00.000Z");
  });

  it("says every problem beside its field at once", () => {
    const parsed = parseOpportunityInput(
      {
        ...form,
        kind: "party",
        title: " ",
        eligibility: "",
        description: "![](https://x.example/a.png)",
        deadlineLocal: "2027-02-01T10:00",
      },
      now,
    );
    expect(parsed.ok ? {} : Object.keys(parsed.fieldErrors).sort()).toEqual([
      "deadlineLocal",
      "description",
      "eligibility",
      "kind",
      "title",
    ]);
    expect(!parsed.ok && parsed.fieldErrors.deadlineLocal).toEqual({
      key: "opportunities:errors.deadlinePast",
    });
  });

  it("takes nominations while open and before the deadline only", () => {
    const deadline = new Date("2027-03-20T16:00:00Z");
    expect(takesNominations({ status: "open", deadline }, now)).toBe(true);
    expect(takesNominations({ status: "closed", deadline }, now)).toBe(false);
    expect(takesNominations({ status: "open", deadline }, deadline)).toBe(false);
  });
});

describe("a nomination's form", () => {
  it("needs a colleague's name and address, not one's own", () => {
    expect(
      parseNominationInput({ self: "", nomineeName: "", nomineeEmail: "nope", note: "Great" }),
    ).toEqual({
      ok: false,
      fieldErrors: {
        nomineeName: { key: "errors.required" },
        nomineeEmail: { key: "errors.email" },
      },
    });
    expect(
      parseNominationInput({ self: "1", nomineeName: "", nomineeEmail: "", note: "Me!" }),
    ).toEqual({ ok: true, value: { self: true, note: "Me!" } });
  });

  it("compares addresses lower-cased", () => {
    const parsed = parseNominationInput({
      self: "",
      nomineeName: "Nia",
      nomineeEmail: " Nia@Example.ORG ",
      note: "She runs the best storytime.",
    });
    expect(parsed.ok && !parsed.value.self && parsed.value.nomineeEmail).toBe("nia@example.org");
  });
});
