import { describe, expect, it } from "vitest";
import { contentSecurityPolicy } from "./content-security-policy.ts";

describe("the page's Content-Security-Policy", () => {
  const policy = contentSecurityPolicy("abc123");
  const directive = (name: string) =>
    policy
      .split("; ")
      .find((d) => d.startsWith(`${name} `))
      ?.slice(name.length + 1);

  it("lets scripts run only from the site and with this response's nonce", () => {
    expect(directive("script-src")).toBe("'self' 'nonce-abc123'");
    expect(policy).not.toContain("unsafe-eval");
    expect(directive("script-src")).not.toContain("unsafe-inline");
  });

  it("keeps framing, plugins, base and form targets to the site", () => {
    expect(directive("frame-ancestors")).toBe("'none'");
    expect(directive("object-src")).toBe("'none'");
    expect(directive("base-uri")).toBe("'self'");
    expect(directive("form-action")).toBe("'self'");
  });
});
