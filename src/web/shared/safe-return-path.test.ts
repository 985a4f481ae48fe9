import { describe, expect, it } from "vitest";
import { safeReturnPath } from "./safe-return-path.ts";

/** Resolves what a browser would do with the answer as a Location on the app's own page. */
function landsOn(value: string): string {
  return new URL(safeReturnPath(value), "https://app.example/somewhere").origin;
}

describe("safeReturnPath", () => {
  it.each([
    "/",
    "/rounds/r1/applicants?page=2&q=a%2Fb",
    "/account#language",
    "/sign-in?next=%2Faccount",
    "/partnerships/p1?done=logged#meetings",
  ])("keeps the app's own path %s", (path) => {
    expect(safeReturnPath(path)).toBe(path);
  });

  it.each([
    ["a tab inside", "/\t/evil.example"],
    ["a newline inside", "/\n/evil.example"],
    ["a carriage return", "/\r\n/evil.example"],
    ["a leading tab", "\t//evil.example"],
    ["a backslash", "/\\evil.example"],
    ["two backslashes", "\\\\evil.example"],
    ["a backslash further on", "/ok/..\\..\\/evil.example"],
    ["two slashes", "//evil.example"],
    ["three slashes", "///evil.example"],
    ["encoded slashes", "/%2F%2Fevil.example"],
    ["an encoded slash then a slash", "/%2F/evil.example"],
    ["an encoded backslash", "/%5Cevil.example"],
    ["an encoded tab", "/%09/evil.example"],
    ["an encoded newline", "/%0A/evil.example"],
    ["a malformed escape", "/%E0%A4%A"],
    ["an absolute https address", "https://evil.example/"],
    ["a scheme-relative address with a scheme", "https:evil.example"],
    ["javascript", "javascript:alert(1)"],
    ["javascript after a slash-less start", "JaVaScRiPt:alert(1)"],
    ["data", "data:text/html,<script>alert(1)</script>"],
    ["a relative path", "evil.example"],
    ["a space", "/ /evil.example"],
    ["a non-ASCII character", "/caf\u00e9"],
    ["an empty value", ""],
    ["a very long value", `/${"a".repeat(5000)}`],
  ])("turns %s into /", (_what, value) => {
    expect(safeReturnPath(value)).toBe("/");
    expect(landsOn(value)).toBe("https://app.example");
  });

  it("answers / for what is not text", () => {
    expect(safeReturnPath(null)).toBe("/");
    expect(safeReturnPath(undefined)).toBe("/");
    expect(safeReturnPath(new File(["x"], "x.txt"))).toBe("/");
  });
});
