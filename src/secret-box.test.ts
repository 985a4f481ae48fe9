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
    // One bit of the last byte changed. (Changing the text's last character was not enough:
    // its low bits carry no data, so 'A' made 'B' decoded to the same bytes, one run in four.)
    const [version, iv, tag, body] = sealed.split(".");
    const changed = Buffer.from(body!, "base64url");
    changed[changed.length - 1]! ^= 1;
    expect(box.open([version, iv, tag, changed.toString("base64url")].join("."))).toBeNull();
    expect(
      createSecretBox("another-server-secret-0123456789-abc", "sso-client-secret").open(sealed),
    ).toBeNull();
    expect(
      createSecretBox("a-server-secret-0123456789-abcdefghij", "other").open(sealed),
    ).toBeNull();
    expect(box.open("not sealed")).toBeNull();
  });
});
