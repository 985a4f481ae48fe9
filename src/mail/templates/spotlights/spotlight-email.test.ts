import { describe, expect, it } from "vitest";
import { renderEmail } from "../../render-email.ts";

describe("spotlight emails", () => {
  it("asks the colleague in her language, with the link and the promise to ask first", () => {
    const email = renderEmail(
      {
        kind: "spotlight-asked",
        recipientName: "Lucía",
        authorName: "Sarah Whitfield",
        title: "Cuentacuentos bilingües",
        summary: "Sus sesiones duplicaron las visitas.",
        answerUrl: "https://shelfmates.example.org/spotlights/answer/abc",
      },
      "es",
    );
    expect(email.subject).toContain("Sarah Whitfield");
    expect(email.subject).toContain("ha reconocido tu trabajo");
    expect(email.text).toContain("https://shelfmates.example.org/spotlights/answer/abc");
    expect(email.text).toContain("Nadie más lo ve hasta que lo aceptes.");
    expect(email.html).toContain("https://shelfmates.example.org/spotlights/answer/abc");
  });

  it("tells the author in French that the colleague agreed", () => {
    const email = renderEmail(
      {
        kind: "spotlight-answered",
        recipientName: "Camille",
        subjectName: "Émilie",
        title: "Ateliers",
        agreed: true,
        url: "https://shelfmates.example.org/spotlights/s1",
      },
      "fr",
    );
    expect(email.subject).toContain("a accepté");
    expect(email.text).toContain("https://shelfmates.example.org/spotlights/s1");
  });
});
