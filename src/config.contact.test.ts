import { describe, expect, it } from "vitest";
import { loadConfig } from "./config.ts";

/** CONTACT_EMAIL: the address the help page gives for those running this Shelfmates. */
describe("CONTACT_EMAIL", () => {
  const base = { NODE_ENV: "test" } as const;

  it("is the sender's address when not set, and the demo's help address with neither set", () => {
    expect(loadConfig({ ...base }).contactEmail).toBe("help@shelfmates.localhost");
    expect(
      loadConfig({ ...base, MAIL_FROM: "Library Association <mentoring@library.example.org>" })
        .contactEmail,
    ).toBe("mentoring@library.example.org");
    expect(loadConfig({ ...base, MAIL_FROM: "team@library.example.org" }).contactEmail).toBe(
      "team@library.example.org",
    );
  });

  it("wins when set, and must be an address", () => {
    expect(loadConfig({ ...base, CONTACT_EMAIL: "help@library.example.org" }).contactEmail).toBe(
      "help@library.example.org",
    );
    expect(() => loadConfig({ ...base, CONTACT_EMAIL: "the office" })).toThrow(
      "CONTACT_EMAIL: CONTACT_EMAIL must be an email address",
    );
  });
});
