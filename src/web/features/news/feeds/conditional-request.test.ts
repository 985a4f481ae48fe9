import { describe, expect, it } from "vitest";
import { isNotModified } from "./conditional-request.ts";

const current = {
  etag: '"rss-3-1700000000000"',
  lastModifiedAt: new Date("2027-03-01T10:00:00.600Z"),
};
const ask = (headers: Record<string, string>) => isNotModified(new Headers(headers), current);

describe("isNotModified", () => {
  it("answers 304 to the current ETag (weak or strong, in a list, or *)", () => {
    expect(ask({ "If-None-Match": '"rss-3-1700000000000"' })).toBe(true);
    expect(ask({ "If-None-Match": 'W/"rss-3-1700000000000"' })).toBe(true);
    expect(ask({ "If-None-Match": '"old", "rss-3-1700000000000"' })).toBe(true);
    expect(ask({ "If-None-Match": "*" })).toBe(true);
    expect(ask({ "If-None-Match": '"rss-2-1600000000000"' })).toBe(false);
  });

  it("lets If-None-Match win over If-Modified-Since", () => {
    expect(
      ask({ "If-None-Match": '"old"', "If-Modified-Since": "Mon, 01 Mar 2027 10:00:00 GMT" }),
    ).toBe(false);
  });

  it("compares If-Modified-Since to the second", () => {
    expect(ask({ "If-Modified-Since": "Mon, 01 Mar 2027 10:00:00 GMT" })).toBe(true);
    expect(ask({ "If-Modified-Since": "Mon, 01 Mar 2027 09:59:59 GMT" })).toBe(false);
    expect(ask({ "If-Modified-Since": "not a date" })).toBe(false);
    expect(ask({})).toBe(false);
  });
});
