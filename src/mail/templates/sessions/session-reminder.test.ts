import { describe, expect, it } from "vitest";
import { renderEmail } from "../../render-email.ts";
import type { SessionReminderMessage } from "../../../use-cases/sessions/session-reminder-message.ts";

const message: SessionReminderMessage = {
  kind: "session-reminder",
  recipientName: "Lucía Fernández",
  roundName: "Spring 2027",
  title: "Advocacy in hard times",
  description: "Bring one story.\nFrom your library.",
  // 18:00 UTC is 12:00 in Mexico City and 20:00 in Paris (summer time) on this day.
  startsAt: new Date("2027-04-02T18:00:00Z"),
  durationMinutes: 90,
  timeZone: "America/Mexico_City",
  onlineUrl: "https://meet.example.org/advocacy",
  place: "",
  sessionsUrl: "https://shelfmates.example.org/rounds/r1/sessions",
};

describe("the group session reminder", () => {
  it("tells the time on the recipient's clock, in their language, with the link and a way to answer", () => {
    const es = renderEmail(message, "es");
    expect(es.subject).toBe("Recordatorio: Advocacy in hard times (Spring 2027)");
    expect(es.text).toContain("Estimado/a Lucía Fernández:");
    expect(es.text).toMatch(
      /viernes, 2 de abril de 2027, 12:00.*\(su hora, America\/Mexico_City\), durante 90 minutos/,
    );
    expect(es.text).toContain("Unirse en línea: https://meet.example.org/advocacy");
    expect(es.text).toContain("> Bring one story.\n> From your library.");
    expect(es.text).toContain("https://shelfmates.example.org/rounds/r1/sessions");
    expect(es.text).not.toContain("Lugar:");
    expect(es.html).toContain('href="https://shelfmates.example.org/rounds/r1/sessions"');

    const fr = renderEmail(
      { ...message, timeZone: "Europe/Paris", onlineUrl: "", place: "Salle 2" },
      "fr",
    );
    expect(fr.subject).toBe("Rappel : Advocacy in hard times (Spring 2027)");
    expect(fr.text).toMatch(/20:00.*\(votre heure, Europe\/Paris\)/);
    expect(fr.text).toContain("Lieu : Salle 2");
    expect(fr.text).not.toContain("Rejoindre en ligne");
  });

  it("escapes what a facilitator wrote in the HTML", () => {
    const html = renderEmail(
      { ...message, title: "<script>x</script>", place: "A & B" },
      "en",
    ).html;
    expect(html).not.toContain("<script>x</script>");
    expect(html).toContain("&lt;script&gt;");
    expect(html).toContain("A &amp; B");
  });
});
