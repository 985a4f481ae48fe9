import { describe, expect, it } from "vitest";
import { renderEmail } from "../../render-email.ts";
import type { SurveyEmailMessage } from "../../../use-cases/surveys/survey-emails.ts";

const invitation: SurveyEmailMessage = {
  kind: "survey-invitation",
  recipientName: "Ana María Quispe",
  roundName: "Pilot round",
  surveyKind: "mid",
  surveyUrl: "http://test.localhost/survey/abc.def",
  closesAt: new Date("2026-12-23T12:33:00Z"),
  timeZone: "America/Lima",
};
const options = {
  programmeName: "International Peer Mentoring",
  unsubscribe: { kind: "surveys" as const, url: "http://test.localhost/unsubscribe/xyz" },
};

describe("the survey emails", () => {
  it("invite in the recipient's language, with the link, the closing on their clock, the programme's signature and the way to stop them", () => {
    const email = renderEmail(invitation, "es", options);
    expect(email.subject).toBe("¿Cómo va Pilot round? Una encuesta breve");
    expect(email.text).toContain("Ana María Quispe");
    expect(email.text).toContain("anónimas");
    // 12:33 UTC is 07:33 in Lima.
    expect(email.text).toContain("hasta el miércoles, 23 de diciembre de 2026, 07:33 GMT-5.");
    expect(email.text).toContain(
      "Abra la encuesta (no hace falta iniciar sesión):\nhttp://test.localhost/survey/abc.def",
    );
    expect(email.text).toContain("El equipo de International Peer Mentoring");
    expect(email.text).toContain("http://test.localhost/unsubscribe/xyz");
    expect(email.html).toContain('href="http://test.localhost/survey/abc.def"');
    expect(email.html).toContain('href="http://test.localhost/unsubscribe/xyz"');
  });

  it("remind without saying when the invitation went: a facilitator chooses the reminder's date", () => {
    const en = renderEmail({ ...invitation, kind: "survey-reminder" }, "en", options);
    expect(en.subject).toBe("Reminder: the Pilot round survey is still open");
    expect(en.text).toContain("Not answered yet? We asked how Pilot round is going");
    expect(en.text).not.toMatch(/week ago/);
    const fr = renderEmail(
      { ...invitation, kind: "survey-reminder", surveyKind: "end" },
      "fr",
      options,
    );
    expect(fr.subject).toBe("Rappel : dites-nous comment s’est passée Pilot round");
    expect(fr.text).toContain("Pas encore répondu ? Nous vous avons demandé comment s’est passée");
    expect(fr.text).not.toMatch(/semaine/);
    const es = renderEmail({ ...invitation, kind: "survey-reminder" }, "es", options);
    expect(es.text).toContain("¿Aún no ha respondido? Le preguntamos cómo va Pilot round");
    expect(es.text).not.toMatch(/semana/);
  });
});
