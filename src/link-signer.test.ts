import { describe, expect, it } from "vitest";
import { createLinkSigner } from "./link-signer.ts";

const signer = createLinkSigner("a-test-secret-of-enough-length-0123456789");
const now = new Date("2027-03-01T12:00:00Z");

describe("signed links", () => {
  it("carry their subject for their purpose until they expire", () => {
    const token = signer.sign({
      purpose: "check-in",
      subject: "c1:in_touch",
      expiresAt: new Date("2027-03-02T00:00:00Z"),
    });
    expect(signer.verify(token, "check-in", now)).toEqual({ subject: "c1:in_touch" });
    expect(signer.verify(token, "check-in", new Date("2027-03-02T00:00:00Z"))).toEqual({
      error: "expired",
    });
  });

  it("refuse another purpose, a changed character, another secret and garbage", () => {
    const token = signer.sign({
      purpose: "unsubscribe",
      subject: "topic:a@b.org",
      expiresAt: null,
    });
    expect(signer.verify(token, "unsubscribe", now)).toEqual({ subject: "topic:a@b.org" });
    expect(signer.verify(token, "check-in", now)).toEqual({ error: "invalid" });
    const last = token.at(-1) === "A" ? "B" : "A";
    expect(signer.verify(token.slice(0, -1) + last, "unsubscribe", now)).toEqual({
      error: "invalid",
    });
    const [body] = token.split(".");
    const forged = Buffer.from(JSON.stringify({ p: "unsubscribe", s: "topic:x@y.org", e: null }))
      .toString("base64url")
      .concat(".", token.split(".")[1]!);
    expect(body).not.toBe(forged.split(".")[0]);
    expect(signer.verify(forged, "unsubscribe", now)).toEqual({ error: "invalid" });
    const other = createLinkSigner("another-secret-of-enough-length-9876543210");
    expect(other.verify(token, "unsubscribe", now)).toEqual({ error: "invalid" });
    for (const garbage of ["", ".", "a.b.c", "%%%.%%%", "abc"])
      expect(signer.verify(garbage, "unsubscribe", now)).toEqual({ error: "invalid" });
  });
});
