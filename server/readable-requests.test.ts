import { describe, expect, it } from "vitest";
import { carriesForm, isReadableAddress } from "./readable-requests.ts";

describe("isReadableAddress", () => {
  it("reads ordinary addresses, encoded names and searches", () => {
    expect(isReadableAddress("/p/ipm/round-1/apply?lang=es")).toBe(true);
    expect(isReadableAddress("/networks?q=biblioth%C3%A8que+publique&page=2")).toBe(true);
    expect(isReadableAddress("/sign-in?next=%2Faccount%09")).toBe(true);
    // The sign-in page drops a return path with a line break (safe-return-path.ts).
    expect(isReadableAddress("/sign-in?next=/%0A/evil.example")).toBe(true);
  });

  it("refuses broken encodings and control characters in the path or the query", () => {
    for (const url of [
      "/facilitate/rounds/%ZZ",
      "/facilitate/rounds/%ED%A0%80",
      "/facilitate/rounds/a%00b",
      "/networks?q=%00",
      "/facilitate/rounds/a%0d%0aSet-Cookie:x",
      "/x?q=%E0%A4%A",
    ])
      expect(isReadableAddress(url), url).toBe(false);
  });
});

describe("carriesForm", () => {
  it("takes the two kinds of form a page sends, a multipart one with its boundary", () => {
    expect(carriesForm("application/x-www-form-urlencoded")).toBe(true);
    expect(carriesForm("application/x-www-form-urlencoded;charset=UTF-8")).toBe(true);
    expect(carriesForm("multipart/form-data; boundary=----WebKitFormBoundaryX")).toBe(true);
  });

  it("refuses other bodies and a multipart body without a boundary", () => {
    for (const type of [undefined, "", "application/json", "text/plain", "multipart/form-data"])
      expect(carriesForm(type), String(type)).toBe(false);
  });
});
