import { describe, expect, it } from "vitest";
import { isCrossSiteWrite } from "./same-origin-writes.ts";

const APP = "https://mentoring.example.org";
const write = (more: { method?: string; path?: string; origin?: string; fetchSite?: string }) =>
  isCrossSiteWrite(APP, { method: "POST", path: "/sign-out", ...more });

describe("isCrossSiteWrite", () => {
  it("refuses a write whose Origin is another site, a sibling or an opaque page", () => {
    expect(write({ origin: "https://evil.example" })).toBe(true);
    expect(write({ origin: "https://other.example.org" })).toBe(true);
    expect(write({ origin: "http://mentoring.example.org" })).toBe(true);
    expect(write({ origin: "null" })).toBe(true);
    for (const method of ["PUT", "PATCH", "DELETE", "delete"])
      expect(write({ method, origin: "https://evil.example" })).toBe(true);
  });

  it("accepts the app's own Origin, whatever Sec-Fetch-Site says", () => {
    expect(write({ origin: APP })).toBe(false);
    expect(write({ origin: APP, fetchSite: "same-origin" })).toBe(false);
  });

  it("judges a write without Origin by Sec-Fetch-Site, and allows it when neither is sent", () => {
    expect(write({ fetchSite: "cross-site" })).toBe(true);
    expect(write({ fetchSite: "same-site" })).toBe(true);
    expect(write({ fetchSite: "same-origin" })).toBe(false);
    expect(write({ fetchSite: "none" })).toBe(false);
    expect(write({})).toBe(false);
  });

  it("never judges reads", () => {
    for (const method of ["GET", "HEAD", "OPTIONS"])
      expect(write({ method, origin: "https://evil.example", fetchSite: "cross-site" })).toBe(
        false,
      );
  });

  it("lets a mail provider's one-click unsubscribe through, with its own Origin or none", () => {
    const path = "/unsubscribe/3q2-secret-token";
    expect(write({ path, origin: "https://mail.google.com", fetchSite: "cross-site" })).toBe(false);
    expect(write({ path })).toBe(false);
    expect(write({ path: "/unsubscribe/t/other", origin: "https://evil.example" })).toBe(true);
  });
});
