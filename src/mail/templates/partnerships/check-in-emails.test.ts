import { describe, expect, it } from "vitest";
import { renderEmail } from "../../render-email.ts";

const urls = {
  in_touch: "https://x.test/check-in/a",
  not_yet: "https://x.test/check-in/b",
  problem: "https://x.test/check-in/c",
};

describe("check-in emails", () => {
  it("carry the three answer links, in the recipient's language, and ask 'good match' only the first time", () => {
    const message = {
      kind: "check-in" as const,
      recipientName: "Lucía",
      roundName: "Ronda 2027",
      partnerNames: ["Haruka"],
      sequence: 1,
      asksGoodMatch: true,
      answerUrls: urls,
    };
    const es = renderEmail(message, "es");
    expect(es.subject).toBe("¿Qué tal con Haruka? (Ronda 2027)");
    expect(es.text).toContain("Hemos estado en contacto:\nhttps://x.test/check-in/a");
    expect(es.text).toContain("Todavía no:\nhttps://x.test/check-in/b");
    expect(es.text).toContain("Hay un problema:\nhttps://x.test/check-in/c");
    expect(es.text).toContain("si esta pareja le conviene");
    const later = renderEmail({ ...message, sequence: 3, asksGoodMatch: false }, "en");
    expect(later.text).not.toContain("good match");
    expect(later.html).toContain("https://x.test/check-in/c");
  });

  it("quote the facilitator's words as written, escaped in HTML", () => {
    const mail = renderEmail(
      {
        kind: "facilitator-message",
        recipientName: "Ana",
        roundName: "Round",
        programmeName: "Peers",
        facilitatorName: "Otto",
        message: "Hello <b>both</b>",
      },
      "fr",
    );
    expect(mail.subject).toBe("Un message de votre animateur (Round)");
    expect(mail.text).toContain("> Hello <b>both</b>");
    expect(mail.html).toContain("Hello &lt;b&gt;both&lt;/b&gt;");
  });

  it("nudge a pair with their partner's name and the account link", () => {
    const mail = renderEmail(
      {
        kind: "partnership-nudge",
        recipientName: "Ana",
        roundName: "Round",
        partnerNames: ["Ben", "Cai"],
        accountUrl: "https://x.test/account",
      },
      "en",
    );
    expect(mail.subject).toBe("A gentle reminder: say hello to Ben and Cai (Round)");
    expect(mail.text).toContain("https://x.test/account");
  });
});
