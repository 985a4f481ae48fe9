import { describe, expect, it } from "vitest";
import { EMPTY_NETWORK_FORM, parseNetworkInput, type NetworkFormValues } from "./network-input.ts";

const valid: NetworkFormValues = {
  ...EMPTY_NETWORK_FORM,
  name: "Solo Librarians",
  kind: "specialist",
  description: "For librarians who work alone.",
  online: "on",
  sectors: ["special-law", "special-law"],
  languages: ["EN", "tw"],
  websiteUrl: " https://solo.example.org ",
};

describe("a network as typed", () => {
  it("is stored with its codes normalised and its link checked", () => {
    const parsed = parseNetworkInput(valid);
    expect(parsed.ok && parsed.value).toMatchObject({
      online: true,
      country: "",
      sectors: ["special-law"],
      languages: ["en", "ak"],
      websiteUrl: "https://solo.example.org/",
    });
  });

  it("says every problem beside its field at once", () => {
    const parsed = parseNetworkInput({
      ...valid,
      name: "",
      kind: "galactic",
      sectors: [],
      languages: [],
      mailingListUrl: "javascript:alert(1)",
      online: "",
    });
    expect(!parsed.ok && parsed.fieldErrors).toEqual({
      name: { key: "errors.required" },
      kind: { key: "errors.invalidChoice" },
      sectors: { key: "networks:errors.sectorsRequired" },
      languages: { key: "networks:errors.languagesRequired" },
      mailingListUrl: { key: "networks:errors.webLink" },
      country: { key: "networks:errors.placeOrOnline" },
    });
  });

  it("asks a local or national network for its country, even online", () => {
    for (const kind of ["local", "national"]) {
      const parsed = parseNetworkInput({ ...valid, kind });
      expect(!parsed.ok && parsed.fieldErrors.country).toEqual({
        key: "networks:errors.countryForKind",
      });
    }
    expect(parseNetworkInput({ ...valid, kind: "national", country: "gr" }).ok).toBe(true);
  });
});
