import { describe, expect, it } from "vitest";
import { memberFiltersQuery, readMemberFilters } from "./member-filters.ts";
import { parseProfileInput } from "./profile-input.ts";
import { isProfileVisible, visibilitiesSeenBy } from "./profile-visibility.ts";

describe("profile visibility", () => {
  it("hides a hidden profile from everyone but its member", () => {
    expect(isProfileVisible("hidden", "owner")).toBe(true);
    expect(isProfileVisible("hidden", "member")).toBe(false);
    expect(isProfileVisible("hidden", "anonymous")).toBe(false);
  });

  it("shows a members' profile to signed-in members and a public one to everyone", () => {
    expect(isProfileVisible("members", "member")).toBe(true);
    expect(isProfileVisible("members", "anonymous")).toBe(false);
    expect(isProfileVisible("public", "anonymous")).toBe(true);
    expect(visibilitiesSeenBy("anonymous")).toEqual(["public"]);
    expect(visibilitiesSeenBy("member")).toEqual(["members", "public"]);
  });
});

describe("parseProfileInput", () => {
  const values = {
    visibility: "members",
    headline: "School librarian in Lyon",
    bio: "I run a **makerspace**.",
    country: "fr",
    sector: "school",
    openToMentoring: true,
    lookingForMentor: false,
  };

  it("takes a valid profile (country upper-cased)", () => {
    const parsed = parseProfileInput(values);
    expect(parsed.ok && parsed.value.country).toBe("FR");
  });

  it("reports an unknown visibility, country and sector, and unsafe Markdown", () => {
    const parsed = parseProfileInput({
      ...values,
      visibility: "everyone",
      country: "XX",
      sector: "space",
      bio: "[x](javascript:alert(1))",
    });
    expect(parsed.ok).toBe(false);
    if (!parsed.ok)
      expect(Object.keys(parsed.fieldErrors).sort()).toEqual([
        "bio",
        "country",
        "sector",
        "visibility",
      ]);
  });
});

describe("member filters", () => {
  it("reads known filters and drops unknown values", () => {
    const filters = readMemberFilters(
      new URLSearchParams("q=%20jose%20&country=zz&mentoring=1&mentor=yes"),
    );
    expect(filters).toEqual({ search: "jose", openToMentoring: true });
    expect(memberFiltersQuery(filters)).toBe("?q=jose&mentoring=1");
  });
});
