import { describe, expect, it } from "vitest";
import { renderEmail } from "./render-email.ts";

// U+2068 FIRST STRONG ISOLATE … U+2069 POP DIRECTIONAL ISOLATE: a name written right to left
// stays one piece and does not pull the punctuation around it ("مريم — Cairo, Egypt").
const isolated = (name: string) => `\u2068${name}\u2069`;

describe("names in emails", () => {
  it("are isolated wherever they sit in a sentence, in text and HTML", () => {
    const email = renderEmail(
      {
        kind: "partner-introduction",
        recipientName: "אורי כהן",
        recipientTimeZone: "Asia/Jerusalem",
        roundName: "Round 1",
        programmeName: "Peers",
        partners: [
          {
            name: "مريم الحسن",
            email: "maryam@example.org",
            country: "EG",
            city: "Cairo",
            library: "",
            role: "peer",
            sharedInterests: [],
            sharedLanguages: ["en"],
            hoursPerWeek: 0,
            commonHours: [],
          },
        ],
        agreement: "",
        startsAt: new Date("2030-03-10T09:00:00Z"),
        accountUrl: "http://test.localhost/account",
      },
      "en",
    );
    expect(email.text).toContain(`${isolated("אורי כהן")},`);
    expect(email.text).toContain(`${isolated("مريم الحسن")} — Cairo, Egypt`);
    expect(email.html).toContain(`${isolated("مريم الحسن")} — Cairo, Egypt`);
  });

  it("isolates the inviter's name in an invitation", () => {
    const email = renderEmail(
      {
        kind: "facilitator-invitation",
        inviterName: "مريم الحسن",
        programmeName: "Peers",
        signInUrl: "http://test.localhost/sign-up",
      },
      "en",
    );
    expect(email.text).toContain(isolated("مريم الحسن"));
  });
});

describe("the application email sent when the form came again with the same address", () => {
  const message = {
    kind: "application-received" as const,
    applicantName: "Aiko Tanaka",
    roundName: "Round 1",
    programmeName: "Peers",
    manageUrl: "http://test.localhost/applications/manage/secret",
    closesAt: new Date("2030-03-10T09:00:00Z"),
    timeZone: "Asia/Tokyo",
    waitlisted: false,
  };

  it("tells the address's owner what happened, with the link to the one application", () => {
    const again = renderEmail({ ...message, appliedAgain: true }, "es");
    expect(again.text).toContain("volvió a enviar el formulario de solicitud");
    expect(again.text).toContain("su solicitud no ha cambiado");
    expect(again.text).toContain(message.manageUrl);
  });

  it("reads as a plain confirmation otherwise", () => {
    const first = renderEmail(message, "en");
    expect(first.text).toContain("Your application has arrived.");
    expect(first.text).not.toContain("again");
  });
});
