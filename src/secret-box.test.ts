import { describe, expect, it } from "vitest";
import { createSecretBox } from "./secret-box.ts";

describe("the secret box", () => {
  const box = createSecretBox("a-server-secret-0123456789-abcdefghij", "sso-client-secret");

  it("opens what it sealed, and the sealed text does not contain the secret", () => {
    const sealed = box.seal("client-secret-ÿ-42");
    expect(sealed).not.toContain("client-secret");
    expect(box.open(sealed)).toBe("client-secret-ÿ-42");
    expect(box.seal("same")).not.toBe(box.seal("same"));
  });

  it("opens nothing that was changed, or sealed under another key or purpose", () => {
    const sealed = box.seal("client-secret");
    const last = sealed.at(-1) === "A" ? "B" : "A";
    expect(box.open(sealed.slice(0, -1) + last)).toBeNull();
    expect(
      createSecretBox("another-server-secret-0123456789-abc", "sso-client-secret").open(sealed),
    ).toBeNull();
    expect(
      createSecretBox("a-server-secret-0123456789-abcdefghij", "other").open(sealed),
    ).toBeNull();
    expect(box.open("not sealed")).toBeNull();
  });
});
